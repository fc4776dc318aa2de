import "server-only";

// SPI-mode DGFiP calls that failed upstream (outage, quota: `reprise: "job"`) are tried again by the durable job
// `reprendre-appels-dgfip`, with a growing delay, under the consent the family gave for the first call (nothing is
// fetched once it is withdrawn). Data obtained is noted on the request as after the first call; after the last
// attempt the request is left to the agents: its "échec d'appel" reason stays and becomes its dossier's (at once
// if it was already sent). The numéro fiscal stays on the responsable, never in the job's row or data.
import { delaiAvantNouvelEssaiMs } from "@/lib/courriels/domain/nouvel-essai";
import type { IssueInstantane, ServiceInstantaneFiscal } from "@/lib/fiscal/obtenir-instantane-fiscal";
import { noterIssueSurLaDemande } from "@/lib/franceconnect-donnees/recevoir";
import type { Db, Tx } from "@/lib/server/database";

/** A claimed retry is left alone by other workers for this long (a crashed worker's claim then lapses). */
const BAIL_MS = 10 * 60_000;

/** Queues the retry of a failed SPI-mode call (once per request and responsable: a new failure starts it again). */
export async function mettreEnReprise(
  db: Tx,
  r: { demandeId: string; responsableId: string; consentementId: string | null; maintenant: Date },
) {
  const prochaineTentativeLe = new Date(r.maintenant.getTime() + delaiAvantNouvelEssaiMs(1));
  const donnees = {
    consentementId: r.consentementId,
    tentatives: 0,
    prochaineTentativeLe,
    termineLe: null,
    issue: null,
  };
  await db.repriseAppelDgfip.upsert({
    where: { demandeId_responsableId: { demandeId: r.demandeId, responsableId: r.responsableId } },
    create: { demandeId: r.demandeId, responsableId: r.responsableId, ...donnees },
    update: donnees,
  });
}

export interface OptionsReprise {
  maintenant?: Date;
  tentativesMax?: number;
  lot?: number;
}

export async function reprendreAppelsDgfip(
  db: Db,
  service: Pick<ServiceInstantaneFiscal, "obtenir">,
  options: OptionsReprise = {},
) {
  const maintenant = options.maintenant ?? new Date();
  const tentativesMax = options.tentativesMax ?? 5;
  const du = { termineLe: null, prochaineTentativeLe: { lte: maintenant } };
  const dues = await db.repriseAppelDgfip.findMany({
    where: du,
    orderBy: { prochaineTentativeLe: "asc" },
    take: options.lot ?? 20,
    select: { id: true, demandeId: true, responsableId: true, consentementId: true, tentatives: true },
  });
  const bilan = { obtenus: 0, reportes: 0, confiesAuxAgents: 0 };
  const terminer = (tx: Tx, id: string, issue: string) =>
    tx.repriseAppelDgfip.update({ where: { id }, data: { termineLe: maintenant, issue } });
  for (const r of dues) {
    // Claimed by a conditional update: two workers never call the DGFiP for the same retry.
    const pris = await db.repriseAppelDgfip.updateMany({
      where: { id: r.id, ...du },
      data: { prochaineTentativeLe: new Date(maintenant.getTime() + BAIL_MS), tentatives: { increment: 1 } },
    });
    if (pris.count === 0) continue;
    const tentatives = r.tentatives + 1;
    const contexte = await db.responsableLegal.findUnique({
      where: { id: r.responsableId },
      select: {
        foyerId: true,
        numeroFiscal: true,
        compte: {
          select: {
            fermeLe: true,
            identiteCertifiee: true,
            prenoms: true,
            nomNaissance: true,
            nomUsage: true,
            dateNaissance: true,
          },
        },
      },
    });
    const consentement = r.consentementId
      ? await db.consentement.findUnique({ where: { id: r.consentementId }, select: { statut: true } })
      : null;
    const compte = contexte?.compte;
    if (!contexte?.numeroFiscal || !compte || compte.fermeLe || consentement?.statut !== "accorde") {
      // No number, account closed or consent withdrawn: nothing is fetched any more.
      await terminer(db, r.id, "sans_objet");
      continue;
    }
    const issue: IssueInstantane = await service.obtenir(db, {
      foyerId: contexte.foyerId,
      responsableId: r.responsableId,
      consentementId: r.consentementId,
      acces: { mode: "spi", spi: contexte.numeroFiscal },
      identiteTitulaire: compte.dateNaissance
        ? {
            prenoms: compte.prenoms ?? "",
            nomNaissance: compte.nomNaissance ?? compte.nomUsage ?? "",
            nomUsage: compte.nomUsage,
            dateNaissance: compte.dateNaissance,
            certifiee: compte.identiteCertifiee,
          }
        : undefined,
    });
    const encoreEnPanne = issue.statut === "echec" && issue.reprise === "job";
    if (encoreEnPanne && tentatives < tentativesMax) {
      await db.repriseAppelDgfip.update({
        where: { id: r.id },
        data: { prochaineTentativeLe: new Date(maintenant.getTime() + delaiAvantNouvelEssaiMs(tentatives + 1)) },
      });
      bilan.reportes++;
      continue;
    }
    await db.$transaction(async (tx) => {
      await noterIssueSurLaDemande(tx, r.demandeId, r.responsableId, issue);
      await terminer(tx, r.id, encoreEnPanne ? "confie_agent" : issue.statut);
    });
    // A final refusal (unknown number…) is the agents' too, with its own reason.
    if (issue.statut === "echec") bilan.confiesAuxAgents++;
    else bilan.obtenus++;
  }
  return bilan;
}
