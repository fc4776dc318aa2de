import "server-only";

import { journaliser, type Acteur } from "@/lib/audit/journal.mutation";
import type { Db } from "@/lib/server/database";
import { ErreurMetier, estConflitUnicite, estIntrouvable } from "@/lib/server/erreurs";
import { anneeScolaireSaisie } from "./schemas";

const selection = { id: true, libelle: true, debut: true, fin: true } as const;
const dejaLa = () => new ErreurMetier("annee_existante", "Cette année scolaire existe déjà", "libelle");

export async function creerAnneeScolaire(db: Db, acteur: Acteur, saisie: unknown) {
  const s = anneeScolaireSaisie.parse(saisie);
  try {
    return await db.$transaction(async (tx) => {
      const a = await tx.anneeScolaire.create({ data: s, select: selection });
      await journaliser(
        tx,
        acteur,
        "annee_scolaire.creer",
        { type: "AnneeScolaire", id: a.id },
        { libelle: a.libelle },
      );
      return a;
    });
  } catch (e) {
    throw estConflitUnicite(e) ? dejaLa() : e;
  }
}

export async function modifierAnneeScolaire(db: Db, acteur: Acteur, id: string, saisie: unknown) {
  const s = anneeScolaireSaisie.parse(saisie);
  try {
    return await db.$transaction(async (tx) => {
      const a = await tx.anneeScolaire.update({ where: { id }, data: s, select: selection });
      await journaliser(tx, acteur, "annee_scolaire.modifier", { type: "AnneeScolaire", id }, { libelle: a.libelle });
      return a;
    });
  } catch (e) {
    if (estIntrouvable(e)) throw new ErreurMetier("annee_introuvable", "Cette année scolaire n'existe plus");
    throw estConflitUnicite(e) ? dejaLa() : e;
  }
}

/** A year created by mistake: removable while nothing belongs to it (no activity, grid or request). */
export async function supprimerAnneeScolaire(db: Db, acteur: Acteur, id: string): Promise<string> {
  return db.$transaction(async (tx) => {
    const a = await tx.anneeScolaire.findUnique({
      where: { id },
      select: { libelle: true, _count: { select: { activites: true, grilles: true, demandes: true } } },
    });
    if (!a) throw new ErreurMetier("annee_introuvable", "Cette année scolaire n'existe plus");
    if (a._count.activites + a._count.grilles + a._count.demandes > 0)
      throw new ErreurMetier(
        "annee_utilisee",
        `L'année ${a.libelle} a des activités ou des demandes : elle ne peut pas être supprimée`,
      );
    await tx.anneeScolaire.delete({ where: { id } });
    await journaliser(tx, acteur, "annee_scolaire.supprimer", { type: "AnneeScolaire", id }, { libelle: a.libelle });
    return a.libelle;
  });
}
