import "server-only";

// Tariff grids and their drafts. A published version is never edited in place: edits go to the grid's single
// draft (created on demand, from the published version or from scratch). Every change is serialised per grid by
// a row lock on the grid, so two admins cannot create two drafts or publish twice at once.
import { journaliser, type Acteur } from "@/lib/audit/journal.mutation";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/database";
import { ErreurMetier, estConflitUnicite } from "@/lib/server/erreurs";
import { validerDefinition, type DefinitionGrille } from "./domain/definition.schema";
import { LIBELLES_UNITE } from "./domain/format-fr";
import { brouillonSaisie, grilleCreation } from "./schemas";

type Tx = Prisma.TransactionClient;

/** Locks the grid row for the rest of the transaction (no-op on single-connection PGlite). */
export async function verrouillerGrille(tx: Tx, grilleId: string) {
  const lignes = await tx.$queryRaw<{ id: string; unite: string }[]>`
    SELECT g.id, a.unite_vente::text AS unite FROM grille_tarifaire g JOIN activite a ON a.id = g.activite_id WHERE g.id = ${grilleId}::uuid FOR UPDATE OF g`;
  const g = lignes[0];
  if (!g) throw new ErreurMetier("grille_introuvable", "Cette grille tarifaire n'existe plus");
  return g;
}

/** Validates a definition for an activity sold by `unite`; problems carry field paths for the editor. */
export function definitionPourActivite(brute: unknown, unite: string): DefinitionGrille {
  const v = validerDefinition(brute);
  if (!v.ok)
    throw new ErreurMetier(
      "definition_invalide",
      "La grille comporte des erreurs : corrigez les champs signalés",
      undefined,
      v.problemes,
    );
  if (v.definition.unite !== unite) {
    const libelle = LIBELLES_UNITE[unite as keyof typeof LIBELLES_UNITE]?.par ?? unite;
    throw new ErreurMetier(
      "unite_differente",
      `L'activité est vendue ${libelle} : la grille doit l'être aussi`,
      "unite",
      [{ chemin: ["unite"], message: `L'activité est vendue ${libelle}` }],
    );
  }
  return v.definition;
}

/** Creates the grid of an activity for its school year, with a first draft. */
export async function creerGrille(db: Db, acteur: Acteur, saisie: unknown) {
  const s = grilleCreation.parse(saisie);
  try {
    return await db.$transaction(async (tx) => {
      const a = await tx.activite.findUnique({
        where: { id: s.activiteId },
        select: { anneeScolaireId: true, uniteVente: true },
      });
      if (!a) throw new ErreurMetier("activite_introuvable", "Cette activité n'existe pas", "activiteId");
      const definition = definitionPourActivite(s.definition, a.uniteVente);
      const g = await tx.grilleTarifaire.create({
        data: {
          activiteId: s.activiteId,
          anneeScolaireId: a.anneeScolaireId,
          nom: s.nom,
          versions: { create: { numero: 1, definition, creeParId: acteur.id } },
        },
        select: { id: true, versions: { select: { id: true, numero: true, statut: true } } },
      });
      await journaliser(
        tx,
        acteur,
        "grille.creer",
        { type: "GrilleTarifaire", id: g.id },
        { activiteId: s.activiteId, mode: definition.bareme.type },
      );
      return { grilleId: g.id, version: g.versions[0]! };
    });
  } catch (e) {
    if (estConflitUnicite(e))
      throw new ErreurMetier(
        "grille_existante",
        "Cette activité a déjà une grille pour cette année scolaire : modifiez-la",
        "activiteId",
      );
    throw e;
  }
}

/** Saves the grid's draft: updates the existing one, or creates the next version number as a draft. */
export async function enregistrerBrouillon(db: Db, acteur: Acteur, saisie: unknown) {
  const s = brouillonSaisie.parse(saisie);
  return db.$transaction(async (tx) => {
    const g = await verrouillerGrille(tx, s.grilleId);
    const definition = definitionPourActivite(s.definition, g.unite);
    const brouillon = await tx.versionGrille.findFirst({
      where: { grilleId: s.grilleId, statut: "brouillon" },
      select: { id: true, numero: true },
    });
    let version: { id: string; numero: number };
    if (brouillon) {
      const { count } = await tx.versionGrille.updateMany({
        where: { id: brouillon.id, statut: "brouillon" },
        data: { definition },
      });
      if (count !== 1) throw new Error("brouillon disparu malgré le verrou de la grille");
      version = brouillon;
    } else {
      const max = await tx.versionGrille.aggregate({ where: { grilleId: s.grilleId }, _max: { numero: true } });
      version = await tx.versionGrille.create({
        data: { grilleId: s.grilleId, numero: (max._max.numero ?? 0) + 1, definition, creeParId: acteur.id },
        select: { id: true, numero: true },
      });
    }
    await journaliser(
      tx,
      acteur,
      "grille.brouillon.enregistrer",
      { type: "VersionGrille", id: version.id },
      { grilleId: s.grilleId, numero: version.numero, nouveau: !brouillon },
    );
    return { ...version, statut: "brouillon" as const };
  });
}

/** Starts a draft from the published version (the usual way to change prices). Returns the existing draft if any. */
export async function brouillonDepuisPubliee(db: Db, acteur: Acteur, grilleId: string) {
  const publiee = await db.versionGrille.findFirst({
    where: { grilleId, statut: "publiee" },
    select: { definition: true },
  });
  if (!publiee) throw new ErreurMetier("aucune_version_publiee", "Cette grille n'a pas de version publiée à reprendre");
  const existant = await db.versionGrille.findFirst({
    where: { grilleId, statut: "brouillon" },
    select: { id: true, numero: true },
  });
  if (existant) return { ...existant, statut: "brouillon" as const };
  return enregistrerBrouillon(db, acteur, { grilleId, definition: publiee.definition });
}

export async function supprimerBrouillon(db: Db, acteur: Acteur, versionId: string) {
  await db.$transaction(async (tx) => {
    const v = await tx.versionGrille.findUnique({ where: { id: versionId }, select: { grilleId: true, numero: true } });
    if (!v) throw new ErreurMetier("version_introuvable", "Cette version n'existe plus");
    await verrouillerGrille(tx, v.grilleId);
    const { count } = await tx.versionGrille.deleteMany({ where: { id: versionId, statut: "brouillon" } });
    if (count === 0)
      throw new ErreurMetier(
        "version_non_brouillon",
        "Seul un brouillon peut être supprimé : une version publiée est conservée",
      );
    await journaliser(
      tx,
      acteur,
      "grille.brouillon.supprimer",
      { type: "VersionGrille", id: versionId },
      { grilleId: v.grilleId, numero: v.numero },
    );
  });
}
