import "server-only";

import type { z } from "zod";

import { assurerFoyer } from "@/lib/foyers/foyer.mutation";
import { foyerDuCompte } from "@/lib/foyers/foyer.query";
import type { Db } from "@/lib/server/database";
import { ErreurMetier } from "@/lib/server/erreurs";
import type { enfant } from "./schemas";

type DonneesEnfant = z.output<typeof enfant>;

const INTROUVABLE = "Cet enfant est introuvable dans votre foyer.";
const dateDeNaissance = (jour: string) => new Date(`${jour}T00:00:00Z`);

async function exigerEcole(db: Db, ecoleId: string): Promise<void> {
  if (!(await db.ecole.count({ where: { id: ecoleId } })))
    throw new ErreurMetier("ecole_introuvable", "Cette école n'existe pas.", "ecoleId");
}

/** A child of the signed-in family's household (created on the way if this is its first visit). */
export async function ajouterEnfantAuFoyer(db: Db, compteId: string, e: DonneesEnfant): Promise<void> {
  await exigerEcole(db, e.ecoleId);
  const foyerId = await assurerFoyer(db, compteId);
  await db.enfant.create({
    data: { ...e, foyerId, dateNaissance: dateDeNaissance(e.dateNaissance) },
    select: { id: true },
  });
}

/** Ownership in the where: another family's child id changes nothing and reads as not found. */
export async function modifierEnfantDuFoyer(
  db: Db,
  compteId: string,
  enfantId: string,
  e: DonneesEnfant,
): Promise<void> {
  await exigerEcole(db, e.ecoleId);
  const { count } = await db.enfant.updateMany({
    where: { id: enfantId, retireLe: null, foyer: foyerDuCompte(compteId) },
    data: { ...e, dateNaissance: dateDeNaissance(e.dateNaissance) },
  });
  if (count !== 1) throw new ErreurMetier("enfant_introuvable", INTROUVABLE);
}

/** Off the family's list; enrolments already decided stay in the records (billing). */
export async function retirerEnfantDuFoyer(db: Db, compteId: string, enfantId: string, maintenant: Date) {
  const { count } = await db.enfant.updateMany({
    where: { id: enfantId, retireLe: null, foyer: foyerDuCompte(compteId) },
    data: { retireLe: maintenant },
  });
  if (count !== 1) throw new ErreurMetier("enfant_introuvable", INTROUVABLE);
}
