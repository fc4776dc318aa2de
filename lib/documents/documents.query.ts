import "server-only";

// Reading documents, ownership in the where: a family sees its household's documents only; an agent or an admin
// (instruction) sees any. Callers pass the signed-in person's account as the acteur.
import { createHash } from "node:crypto";

import type { Acteur } from "@/lib/audit/journal.mutation";
import { foyerDuCompte } from "@/lib/foyers/foyer.query";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/database";
import { estIdentifiant } from "./schemas";
import type { StockageDocuments } from "./stockage";

const SELECTION = {
  id: true,
  type: true,
  nomFichier: true,
  typeMime: true,
  taille: true,
  creeLe: true,
  expireLe: true,
  dossierId: true,
} as const;

export type DocumentListe = Prisma.DocumentGetPayload<{ select: typeof SELECTION }>;

function portee(acteur: Acteur): Prisma.DocumentWhereInput {
  return acteur.role === "citoyen" ? { foyer: foyerDuCompte(acteur.id) } : {};
}

/** The signed-in family's documents, newest first. */
export async function listerMesDocuments(db: Db, compteId: string): Promise<DocumentListe[]> {
  return db.document.findMany({
    where: { foyer: foyerDuCompte(compteId) },
    orderBy: { creeLe: "desc" },
    select: SELECTION,
  });
}

/** Whether the signed-in family has deposited a tax notice (avis d'imposition) in this household of its own. */
export async function avisImpositionDepose(db: Db, compteId: string, foyerId: string): Promise<boolean> {
  return (await db.document.count({ where: { foyerId, foyer: foyerDuCompte(compteId), type: "avis_imposition" } })) > 0;
}

/** A household's documents for instruction (callers check the agent/admin role), or a dossier's. */
export async function listerDocumentsDuFoyer(db: Db, foyerId: string, dossierId?: string): Promise<DocumentListe[]> {
  return db.document.findMany({
    where: { foyerId, ...(dossierId && { dossierId }) },
    orderBy: { creeLe: "desc" },
    select: SELECTION,
  });
}

export type Telechargement =
  | { statut: "ok"; nomFichier: string; typeMime: string; octets: Buffer }
  | { statut: "introuvable" }
  | { statut: "altere"; documentId: string };

/**
 * A document's bytes for download, if this acteur may see it. Another family's id answers exactly like a missing
 * one (no way to probe which ids exist). The stored file must still match the sha256 taken at upload.
 */
export async function lireDocumentPourTelechargement(
  db: Db,
  stockage: StockageDocuments,
  acteur: Acteur,
  id: string,
): Promise<Telechargement> {
  if (!estIdentifiant(id)) return { statut: "introuvable" };
  const doc = await db.document.findFirst({
    where: { id, ...portee(acteur) },
    select: { id: true, foyerId: true, nomFichier: true, typeMime: true, sha256: true },
  });
  if (!doc) return { statut: "introuvable" };
  const octets = await stockage.lire(doc.foyerId, doc.id);
  if (!octets) return { statut: "altere", documentId: doc.id };
  if (createHash("sha256").update(octets).digest("hex") !== doc.sha256) return { statut: "altere", documentId: doc.id };
  return { statut: "ok", nomFichier: doc.nomFichier, typeMime: doc.typeMime, octets };
}
