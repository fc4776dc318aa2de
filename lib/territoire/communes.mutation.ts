import "server-only";

import { journaliser, type Acteur } from "@/lib/audit/journal.mutation";
import type { Db } from "@/lib/server/database";
import { ErreurMetier } from "@/lib/server/erreurs";
import { communeSaisie } from "./schemas";

/**
 * Creates or updates a territory commune (keyed by INSEE code). `attendue` guards the admin forms: "nouvelle"
 * refuses to overwrite a commune already there (a typo in the code), "existante" refuses to create one.
 */
export async function enregistrerCommune(db: Db, acteur: Acteur, saisie: unknown, attendue?: "nouvelle" | "existante") {
  const s = communeSaisie.parse(saisie);
  return db.$transaction(async (tx) => {
    const avant = await tx.commune.findUnique({
      where: { codeInsee: s.codeInsee },
      select: { codeInsee: true, nom: true },
    });
    if (avant && attendue === "nouvelle")
      throw new ErreurMetier(
        "commune_existante",
        `Le code ${s.codeInsee} est déjà celui de ${avant.nom} : modifiez cette commune plutôt`,
        "codeInsee",
      );
    if (!avant && attendue === "existante")
      throw new ErreurMetier("commune_introuvable", "Cette commune ne fait pas partie du territoire");
    const commune = await tx.commune.upsert({
      where: { codeInsee: s.codeInsee },
      create: s,
      update: { nom: s.nom, codesPostaux: s.codesPostaux },
      select: { codeInsee: true, nom: true, codesPostaux: true },
    });
    await journaliser(
      tx,
      acteur,
      avant ? "territoire.commune.modifier" : "territoire.commune.ajouter",
      { type: "Commune", id: s.codeInsee },
      { codesPostaux: s.codesPostaux },
    );
    return commune;
  });
}

/** Removes a commune from the territory; refused while schools are attached to it. */
export async function supprimerCommune(db: Db, acteur: Acteur, codeInsee: string) {
  await db.$transaction(async (tx) => {
    const c = await tx.commune.findUnique({ where: { codeInsee }, select: { _count: { select: { ecoles: true } } } });
    if (!c) throw new ErreurMetier("commune_introuvable", "Cette commune ne fait pas partie du territoire");
    if (c._count.ecoles > 0)
      throw new ErreurMetier(
        "commune_utilisee",
        `Des écoles (${c._count.ecoles}) sont rattachées à cette commune : rattachez-les ailleurs d'abord`,
      );
    await tx.commune.delete({ where: { codeInsee } });
    await journaliser(tx, acteur, "territoire.commune.supprimer", { type: "Commune", id: codeInsee });
  });
}
