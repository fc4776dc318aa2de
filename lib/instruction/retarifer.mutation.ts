import "server-only";

import { fiscalDesFoyers } from "@/lib/inscriptions/domain/situation-tarif";
import { situationFiscaleDuFoyer } from "@/lib/inscriptions/donnees-tarif.query";
// At validation, fixes again the price of the enrolments being validated when the agent brought something new
// (lib/instruction/domain/retarification.ts decides): the activity's published grid version prices it with
// calculerTarif, the new Tarif keeps its version and explanation, and the previous one is marked replaced (never
// rewritten). Runs inside the validation's transaction, after the dossier's row lock.
import type { Tx } from "@/lib/server/database";
import { ErreurMetier } from "@/lib/server/erreurs";
import { calculerTarif } from "@/lib/tarifs/domain/calculer-tarif";
import { rangsFratrie } from "@/lib/tarifs/domain/rang-fratrie";
import { LIBELLES_NON_RECALCULABLE } from "@/lib/tarifs/domain/recalcul";
import { versionPublieeDeLActivite } from "@/lib/tarifs/grilles.query";
import { retarification, type InstantaneRetenu, type MotifRecalcul } from "./domain/retarification";

export interface TarifRefixe {
  inscriptionId: string;
  ancienCentimes: number | null;
  nouveauCentimes: number;
  motif: MotifRecalcul;
  versionGrilleId: string;
}

const jour = (d: Date) => d.toISOString().slice(0, 10);

/**
 * What the foyer's snapshots price with, by the same rule and the same snapshots as at submission
 * (lib/inscriptions: the account holder's, plus the second parent's when they declare separately).
 */
async function instantaneRetenu(tx: Tx, foyerId: string, maintenant: Date): Promise<InstantaneRetenu | null> {
  const situation = await situationFiscaleDuFoyer(tx, foyerId, maintenant);
  const fiscal = fiscalDesFoyers(situation.foyersFiscaux, situation.anneeAttendue);
  if (!fiscal) return null;
  const recuperes = situation.foyersFiscaux.flatMap((f) => (f.instantane ? [f.instantane.recupereLe.getTime()] : []));
  return { recupereLe: new Date(Math.max(...recuperes)), residence: situation.residence.statut, fiscal };
}

async function rangsDansLActivite(tx: Tx, foyerId: string, activiteId: string): Promise<Map<string, number>> {
  const enfants = await tx.enfant.findMany({
    where: {
      foyerId,
      retireLe: null,
      inscriptions: { some: { activiteId, statut: { in: ["en_attente", "validee"] } } },
    },
    select: { id: true, dateNaissance: true },
  });
  return rangsFratrie(enfants.map((e) => ({ id: e.id, dateNaissance: jour(e.dateNaissance) })));
}

export async function retarifer(
  tx: Tx,
  d: {
    foyerId: string;
    sansTarification: boolean;
    inscriptionIds: string[];
    residenceChoisie: "resident" | "non_resident" | null;
  },
  maintenant: Date,
): Promise<TarifRefixe[]> {
  if (d.inscriptionIds.length === 0) return [];
  const instantane = await instantaneRetenu(tx, d.foyerId, maintenant);
  const inscriptions = await tx.inscription.findMany({
    where: { id: { in: d.inscriptionIds } },
    select: {
      id: true,
      frequence: true,
      activiteId: true,
      activite: { select: { nom: true } },
      enfant: { select: { id: true, pai: true } },
      tarifs: {
        where: { remplaceLe: null },
        orderBy: { fixeLe: "desc" },
        take: 1,
        select: { id: true, fixeLe: true, explication: true, montantCentimes: true },
      },
    },
  });
  const rangs = new Map<string, Map<string, number>>();
  const refixes: TarifRefixe[] = [];
  for (const i of inscriptions) {
    if (!rangs.has(i.activiteId)) rangs.set(i.activiteId, await rangsDansLActivite(tx, d.foyerId, i.activiteId));
    const actuel = i.tarifs[0] ?? null;
    const r = retarification({
      tarifActuel: actuel,
      instantane,
      residenceChoisie: d.residenceChoisie,
      sansTarification: d.sansTarification,
      rangFratrie: rangs.get(i.activiteId)?.get(i.enfant.id) ?? 1,
      pai: i.enfant.pai,
      frequence: i.frequence,
    });
    if (r.genre === "inchange") continue;
    if (r.genre === "impossible") {
      throw new ErreurMetier(
        "tarif_non_recalculable",
        `Le prix de « ${i.activite.nom} » ne peut pas être recalculé : ${LIBELLES_NON_RECALCULABLE[r.motif]}. Saisissez les données fiscales d'après un justificatif.`,
      );
    }
    const version = await versionPublieeDeLActivite(tx, i.activiteId);
    if (!version) {
      throw new ErreurMetier(
        "grille_absente",
        `« ${i.activite.nom} » n'a pas de grille tarifaire publiée : le prix ne peut pas être fixé. Demandez à un administrateur de la publier.`,
      );
    }
    const { montantCentimes, unite, explication } = calculerTarif(version.definition, r.entree);
    if (actuel)
      await tx.tarif.updateMany({ where: { id: actuel.id, remplaceLe: null }, data: { remplaceLe: maintenant } });
    await tx.tarif.create({
      data: {
        inscriptionId: i.id,
        versionGrilleId: version.versionId,
        montantCentimes,
        uniteVente: unite,
        explication,
        fixeLe: maintenant,
      },
    });
    refixes.push({
      inscriptionId: i.id,
      ancienCentimes: actuel?.montantCentimes ?? null,
      nouveauCentimes: montantCentimes,
      motif: r.motif,
      versionGrilleId: version.versionId,
    });
  }
  return refixes;
}
