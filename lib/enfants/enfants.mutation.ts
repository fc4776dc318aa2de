import "server-only";

import type { z } from "zod";

import { assurerFoyer } from "@/lib/foyers/foyer.mutation";
import { foyerDuCompte } from "@/lib/foyers/foyer.query";
import { STATUTS_ACTIFS } from "@/lib/inscriptions/domain/fenetre";
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

/**
 * A child of the signed-in family's household (created on the way if this is its first visit), within the number
 * one account may declare (ENFANTS_PAR_FOYER_MAX, issue 10 §4). A child taken off the list still counts while it
 * holds or waits for a place, so that adding, enrolling and withdrawing cannot go round the cap. The household row
 * is locked while counting: two parallel additions cannot both take the last slot.
 */
export async function ajouterEnfantAuFoyer(
  db: Db,
  compteId: string,
  e: DonneesEnfant,
  enfantsParFoyerMax: number,
): Promise<void> {
  await exigerEcole(db, e.ecoleId);
  const foyerId = await assurerFoyer(db, compteId);
  await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM foyer WHERE id = ${foyerId}::uuid FOR UPDATE`;
    const declares = await tx.enfant.count({
      where: {
        foyerId,
        OR: [{ retireLe: null }, { inscriptions: { some: { statut: { in: [...STATUTS_ACTIFS] } } } }],
      },
    });
    if (declares >= enfantsParFoyerMax)
      throw new ErreurMetier(
        "enfants_max",
        `Un compte peut déclarer ${enfantsParFoyerMax} enfants au plus. Pour un enfant de plus, adressez-vous à la collectivité.`,
      );
    await tx.enfant.create({
      data: { ...e, foyerId, dateNaissance: dateDeNaissance(e.dateNaissance) },
      select: { id: true },
    });
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
