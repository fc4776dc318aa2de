// What the export reads, field by field (explicit selects: no secret can slip in by a new column). Left out on
// purpose: the password hash, session ids and ID tokens, one-time token hashes, other accounts' identities,
// e-mail bodies (they carried sign-in links).
import { SELECTION_INSTANTANE } from "@/lib/fiscal/instantane-fiscal.query";
import { COORDONNEES_FOYER } from "@/lib/foyers/foyer.query";
import type { Prisma } from "@/lib/generated/prisma/client";

export const SELECTION_COMPTE = {
  id: true,
  role: true,
  email: true,
  emailVerifieLe: true,
  prenoms: true,
  nomNaissance: true,
  nomUsage: true,
  dateNaissance: true,
  sexe: true,
  lieuNaissance: true,
  paysNaissance: true,
  identiteCertifiee: true,
  franceConnectSub: true,
  motDePasseHash: true, // only to say whether one is set; never exported
  creeLe: true,
  derniereConnexionLe: true,
  fermeLe: true,
  sessions: {
    orderBy: { creeLe: "desc" },
    select: { fournisseur: true, creeLe: true, derniereActiviteLe: true, expireLe: true, revoqueeLe: true },
  },
} satisfies Prisma.CompteSelect;

const TARIF = {
  montantCentimes: true,
  uniteVente: true,
  explication: true,
  fixeLe: true,
  remplaceLe: true,
  versionGrille: { select: { numero: true, grille: { select: { nom: true } } } },
} satisfies Prisma.TarifSelect;

const INSCRIPTION = {
  id: true,
  statut: true,
  frequence: true,
  rangListeAttente: true,
  creeLe: true,
  majLe: true,
  demandeId: true,
  activite: {
    select: {
      nom: true,
      type: true,
      uniteVente: true,
      jours: true,
      anneeScolaire: { select: { libelle: true } },
      ecole: { select: { nom: true } },
    },
  },
  tarifs: { orderBy: { fixeLe: "asc" }, select: TARIF },
} satisfies Prisma.InscriptionSelect;

export const SELECTION_FOYER = {
  id: true,
  ...COORDONNEES_FOYER,
  creeLe: true,
  responsables: {
    orderBy: { rang: "asc" },
    select: {
      id: true,
      rang: true,
      prenoms: true,
      nom: true,
      dateNaissance: true,
      email: true,
      telephone: true,
      foyerFiscalDistinct: true,
      compteId: true,
      creeLe: true,
    },
  },
  enfants: {
    orderBy: { dateNaissance: "asc" },
    select: {
      id: true,
      prenom: true,
      nom: true,
      dateNaissance: true,
      niveau: true,
      pai: true,
      creeLe: true,
      retireLe: true,
      ecole: { select: { nom: true } },
      inscriptions: { orderBy: { creeLe: "asc" }, select: INSCRIPTION },
    },
  },
  demandes: {
    orderBy: { creeLe: "asc" },
    select: {
      id: true,
      statut: true,
      voieTarification: true,
      raisonsEnAttente: true,
      creeLe: true,
      soumiseLe: true,
      anneeScolaire: { select: { libelle: true } },
    },
  },
  consentements: {
    orderBy: { creeLe: "asc" },
    select: {
      id: true,
      statut: true,
      donnees: true,
      fournisseur: true,
      finalite: true,
      anneeRevenus: true,
      creeLe: true,
      retireLe: true,
      compteId: true,
      responsableId: true,
    },
  },
  // Every field a snapshot holds (the fiscal context's own list), plus an agent's justification.
  // An answer held for the agents may be another household's: it is not the family's to export (issue 10).
  instantanes: {
    where: { aVerifier: false },
    orderBy: { recupereLe: "asc" },
    select: { ...SELECTION_INSTANTANE, justification: true },
  },
  documents: {
    orderBy: { creeLe: "asc" },
    select: {
      id: true,
      type: true,
      nomFichier: true,
      typeMime: true,
      taille: true,
      sha256: true,
      creeLe: true,
      expireLe: true,
      dossierId: true,
    },
  },
  dossiers: {
    orderBy: { creeLe: "asc" },
    select: {
      id: true,
      statut: true,
      raisons: true,
      attenduFamille: true,
      creeLe: true,
      majLe: true,
      closLe: true,
      demandeId: true,
      decisions: { orderBy: { creeLe: "asc" }, select: { type: true, motif: true, creeLe: true } },
    },
  },
  messages: {
    orderBy: { creeLe: "asc" },
    select: { dossierId: true, deLAgent: true, corps: true, creeLe: true, luLe: true },
  },
  appels: {
    orderBy: { creeLe: "asc" },
    select: {
      fournisseur: true,
      ressource: true,
      mode: true,
      anneeRevenus: true,
      statutHttp: true,
      codeErreur: true,
      issue: true,
      tentative: true,
      dureeMs: true,
      correlationId: true,
      creeLe: true,
    },
  },
} satisfies Prisma.FoyerSelect;

export type FoyerExporte = Prisma.FoyerGetPayload<{ select: typeof SELECTION_FOYER }>;
