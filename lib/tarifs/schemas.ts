// Inputs of the tariff-grid admin, shared by forms and actions. The grid definition itself is validated by the
// engine's schema (domain/definition.schema.ts), which returns problems with field paths for the editor.
import { z } from "zod";

import {
  caseACocher,
  entier,
  eurosEnCentimesOptionnel,
  partsFiscalesOptionnelles,
  texte,
  uuid,
} from "@/lib/commun/champs-formulaire";
import type { RevenusApercu, SaisieApercu } from "./domain/apercu";

export const grilleCreation = z.object({
  activiteId: uuid("Activité"),
  nom: texte("Nom de la grille", 150),
  definition: z.unknown(),
});

export const brouillonSaisie = z.object({
  grilleId: uuid("Grille"),
  definition: z.unknown(),
});

const SOURCES_APERCU = ["quotient", "fiscal", "caf", "aucune"] as const;

/**
 * The preview calculator form (a GET form): which data the simulated family brings — a quotient typed in the grid's
 * period (empty = no data), revenue and parts as on a tax notice, or a monthly QF CAF, or none — and its situation.
 * Read into the engine's preview input (domain/apercu.ts).
 */
export const apercuSaisie = z
  .object({
    donnees: z.enum(SOURCES_APERCU, { error: "Données de revenus inconnues" }).default("quotient"),
    quotient: eurosEnCentimesOptionnel("Quotient familial"),
    revenu: eurosEnCentimesOptionnel("Revenu"),
    parts: partsFiscalesOptionnelles,
    qfCaf: eurosEnCentimesOptionnel("Quotient familial CAF"),
    residence: z.enum(["resident", "non_resident", "a_verifier"], { error: "Résidence inconnue" }).default("resident"),
    allocataireCaf: caseACocher,
    rangFratrie: entier("Rang dans la fratrie", 1, 20).default(1),
    pai: caseACocher,
    frequence: z.enum(["reguliere", "occasionnelle"], { error: "Fréquence inconnue" }).default("reguliere"),
  })
  .superRefine((d, ctx) => {
    const manque = (champ: string, message: string) => ctx.addIssue({ code: "custom", path: [champ], message });
    if (d.donnees === "fiscal") {
      if (d.revenu === null) manque("revenu", "Revenu : requis pour simuler à partir des revenus");
      else if (d.revenu % 100 !== 0) manque("revenu", "Revenu : en euros entiers, comme sur l'avis d'imposition");
      if (d.parts === null) manque("parts", "Nombre de parts : requis pour simuler à partir des revenus");
    }
    if (d.donnees === "caf") {
      if (d.qfCaf === null) manque("qfCaf", "Quotient familial CAF : requis pour simuler un allocataire");
      if (!d.allocataireCaf)
        manque("allocataireCaf", "Un quotient CAF est celui d'un allocataire : cochez « Allocataire CAF »");
    }
  })
  .transform(({ donnees, quotient, revenu, parts, qfCaf, ...situation }): SaisieApercu => {
    const revenus: RevenusApercu =
      donnees === "fiscal" && revenu !== null && parts !== null
        ? { type: "fiscal", revenuEuros: revenu / 100, nombreParts: parts }
        : donnees === "caf" && qfCaf !== null
          ? { type: "caf", centimes: qfCaf }
          : donnees === "quotient" && quotient !== null
            ? { type: "quotient", centimes: quotient }
            : { type: "aucun" };
    return { revenus, ...situation };
  });
