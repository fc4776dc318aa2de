"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { assurerFoyer } from "@/lib/foyers/foyer.mutation";
import { foyerDuCompte } from "@/lib/foyers/foyer.query";
import { creerAction } from "@/lib/server/action";
import { ErreurMetier } from "@/lib/server/erreurs";
import { enfant, idEnfant } from "./schemas";

async function ecoleExiste(db: Parameters<Parameters<typeof creerAction>[2]>[0]["db"], ecoleId: string) {
  if (!(await db.ecole.count({ where: { id: ecoleId } })))
    throw new ErreurMetier("ecole_introuvable", "Cette école n'existe pas.", "ecoleId");
}

export const ajouterEnfant = creerAction(["citoyen"], enfant, async ({ db, session }, d) => {
  await ecoleExiste(db, d.ecoleId);
  const foyerId = await assurerFoyer(db, session.compte.id);
  await db.enfant.create({ data: { ...d, foyerId, dateNaissance: new Date(`${d.dateNaissance}T00:00:00Z`) } });
  revalidatePath("/espace");
  redirect("/espace/enfants?ajoute=1");
});

export const modifierEnfant = creerAction(
  ["citoyen"],
  enfant.extend(idEnfant.shape),
  async ({ db, session }, { enfantId, ...d }) => {
    await ecoleExiste(db, d.ecoleId);
    // Ownership in the where: another family's child id changes nothing.
    const { count } = await db.enfant.updateMany({
      where: { id: enfantId, retireLe: null, foyer: foyerDuCompte(session.compte.id) },
      data: { ...d, dateNaissance: new Date(`${d.dateNaissance}T00:00:00Z`) },
    });
    if (count !== 1) throw new ErreurMetier("enfant_introuvable", "Cet enfant est introuvable dans votre foyer.");
    revalidatePath("/espace");
    redirect("/espace/enfants?modifie=1");
  },
);

/** Removes a child from the family's list; enrolments already decided stay in the records (billing). */
export const retirerEnfant = creerAction(["citoyen"], idEnfant, async ({ db, session }, { enfantId }) => {
  const { count } = await db.enfant.updateMany({
    where: { id: enfantId, retireLe: null, foyer: foyerDuCompte(session.compte.id) },
    data: { retireLe: new Date() },
  });
  if (count !== 1) throw new ErreurMetier("enfant_introuvable", "Cet enfant est introuvable dans votre foyer.");
  revalidatePath("/espace");
  redirect("/espace/enfants?retire=1");
});
