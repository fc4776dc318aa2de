import { afterAll, afterEach, beforeAll, expect, it } from "vitest";

import { CORPS_EFFACE, expedierCourriels } from "@/lib/courriels/expedition.mutation";
import { expediteurSmtp } from "@/lib/courriels/transport-smtp";
import { creerMoteur, type Moteur } from "@/lib/jobs/moteur";
import { brancherTravaux } from "@/lib/jobs/travaux";
import { creerLogger } from "@/lib/server/logger";
import { surLesDeuxBases } from "../support/bases";
import { envDeTest } from "../support/env";
import { demarrerServeurSmtp, type ServeurSmtp } from "../support/serveur-smtp";

const DE = "Portail Famille <ne-pas-repondre@val-de-lys.test>";
const LIEN = "https://portail.val-de-lys.test/verifier-email/jeton-a-usage-unique";
const apres = (d: Date, minutes: number) => new Date(d.getTime() + minutes * 60_000);
/** Quoted-printable soft line breaks, undone so that a long link can be found in the raw message. */
const deplie = (brut: string) => brut.replace(/=\r\n/g, "");

surLesDeuxBases("courriels : expédition de la boîte d'envoi par SMTP", (base) => {
  let smtp: ServeurSmtp;

  beforeAll(async () => {
    smtp = await demarrerServeurSmtp({ refusTemporaires: 2 });
  });
  afterAll(() => smtp.arreter());
  afterEach(async () => {
    await base().prisma.courrielSortant.deleteMany();
    smtp.recus.length = 0;
  });

  const courriel = (destinataire: string) =>
    base().prisma.courrielSortant.create({
      data: { destinataire, sujet: "Activez votre compte", corps: `Bonjour,\n\nVotre lien :\n${LIEN}\n\nÀ bientôt.` },
    });

  it("le message arrive avec ses en-têtes, son texte et son HTML ; envoyeLe est posé et le lien effacé", async () => {
    const { id } = await courriel("parent@exemple.test");
    const expediteur = expediteurSmtp(smtp.url, DE);
    const bilan = await expedierCourriels(base().prisma, expediteur);
    expediteur.fermer();

    expect(bilan).toEqual({ envoyes: 1, reportes: 0, abandonnes: 0 });
    expect(smtp.recus).toHaveLength(1);
    const [recu] = smtp.recus;
    expect(recu!.de).toBe("ne-pas-repondre@val-de-lys.test");
    expect(recu!.a).toEqual(["parent@exemple.test"]);
    const brut = deplie(recu!.brut);
    expect(brut).toMatch(/^From: Portail Famille <ne-pas-repondre@val-de-lys\.test>$/m);
    expect(brut).toMatch(/^To: parent@exemple\.test$/m);
    expect(brut).toMatch(/^Subject: Activez votre compte$/m);
    expect(brut).toMatch(/^Auto-Submitted: auto-generated$/m);
    expect(brut).toMatch(/^Content-Type: multipart\/alternative/m);
    expect(brut).toMatch(/^Content-Type: text\/plain; charset=utf-8$/m);
    expect(brut).toMatch(/^Content-Type: text\/html; charset=utf-8$/m);
    expect(brut).toContain(LIEN);
    expect(brut).toContain(`<a href=3D"${LIEN}">`);

    const ligne = await base().prisma.courrielSortant.findUniqueOrThrow({ where: { id } });
    expect(ligne.envoyeLe).toBeInstanceOf(Date);
    expect(ligne.tentatives).toBe(1);
    expect(ligne.corps).toBe(CORPS_EFFACE);

    // A second run sends nothing twice.
    expect(await expedierCourriels(base().prisma, expediteurSmtp(smtp.url, DE))).toEqual({
      envoyes: 0,
      reportes: 0,
      abandonnes: 0,
    });
    expect(smtp.recus).toHaveLength(1);
  });

  it("un refus temporaire est réessayé après un délai croissant, puis le message part", async () => {
    const { id } = await courriel("occupe@exemple.test");
    const t0 = new Date();
    const expediteur = expediteurSmtp(smtp.url, DE);
    expect(await expedierCourriels(base().prisma, expediteur, { maintenant: t0 })).toMatchObject({ reportes: 1 });
    let ligne = await base().prisma.courrielSortant.findUniqueOrThrow({ where: { id } });
    expect(ligne).toMatchObject({ envoyeLe: null, abandonneLe: null, tentatives: 1, derniereErreur: "SMTP 451" });
    expect(ligne.prochaineTentativeLe).toEqual(apres(t0, 1));

    // Not due yet: nothing is attempted.
    expect(await expedierCourriels(base().prisma, expediteur, { maintenant: apres(t0, 0.5) })).toMatchObject({
      reportes: 0,
      envoyes: 0,
    });
    expect(await expedierCourriels(base().prisma, expediteur, { maintenant: apres(t0, 1) })).toMatchObject({
      reportes: 1,
    });
    ligne = await base().prisma.courrielSortant.findUniqueOrThrow({ where: { id } });
    expect(ligne.prochaineTentativeLe).toEqual(apres(t0, 3));
    expect(await expedierCourriels(base().prisma, expediteur, { maintenant: apres(t0, 3) })).toMatchObject({
      envoyes: 1,
    });
    expediteur.fermer();
    ligne = await base().prisma.courrielSortant.findUniqueOrThrow({ where: { id } });
    expect(ligne).toMatchObject({ tentatives: 3, derniereErreur: null, corps: CORPS_EFFACE });
    expect(smtp.recus.map((r) => r.a)).toEqual([["occupe@exemple.test"]]);
  });

  it("un refus définitif (550) est abandonné et signalé sans adresse ni lien ; un relais injoignable aussi, au bout des tentatives", async () => {
    const { id } = await courriel("refuse@exemple.test");
    const expediteur = expediteurSmtp(smtp.url, DE);
    expect(await expedierCourriels(base().prisma, expediteur)).toMatchObject({ abandonnes: 1 });
    expediteur.fermer();
    const ligne = await base().prisma.courrielSortant.findUniqueOrThrow({ where: { id } });
    expect(ligne).toMatchObject({ envoyeLe: null, derniereErreur: "SMTP 550", corps: CORPS_EFFACE });
    expect(ligne.abandonneLe).toBeInstanceOf(Date);

    const { id: id2 } = await courriel("parent@exemple.test");
    const injoignable = expediteurSmtp("smtp://127.0.0.1:1", DE);
    const t0 = new Date();
    expect(await expedierCourriels(base().prisma, injoignable, { maintenant: t0, tentativesMax: 2 })).toMatchObject({
      reportes: 1,
    });
    expect(
      await expedierCourriels(base().prisma, injoignable, { maintenant: apres(t0, 1), tentativesMax: 2 }),
    ).toMatchObject({ abandonnes: 1 });
    const l2 = await base().prisma.courrielSortant.findUniqueOrThrow({ where: { id: id2 } });
    expect(l2.derniereErreur).toBe("ESOCKET");
    expect(l2.abandonneLe).toBeInstanceOf(Date);
  });

  it("le travail « envoyer-courriels » de pg-boss vide la boîte d'envoi quand SMTP_URL est configurée", async () => {
    const moteur: Moteur = creerMoteur(base(), { superviser: false });
    await moteur.start();
    try {
      await brancherTravaux(moteur, {
        base: base(),
        config: envDeTest({ SMTP_URL: smtp.url, SMTP_FROM: DE }),
        logger: creerLogger("silent"),
      });
      await courriel("parent@exemple.test");
      const idJob = await moteur.send("envoyer-courriels", {});
      await expect
        .poll(async () => (await moteur.getJobById("envoyer-courriels", idJob!))?.state, {
          timeout: 30_000,
          interval: 250,
        })
        .toBe("completed");
      expect((await moteur.getJobById("envoyer-courriels", idJob!))?.output).toEqual({
        envoyes: 1,
        reportes: 0,
        abandonnes: 0,
      });
      expect(smtp.recus).toHaveLength(1);
    } finally {
      await moteur.stop({ graceful: false, wait: true });
    }
  });
});
