// Single-use links are not kept in clear once they expire, and what the outbox and the token table no longer need
// goes: the purge functions, and the pg-boss jobs that run them (a re-run does nothing twice).
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";

import { emettreJeton, purgerJetonsExpires } from "@/lib/comptes/jetons.mutation";
import { LIEN_EXPIRE } from "@/lib/courriels/domain/statut-envoi";
import { CORPS_EFFACE, expedierCourriels } from "@/lib/courriels/expedition.mutation";
import { purgerCourriels } from "@/lib/courriels/purge-courriels.mutation";
import { expediteurSmtp } from "@/lib/courriels/transport-smtp";
import { creerMoteur, type Moteur } from "@/lib/jobs/moteur";
import { brancherTravaux } from "@/lib/jobs/travaux";
import { creerLogger } from "@/lib/server/logger";
import { surLesDeuxBases } from "../support/bases";
import { envDeTest } from "../support/env";
import { demarrerServeurSmtp, type ServeurSmtp } from "../support/serveur-smtp";

const DE = "Portail Famille <ne-pas-repondre@val-de-lys.test>";
const t0 = new Date("2026-11-23T08:00:00Z");
const jours = (n: number) => new Date(t0.getTime() + n * 24 * 3600_000);
const heures = (n: number) => new Date(t0.getTime() + n * 3600_000);

surLesDeuxBases("purges : liens à usage unique et boîte d'envoi", (base) => {
  let smtp: ServeurSmtp;
  beforeAll(async () => {
    smtp = await demarrerServeurSmtp();
  });
  afterAll(() => smtp.arreter());
  afterEach(async () => {
    await base().prisma.courrielSortant.deleteMany();
    await base().prisma.jetonCompte.deleteMany();
    smtp.recus.length = 0;
  });

  const courriel = (d: { lienExpireLe?: Date; envoyeLe?: Date; abandonneLe?: Date; creeLe?: Date }) =>
    base().prisma.courrielSortant.create({
      data: {
        destinataire: "parent@exemple.test",
        sujet: "Activez votre compte du Portail Famille",
        corps: "Bonjour,\n\nhttps://portail.test/verifier-email?jeton=secret",
        creeLe: t0,
        prochaineTentativeLe: t0,
        ...d,
      },
    });

  it("un courriel dont le lien a expiré n'est plus envoyé ; la purge efface son lien et le signale, une seule fois", async () => {
    const perime = await courriel({ lienExpireLe: heures(1) });
    const valable = await courriel({ lienExpireLe: heures(24) });
    const expediteur = expediteurSmtp(smtp.url, DE);
    expect(await expedierCourriels(base().prisma, expediteur, { maintenant: heures(2) })).toEqual({
      envoyes: 1,
      reportes: 0,
      abandonnes: 0,
    });
    expediteur.fermer();
    expect(smtp.recus).toHaveLength(1);
    expect((await base().prisma.courrielSortant.findUniqueOrThrow({ where: { id: valable.id } })).envoyeLe).not.toBe(
      null,
    );

    expect(await purgerCourriels(base().prisma, heures(2))).toMatchObject({ liensEffaces: 1 });
    const ligne = await base().prisma.courrielSortant.findUniqueOrThrow({ where: { id: perime.id } });
    expect(ligne).toMatchObject({ envoyeLe: null, corps: CORPS_EFFACE, derniereErreur: LIEN_EXPIRE });
    expect(ligne.abandonneLe).toEqual(heures(2));
    expect(await purgerCourriels(base().prisma, heures(3))).toEqual({ liensEffaces: 0, supprimes: 0 });
  });

  it("les courriels envoyés ou abandonnés partent après 30 jours ; ceux en attente restent", async () => {
    const envoye = await courriel({ envoyeLe: t0 });
    const abandonne = await courriel({ abandonneLe: t0 });
    const enAttente = await courriel({});
    expect(await purgerCourriels(base().prisma, jours(29))).toEqual({ liensEffaces: 0, supprimes: 0 });
    expect(await purgerCourriels(base().prisma, jours(31))).toEqual({ liensEffaces: 0, supprimes: 2 });
    const restants = await base().prisma.courrielSortant.findMany({ select: { id: true } });
    expect(restants.map((r) => r.id)).toEqual([enAttente.id]);
    expect([envoye.id, abandonne.id]).not.toContain(restants[0]!.id);
    expect(await purgerCourriels(base().prisma, jours(31))).toEqual({ liensEffaces: 0, supprimes: 0 });
  });

  it("les jetons expirés ou utilisés sont supprimés, les autres restent", async () => {
    const db = base().prisma;
    const { id: compteId } = await db.compte.create({ data: { role: "citoyen" } });
    await emettreJeton(db, { type: "verification_email", compteId, dureeHeures: 1, maintenant: t0 });
    await emettreJeton(db, { type: "verification_email", compteId, dureeHeures: 24, maintenant: t0 });
    const utilise = await emettreJeton(db, {
      type: "reinitialisation_mot_de_passe",
      compteId,
      dureeHeures: 24,
      maintenant: t0,
    });
    await db.jetonCompte.updateMany({
      where: { expireLe: heures(24), type: "reinitialisation_mot_de_passe" },
      data: { utiliseLe: heures(1) },
    });
    expect(utilise).toBeTruthy();
    expect(await purgerJetonsExpires(db, heures(2))).toBe(2);
    expect(await db.jetonCompte.findMany({ select: { type: true, expireLe: true } })).toEqual([
      { type: "verification_email", expireLe: heures(24) },
    ]);
    expect(await purgerJetonsExpires(db, heures(2))).toBe(0);
  });

  it("les travaux « purger-courriels » et « purger-jetons » tournent par pg-boss et sont planifiés", async () => {
    const moteur: Moteur = creerMoteur(base(), { superviser: false });
    await moteur.start();
    try {
      await brancherTravaux(moteur, { base: base(), config: envDeTest(), logger: creerLogger("silent") });
      const ilYA = (h: number) => new Date(Date.now() - h * 3600_000);
      await courriel({ lienExpireLe: ilYA(1), creeLe: ilYA(2) });
      const { id: compteId } = await base().prisma.compte.create({ data: { role: "citoyen" } });
      await emettreJeton(base().prisma, { type: "verification_email", compteId, dureeHeures: 1, maintenant: ilYA(2) });
      const resultat = async (nom: string) => {
        const id = await moteur.send(nom, {});
        await expect
          .poll(async () => (await moteur.getJobById(nom, id!))?.state, { timeout: 30_000, interval: 250 })
          .toBe("completed");
        return (await moteur.getJobById(nom, id!))?.output;
      };
      expect(await resultat("purger-courriels")).toEqual({ liensEffaces: 1, supprimes: 0 });
      expect(await resultat("purger-jetons")).toEqual({ supprimes: 1 });
      expect(await resultat("purger-courriels")).toEqual({ liensEffaces: 0, supprimes: 0 });
      expect(await resultat("purger-jetons")).toEqual({ supprimes: 0 });
      const planifs = (await moteur.getSchedules()).map((s) => s.name);
      expect(planifs).toEqual(expect.arrayContaining(["purger-courriels", "purger-jetons"]));
    } finally {
      await moteur.stop({ graceful: false, wait: true });
    }
  });
});
