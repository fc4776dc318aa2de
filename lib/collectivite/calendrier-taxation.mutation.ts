import "server-only";

import { journaliser, type Acteur } from "@/lib/audit/journal.mutation";
import type { Db } from "@/lib/server/database";
import { ErreurMetier } from "@/lib/server/erreurs";
import { dateTaxationSaisie } from "./schemas";

/** Sets the date from which an income year is available at the DGFiP (one row per resource and year). */
export async function enregistrerDateTaxation(db: Db, acteur: Acteur, saisie: unknown) {
  const s = dateTaxationSaisie.parse(saisie);
  return db.$transaction(async (tx) => {
    const ligne = await tx.calendrierTaxation.upsert({
      where: { ressource_anneeRevenus: { ressource: s.ressource, anneeRevenus: s.anneeRevenus } },
      create: s,
      update: { dateTaxation: s.dateTaxation },
      select: { id: true, ressource: true, anneeRevenus: true, dateTaxation: true },
    });
    await journaliser(
      tx,
      acteur,
      "calendrier_taxation.enregistrer",
      { type: "CalendrierTaxation", id: ligne.id },
      { ressource: s.ressource, anneeRevenus: s.anneeRevenus, dateTaxation: s.dateTaxation.toISOString().slice(0, 10) },
    );
    return ligne;
  });
}

export async function supprimerDateTaxation(db: Db, acteur: Acteur, id: string) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.calendrierTaxation.deleteMany({ where: { id } });
    if (count === 0) throw new ErreurMetier("date_introuvable", "Cette date de taxation n'existe plus");
    await journaliser(tx, acteur, "calendrier_taxation.supprimer", { type: "CalendrierTaxation", id });
  });
}
