import "server-only";

import { anneeAttendue, anneeToujoursValable } from "@/lib/fiscal/domain/annee-fiscale";
import { SELECTION_INSTANTANE } from "@/lib/fiscal/instantane-fiscal.query";
import { versVue, type InstantaneFiscalVue } from "@/lib/fiscal/instantane-fiscal.vue";
import { lireParametresFiscaux } from "@/lib/fiscal/parametres-fiscaux.query";
import type { Db, Tx } from "@/lib/server/database";
import type { ResultatResidence } from "@/lib/territoire/domain/residence";
import { residenceDeLAdresse } from "@/lib/territoire/residence.query";

interface FoyerFiscalDuFoyer {
  responsable: { id: string; rang: number; prenoms: string; nom: string; foyerFiscalDistinct: boolean };
  instantane: InstantaneFiscalVue | null;
}

/**
 * The tax situation a request is priced with: for the account holder (and the second parent when they declare
 * separately), the most recent unexpired snapshot whose income year is still the one asked today; and where the
 * household lives for the resident column —
 * the certified adresse fiscale when there is one, otherwise the address the family declared.
 */
export async function situationFiscaleDuFoyer(db: Db | Tx, foyerId: string, maintenant: Date) {
  const foyer = await db.foyer.findUniqueOrThrow({
    where: { id: foyerId },
    select: {
      codePostal: true,
      commune: true,
      responsables: {
        orderBy: { rang: "asc" },
        select: { id: true, rang: true, prenoms: true, nom: true, foyerFiscalDistinct: true },
      },
    },
  });
  const p = await lireParametresFiscaux(db);
  const foyersFiscaux: FoyerFiscalDuFoyer[] = [];
  for (const r of foyer.responsables) {
    if (r.rang !== 1 && !r.foyerFiscalDistinct) continue;
    const lignes = await db.instantaneFiscal.findMany({
      where: {
        foyerId,
        expireLe: { gt: maintenant },
        // Held for the agents (identity not proven): never shown to the family nor used for its prices.
        aVerifier: false,
        OR: r.rang === 1 ? [{ responsableId: r.id }, { responsableId: null }] : [{ responsableId: r.id }],
      },
      orderBy: { recupereLe: "desc" },
      select: SELECTION_INSTANTANE,
    });
    // A DGFiP answer prices only while its year is the one asked today (an agent's entry is the agent's call).
    const ligne = lignes.find(
      (l) => l.source === "saisie_agent" || anneeToujoursValable(p.politique, p.calendrier, l, maintenant),
    );
    foyersFiscaux.push({ responsable: r, instantane: ligne ? versVue(ligne) : null });
  }
  const adresseCertifiee = foyersFiscaux[0]?.instantane?.adresse;
  const source: "fiscale" | "declaree" | null = adresseCertifiee?.codePostal
    ? "fiscale"
    : foyer.codePostal
      ? "declaree"
      : null;
  const adresse =
    source === "fiscale"
      ? { codePostal: adresseCertifiee!.codePostal, commune: adresseCertifiee!.commune }
      : { codePostal: foyer.codePostal, commune: foyer.commune };
  const residence: ResultatResidence = await residenceDeLAdresse(db, adresse);
  // The year the policy asks first today: data of an older year are the fallback year, said as such.
  return { foyersFiscaux, residence: { ...residence, source }, anneeAttendue: anneeAttendue(p.politique, maintenant) };
}

export type SituationFiscale = Awaited<ReturnType<typeof situationFiscaleDuFoyer>>;

/** The household's children enrolled (or being enrolled by this request) in each activity, for sibling ranks. */
export async function fratriesParActivite(db: Db | Tx, foyerId: string, demandeId: string, activiteIds: string[]) {
  const inscriptions = await db.inscription.findMany({
    where: {
      activiteId: { in: activiteIds },
      enfant: { foyerId, retireLe: null },
      OR: [{ statut: { in: ["en_attente", "validee"] } }, { demandeId, statut: "brouillon" }],
    },
    select: { activiteId: true, enfant: { select: { id: true, dateNaissance: true } } },
  });
  const parActivite = new Map<string, { id: string; dateNaissance: string }[]>();
  for (const i of inscriptions) {
    const liste = parActivite.get(i.activiteId) ?? [];
    liste.push({ id: i.enfant.id, dateNaissance: i.enfant.dateNaissance.toISOString().slice(0, 10) });
    parActivite.set(i.activiteId, liste);
  }
  return parActivite;
}
