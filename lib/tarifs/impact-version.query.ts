import "server-only";

// Impact preview before publishing: every family with a price currently fixed on the activity, re-priced under
// the draft from what its price's explanation kept (raw tax data may be purged). Old vs new, and the counts.
import type { Db } from "@/lib/server/database";
import { ErreurMetier } from "@/lib/server/erreurs";
import { recalculer, type MotifNonRecalculable } from "./domain/recalcul";
import { lireVersion } from "./grilles.query";

interface LigneImpact {
  tarifId: string;
  inscriptionId: string;
  foyerId: string;
  versionActuelle: number;
  ancienCentimes: number;
  nouveauCentimes: number;
  ecartCentimes: number;
}

export interface ImpactVersion {
  versionId: string;
  lignes: LigneImpact[];
  nonRecalculables: { tarifId: string; inscriptionId: string; motif: MotifNonRecalculable }[];
  compte: { hausse: number; baisse: number; inchange: number; nonRecalculable: number; total: number; foyers: number };
  /** Sum of the differences, per unit of sale (e.g. per meal, for all the families at once). */
  ecartTotalCentimes: number;
}

/** Prices that count as current: not replaced, on an enrolment that is validated or awaiting a decision. */
const STATUTS_ACTUELS = ["validee", "en_attente"] as const;

export async function impactVersion(db: Db, versionId: string): Promise<ImpactVersion> {
  const v = await lireVersion(db, versionId);
  if (!v) throw new ErreurMetier("version_introuvable", "Cette version n'existe plus");
  const tarifs = await db.tarif.findMany({
    where: { remplaceLe: null, inscription: { activiteId: v.grille.activiteId, statut: { in: [...STATUTS_ACTUELS] } } },
    select: {
      id: true,
      montantCentimes: true,
      explication: true,
      inscriptionId: true,
      inscription: { select: { enfant: { select: { foyerId: true } } } },
      versionGrille: { select: { numero: true } },
    },
    orderBy: { fixeLe: "asc" },
  });
  const lignes: LigneImpact[] = [];
  const nonRecalculables: ImpactVersion["nonRecalculables"] = [];
  for (const t of tarifs) {
    const r = recalculer(v.definition, t.explication);
    if (!r.ok) {
      nonRecalculables.push({ tarifId: t.id, inscriptionId: t.inscriptionId, motif: r.motif });
      continue;
    }
    lignes.push({
      tarifId: t.id,
      inscriptionId: t.inscriptionId,
      foyerId: t.inscription.enfant.foyerId,
      versionActuelle: t.versionGrille.numero,
      ancienCentimes: t.montantCentimes,
      nouveauCentimes: r.montantCentimes,
      ecartCentimes: r.montantCentimes - t.montantCentimes,
    });
  }
  lignes.sort((a, b) => b.ecartCentimes - a.ecartCentimes);
  return {
    versionId,
    lignes,
    nonRecalculables,
    compte: {
      hausse: lignes.filter((l) => l.ecartCentimes > 0).length,
      baisse: lignes.filter((l) => l.ecartCentimes < 0).length,
      inchange: lignes.filter((l) => l.ecartCentimes === 0).length,
      nonRecalculable: nonRecalculables.length,
      total: tarifs.length,
      foyers: new Set(tarifs.map((t) => t.inscription.enfant.foyerId)).size,
    },
    ecartTotalCentimes: lignes.reduce((s, l) => s + l.ecartCentimes, 0),
  };
}
