import { z } from "zod";

/** The family's documents page (refreshed after an upload unless the form names another page). */
export const PAGE_DOCUMENTS = "/espace/mes-donnees/documents";

export const TYPES_DOCUMENT = ["avis_imposition", "attestation_caf", "autre"] as const;
export type TypeDocument = (typeof TYPES_DOCUMENT)[number];

export const LIBELLES_TYPE_DOCUMENT: Record<TypeDocument, string> = {
  avis_imposition: "Avis d'imposition",
  attestation_caf: "Attestation de quotient familial CAF",
  autre: "Autre justificatif",
};

const FORME_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const estIdentifiant = (v: string) => FORME_UUID.test(v);

/** An optional hidden id: empty means absent; anything else must look like an id (never reaches a query otherwise). */
const idOptionnel = z
  .string()
  .trim()
  .max(36, "Identifiant invalide.")
  .optional()
  .transform((v) => (v ? v : undefined))
  .refine((v) => v === undefined || FORME_UUID.test(v), "Identifiant invalide.");

export const depotDocument = z.object({
  fichier: z
    .instanceof(File, { error: "Choisissez un fichier à déposer." })
    // An empty file input still sends an empty part (nameless without JavaScript, named "blob" by React with it):
    // size 0 is all that reliably says "nothing chosen", so one message covers it and an empty file.
    .refine((f) => f.size > 0, "Choisissez un fichier à déposer (aucun fichier reçu, ou un fichier vide)."),
  type: z.enum(TYPES_DOCUMENT, { error: "Indiquez de quelle pièce il s'agit." }),
  /** For an agent depositing on behalf of a family; a family's own household is found from its account. */
  foyerId: idOptionnel,
  dossierId: idOptionnel,
  demandeId: idOptionnel,
  /** The page to refresh afterwards (its list of documents). */
  retour: z.string().max(500).optional(),
});
