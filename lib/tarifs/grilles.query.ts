import "server-only";

import type { Db, Tx } from "@/lib/server/database";
import { validerDefinition, type DefinitionGrille } from "./domain/definition.schema";

/** A stored definition, re-validated: a version that no longer parses is a bug or a tampered row, not user input. */
function definitionStockee(brute: unknown, versionId: string): DefinitionGrille {
  const v = validerDefinition(brute);
  if (!v.ok) throw new Error(`Définition de la version ${versionId} invalide en base`);
  return v.definition;
}

export async function listerGrilles(db: Db, filtre: { anneeScolaireId?: string } = {}) {
  return db.grilleTarifaire.findMany({
    where: filtre.anneeScolaireId ? { anneeScolaireId: filtre.anneeScolaireId } : {},
    select: {
      id: true,
      nom: true,
      activite: { select: { id: true, nom: true, uniteVente: true } },
      anneeScolaire: { select: { id: true, libelle: true } },
      versions: { select: { id: true, numero: true, statut: true, publieeLe: true }, orderBy: { numero: "desc" } },
    },
    orderBy: [{ anneeScolaire: { debut: "desc" } }, { nom: "asc" }],
  });
}

export async function lireGrille(db: Db, grilleId: string) {
  const g = await db.grilleTarifaire.findUnique({
    where: { id: grilleId },
    select: {
      id: true,
      nom: true,
      creeLe: true,
      activite: { select: { id: true, nom: true, uniteVente: true } },
      anneeScolaire: { select: { id: true, libelle: true } },
      versions: {
        select: {
          id: true,
          numero: true,
          statut: true,
          creeLe: true,
          publieeLe: true,
          _count: { select: { tarifs: true } },
        },
        orderBy: { numero: "desc" },
      },
    },
  });
  if (!g) return null;
  return { ...g, versions: g.versions.map(({ _count, ...v }) => ({ ...v, tarifsFixes: _count.tarifs })) };
}

export async function lireVersion(db: Db, versionId: string) {
  const v = await db.versionGrille.findUnique({
    where: { id: versionId },
    select: {
      id: true,
      numero: true,
      statut: true,
      definition: true,
      creeLe: true,
      publieeLe: true,
      grille: { select: { id: true, nom: true, activiteId: true } },
    },
  });
  return v ? { ...v, definition: definitionStockee(v.definition, v.id) } : null;
}

/** The version that prices new enrolments of an activity, if any. */
export async function versionPublieeDeLActivite(db: Db | Tx, activiteId: string) {
  const v = await db.versionGrille.findFirst({
    where: { statut: "publiee", grille: { activiteId } },
    select: { id: true, numero: true, definition: true },
  });
  return v ? { versionId: v.id, numero: v.numero, definition: definitionStockee(v.definition, v.id) } : null;
}
