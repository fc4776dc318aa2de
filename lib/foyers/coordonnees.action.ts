"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import { creerAction } from "@/lib/server/action";
import { assurerFoyer } from "./foyer.mutation";
import { coordonnees, secondResponsable } from "./schemas";

export const modifierCoordonnees = creerAction(["citoyen"], coordonnees, async ({ db, session }, d) => {
  const foyerId = await assurerFoyer(db, session.compte.id);
  await db.foyer.update({ where: { id: foyerId }, data: d });
  revalidatePath("/espace");
  return { statut: "succes", message: "Vos coordonnées sont enregistrées." };
});

export const enregistrerSecondResponsable = creerAction(["citoyen"], secondResponsable, async ({ db, session }, d) => {
  const foyerId = await assurerFoyer(db, session.compte.id);
  await db.responsableLegal.upsert({
    where: { foyerId_rang: { foyerId, rang: 2 } },
    create: { foyerId, rang: 2, ...d },
    update: d,
  });
  revalidatePath("/espace");
  return { statut: "succes", message: "Le second responsable légal est enregistré." };
});

export const retirerSecondResponsable = creerAction(
  ["citoyen"],
  z.object({ confirmation: z.literal("oui", { error: "Cochez la case pour confirmer." }) }),
  async ({ db, session }) => {
    const foyerId = await assurerFoyer(db, session.compte.id);
    await db.responsableLegal.deleteMany({ where: { foyerId, rang: 2 } });
    revalidatePath("/espace");
    return { statut: "succes", message: "Le second responsable légal est retiré du foyer." };
  },
);
