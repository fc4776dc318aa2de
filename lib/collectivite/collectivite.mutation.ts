import "server-only";

import { journaliser, type Acteur } from "@/lib/audit/journal.mutation";
import type { Db } from "@/lib/server/database";
import { collectiviteSaisie } from "./schemas";

/**
 * Name, SIRET, logo and colour, fiscal-year policy and FranceConnect scopes (what the habilitation lets us ask for).
 */
export async function modifierCollectivite(db: Db, acteur: Acteur, saisie: unknown) {
  const s = collectiviteSaisie.parse(saisie);
  return db.$transaction(async (tx) => {
    const avant = await tx.collectivite.findUnique({ where: { id: 1 }, select: { politiqueAnneeFiscale: true } });
    const c = await tx.collectivite.upsert({
      where: { id: 1 },
      create: { id: 1, ...s },
      update: s,
      select: { nom: true, politiqueAnneeFiscale: true, horsTerritoire: true },
    });
    await journaliser(
      tx,
      acteur,
      "collectivite.modifier",
      { type: "Collectivite", id: "1" },
      {
        politiqueAvant: avant?.politiqueAnneeFiscale ?? null,
        politique: s.politiqueAnneeFiscale,
        scopesFranceConnect: s.scopesFranceConnect,
        horsTerritoire: s.horsTerritoire,
        ...(s.siret !== undefined && { siret: s.siret }),
        ...(s.logoChemin !== undefined && { logoChemin: s.logoChemin }),
        ...(s.couleurPrimaire !== undefined && { couleurPrimaire: s.couleurPrimaire }),
      },
    );
    return c;
  });
}
