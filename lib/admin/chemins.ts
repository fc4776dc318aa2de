// Addresses of the admin area, shared by pages, links and the actions that redirect after a change. Fixed addresses
// are checked against app/ by typed routes; an address built from an id is declared a Route here, in one place.
import type { Route } from "next";

export const CHEMINS_ADMIN = {
  accueil: "/admin",
  territoire: "/admin/territoire",
  commune: (codeInsee: string) => `/admin/territoire/${codeInsee}` as Route,
  annees: "/admin/annees",
  annee: (id: string) => `/admin/annees/${id}` as Route,
  ecoles: "/admin/ecoles",
  ecole: (id: string) => `/admin/ecoles/${id}` as Route,
  activites: "/admin/activites",
  nouvelleActivite: "/admin/activites/nouvelle",
  activite: (id: string) => `/admin/activites/${id}` as Route,
  fiscalite: "/admin/fiscalite",
  courriels: "/admin/courriels",
  accessibilite: "/admin/accessibilite",
  comptes: "/admin/comptes",
  compte: (id: string) => `/admin/comptes/${id}` as Route,
  journal: "/admin/journal",
  grilles: "/admin/grilles",
  nouvelleGrille: (activiteId: string) => `/admin/grilles/nouvelle?activite=${activiteId}` as Route,
  grille: (id: string) => `/admin/grilles/${id}` as Route,
  version: (grilleId: string, versionId: string) => `/admin/grilles/${grilleId}/versions/${versionId}` as Route,
  publier: (grilleId: string, versionId: string) => `/admin/grilles/${grilleId}/versions/${versionId}/publier` as Route,
  csv: (grilleId: string, versionId: string) => `/admin/grilles/${grilleId}/versions/${versionId}/csv` as Route,
} as const;
