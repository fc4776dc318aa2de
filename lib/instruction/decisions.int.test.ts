// Decisions on both databases: validation (with re-pricing when the agent brought new data), rejection (places
// given back once), two agents deciding at once, requests and messages to the family, and the timeline they leave.
import { beforeAll, describe, expect, it } from "vitest";

import type { Db } from "@/lib/server/database";
import { surLesDeuxBases } from "@/tests/support/bases";
import { preparerInstruction, semerDossier, type DossierSeme, type Instruction } from "@/tests/support/dossier-de-test";
import { champsSaisie } from "@/tests/support/saisie-fiscale-de-test";
import { chronologieDuDossier } from "./chronologie.query";
import {
  demanderALaFamille,
  demanderNouvelleAutorisation,
  envoyerMessage,
  MESSAGE_NOUVELLE_AUTORISATION,
} from "./echanges-famille.mutation";
import { prendreDossier } from "./prise-en-charge.mutation";
import { rejeterDossier } from "./rejeter-dossier.mutation";
import { saisirDonneesFiscales } from "./saisie-fiscale.mutation";
import { saisieFiscale } from "./schemas";
import { validerDossier } from "./valider-dossier.mutation";

/** The dossier, its request and its enrolments (in the order the builder created them). */
async function etat(db: Db, s: DossierSeme) {
  const d = await db.dossier.findUniqueOrThrow({
    where: { id: s.dossierId },
    select: {
      statut: true,
      agentId: true,
      closLe: true,
      attenduFamille: true,
      raisons: true,
      demande: { select: { statut: true, inscriptions: { select: { id: true, statut: true, placeReservee: true } } } },
    },
  });
  const rang = (id: string) => s.inscriptionIds.indexOf(id);
  return {
    ...d,
    demande: d.demande && {
      ...d.demande,
      inscriptions: [...d.demande.inscriptions].sort((a, b) => rang(a.id) - rang(b.id)),
    },
  };
}

const placesReservees = async (db: Db, i: Instruction) =>
  (
    await db.activite.findMany({
      where: { id: { in: [i.cantine.id, i.soir.id] } },
      select: { id: true, placesReservees: true },
    })
  ).reduce((n, a) => n + a.placesReservees, 0);

/** Current prices of the dossier's enrolments, in the order they were created. */
const prixActuels = async (db: Db, s: DossierSeme) =>
  Promise.all(
    s.inscriptionIds.map(
      async (id) =>
        (
          await db.tarif.findFirstOrThrow({
            where: { inscriptionId: id, remplaceLe: null },
            select: { montantCentimes: true },
          })
        ).montantCentimes,
    ),
  );

// RFR 22 032 € for 3 parts: monthly QF 612 € (canteen bracket 2: 2,35 €; evening care 401-650 €: 0,90 € resident, 1,80 € non-resident).
const saisie = (s: DossierSeme, adresse: Record<string, string> = {}) =>
  saisieFiscale(() => new Date("2026-09-15T10:00:00Z")).parse(champsSaisie(s, adresse));

surLesDeuxBases("décisions sur un dossier", (base) => {
  let i: Instruction;
  const db = () => base().prisma;

  beforeAll(async () => {
    i = await preparerInstruction(db());
  });

  describe("validation", () => {
    it("sans nouveauté : inscriptions validées, liste d'attente inchangée, prix inchangés, dossier clos et audité", async () => {
      const s = await semerDossier(db(), i, { enListeDAttente: 1 });
      const avant = await prixActuels(db(), s);
      const bilan = await validerDossier(db(), i.agent, {
        dossierId: s.dossierId,
        residence: null,
        commentaire: "Avis vérifié au guichet",
      });
      expect(bilan).toEqual({ inscriptionsValidees: 3, restentEnListeDAttente: 1, tarifs: [] });
      const e = await etat(db(), s);
      expect(e).toMatchObject({ statut: "valide", agentId: i.agent.id, demande: { statut: "validee" } });
      expect(e.closLe).not.toBeNull();
      expect(e.demande?.inscriptions.map((x) => x.statut)).toEqual(["validee", "validee", "validee", "liste_attente"]);
      expect(await prixActuels(db(), s)).toEqual(avant);
      expect(
        await db().decision.findFirst({ where: { dossierId: s.dossierId }, select: { type: true, motif: true } }),
      ).toEqual({ type: "validation", motif: "Avis vérifié au guichet" });
      expect(
        await db().journalAudit.findFirst({
          where: { cibleId: s.dossierId, action: "dossier.valider" },
          select: { details: true },
        }),
      ).toEqual({
        details: { inscriptionsValidees: 3, tarifsRefixes: 0, residence: "adresse" },
      });
    });

    it("après une saisie d'après l'avis : prix refixés avec la grille publiée, l'ancien prix marqué remplacé, l'explication cite la saisie", async () => {
      const s = await semerDossier(db(), i);
      expect(await prixActuels(db(), s)).toEqual([450, 210, 450, 210]);
      await saisirDonneesFiscales(
        db(),
        i.agent,
        saisie(s, { adresseCodePostal: "00200", adresseCommune: "Vieux-Moulin" }),
      );
      const bilan = await validerDossier(db(), i.agent, { dossierId: s.dossierId, residence: null, commentaire: null });
      expect(bilan.tarifs.map((t) => [t.ancienCentimes, t.nouveauCentimes, t.motif])).toEqual([
        [450, 235, "nouvelles_donnees"],
        [210, 180, "nouvelles_donnees"],
        [450, 235, "nouvelles_donnees"],
        [210, 180, "nouvelles_donnees"],
      ]);
      expect(await prixActuels(db(), s)).toEqual([235, 180, 235, 180]);
      const tarifs = await db().tarif.findMany({
        where: { inscriptionId: s.inscriptionIds[1] },
        orderBy: { fixeLe: "asc" },
        select: { remplaceLe: true, versionGrilleId: true, explication: true },
      });
      expect(tarifs).toHaveLength(2);
      expect(tarifs[0]?.remplaceLe).not.toBeNull();
      expect(tarifs[1]).toMatchObject({ remplaceLe: null, versionGrilleId: i.soir.versionId });
      expect(tarifs[1]?.explication).toMatchObject({
        quotient: { valeurCentimes: 61200, source: "saisie_agent", anneeRevenus: 2025 },
        situation: { residence: "non_resident" },
      });
    });

    it("deux foyers fiscaux dont le second autorise après la soumission : la validation les combine comme à la soumission (Bernard/Petit : 4,10 € et non 4,50 €)", async () => {
      const s = await semerDossier(db(), i, { nom: "Bernard", naissances: ["2019-05-05"] });
      const petit = await db().responsableLegal.create({
        data: { foyerId: s.foyerId, rang: 2, prenoms: "Claire", nom: "Petit", foyerFiscalDistinct: true },
      });
      const soumission = (await db().demande.findUniqueOrThrow({ where: { id: s.demandeId } })).soumiseLe!;
      const instantane = (responsableId: string, rfr: number, nbParts: number, recupereLe: Date) =>
        db().instantaneFiscal.create({
          data: {
            foyerId: s.foyerId,
            responsableId,
            source: "dgfip_franceconnect",
            anneeRevenus: 2025,
            recupereLe,
            rfr,
            nbParts,
            adresseCodePostal: "00100",
            adresseCommune: "Bellecombe-sur-Lys",
            expireLe: new Date(Date.now() + 300 * 86_400_000),
          },
        });
      // The shared population's persona (revenus 2025): Julien Bernard 31 500 € for 2 parts before submission,
      // Claire Petit 24 300 € for 1 part after it. Together: 55 800 € / 3 parts / 12 = QF 1 550 € → 4,10 €; Claire's
      // foyer alone (QF 2 025 €): 4,50 €.
      await instantane(s.responsableId, 31_500, 2, new Date(soumission.getTime() - 60_000));
      await instantane(petit.id, 24_300, 1, new Date(soumission.getTime() + 60_000));
      const bilan = await validerDossier(db(), i.agent, { dossierId: s.dossierId, residence: null, commentaire: null });
      expect(bilan.tarifs.map((t) => [t.nouveauCentimes, t.motif])).toEqual([
        [410, "nouvelles_donnees"],
        [180, "nouvelles_donnees"],
      ]);
    });

    it("la résidence tranchée par l'agent refixe le prix d'une adresse à vérifier, sans autre donnée", async () => {
      const s = await semerDossier(db(), i, { residence: "a_verifier", naissances: ["2019-05-05"] });
      expect(await prixActuels(db(), s)).toEqual([450, 420]);
      const bilan = await validerDossier(db(), i.agent, {
        dossierId: s.dossierId,
        residence: "resident",
        commentaire: "Justificatif de domicile à Bellecombe",
      });
      expect(bilan.tarifs.map((t) => [t.nouveauCentimes, t.motif])).toEqual([
        [450, "residence"],
        [210, "residence"],
      ]);
    });

    it("une activité sans grille publiée : la validation est refusée en français et rien ne change", async () => {
      const s = await semerDossier(db(), i, { naissances: ["2019-05-05"] });
      await saisirDonneesFiscales(db(), i.agent, saisie(s));
      await db().versionGrille.update({ where: { id: i.soir.versionId }, data: { statut: "archivee" } });
      try {
        await expect(
          validerDossier(db(), i.agent, { dossierId: s.dossierId, residence: null, commentaire: null }),
        ).rejects.toMatchObject({ code: "grille_absente", message: expect.stringContaining("Accueil du soir") });
      } finally {
        await db().versionGrille.update({ where: { id: i.soir.versionId }, data: { statut: "publiee" } });
      }
      const e = await etat(db(), s);
      expect(e.statut).toBe("en_cours");
      expect(e.demande?.inscriptions.map((x) => x.statut)).toEqual(["en_attente", "en_attente"]);
      expect(
        await db().tarif.count({ where: { inscriptionId: { in: s.inscriptionIds }, remplaceLe: { not: null } } }),
      ).toBe(0);
    });

    it("un dossier pris par un collègue ne se valide pas", async () => {
      const s = await semerDossier(db(), i);
      await prendreDossier(db(), i.collegue, s.dossierId);
      await expect(
        validerDossier(db(), i.agent, { dossierId: s.dossierId, residence: null, commentaire: null }),
      ).rejects.toMatchObject({ code: "dossier_pris" });
    });
  });

  describe("rejet", () => {
    it("inscriptions refusées, places rendues une fois, motif gardé", async () => {
      const s = await semerDossier(db(), i, { enListeDAttente: 1 });
      const avant = await placesReservees(db(), i);
      const bilan = await rejeterDossier(db(), i.agent, {
        dossierId: s.dossierId,
        motif: "Famille domiciliée hors du territoire, pièces à l'appui.",
      });
      expect(bilan).toMatchObject({ inscriptionsRefusees: 4, placesLiberees: 3 });
      // Families waiting elsewhere in the suite may take freed places: each promotion reserves exactly one.
      expect(await placesReservees(db(), i)).toBe(avant - 3 + bilan.promues);
      const e = await etat(db(), s);
      expect(e).toMatchObject({ statut: "rejete", demande: { statut: "refusee" } });
      expect(e.demande?.inscriptions.map((x) => [x.statut, x.placeReservee])).toEqual([
        ["refusee", false],
        ["refusee", false],
        ["refusee", false],
        ["refusee", false],
      ]);
      await expect(
        rejeterDossier(db(), i.agent, { dossierId: s.dossierId, motif: "Deuxième clic sur le bouton." }),
      ).rejects.toMatchObject({ code: "dossier_clos" });
      expect(await placesReservees(db(), i)).toBe(avant - 3 + bilan.promues);
    });
  });

  describe("deux agents en même temps", () => {
    it("six décisions simultanées (valider, rejeter, deux agents) : une seule passe, les places restent justes", async () => {
      const s = await semerDossier(db(), i);
      const avant = await placesReservees(db(), i);
      const decisions = [i.agent, i.collegue, i.agent, i.collegue, i.admin, i.admin].map((a, n) =>
        n % 2 === 0
          ? validerDossier(db(), a, { dossierId: s.dossierId, residence: null, commentaire: null })
          : rejeterDossier(db(), a, { dossierId: s.dossierId, motif: "Rejet concurrent pour le test." }),
      );
      const issues = await Promise.allSettled(decisions);
      const reussies = issues.filter((x) => x.status === "fulfilled");
      const promues = reussies.map((x) => (x.value as { promues?: number }).promues ?? 0).reduce((a, b) => a + b, 0);
      expect(reussies).toHaveLength(1);
      for (const x of issues)
        if (x.status === "rejected")
          expect(["dossier_clos", "dossier_pris"]).toContain((x.reason as { code?: string }).code);
      const e = await etat(db(), s);
      expect(await db().decision.count({ where: { dossierId: s.dossierId } })).toBe(1);
      expect(await placesReservees(db(), i)).toBe(e.statut === "rejete" ? avant - 4 + promues : avant);
    });
  });

  describe("échanges avec la famille", () => {
    it("demander une pièce : message, attente de la famille, ce qui est attendu ; le corps du message n'est pas audité", async () => {
      const s = await semerDossier(db(), i);
      await demanderALaFamille(db(), i.agent, {
        dossierId: s.dossierId,
        attendu: "Votre avis d'imposition 2025",
        message: "Bonjour, merci de déposer votre avis d'imposition 2025.",
      });
      expect(await etat(db(), s)).toMatchObject({
        statut: "attente_famille",
        attenduFamille: "Votre avis d'imposition 2025",
        agentId: i.agent.id,
      });
      expect(
        await db().message.findFirst({
          where: { dossierId: s.dossierId },
          select: { deLAgent: true, corps: true, foyerId: true, auteurId: true },
        }),
      ).toEqual({
        deLAgent: true,
        corps: "Bonjour, merci de déposer votre avis d'imposition 2025.",
        foyerId: s.foyerId,
        auteurId: i.agent.id,
      });
      const audit = await db().journalAudit.findFirstOrThrow({
        where: { cibleId: s.dossierId, action: "dossier.demander_famille" },
        select: { details: true },
      });
      expect(JSON.stringify(audit.details)).not.toContain("avis");
    });

    it("message simple : le dossier garde son statut", async () => {
      const s = await semerDossier(db(), i, { statut: "attente_famille" });
      await envoyerMessage(db(), i.agent, { dossierId: s.dossierId, corps: "Nous avons bien reçu votre appel." });
      expect((await etat(db(), s)).statut).toBe("attente_famille");
      expect(await db().message.count({ where: { dossierId: s.dossierId, deLAgent: true } })).toBe(1);
    });

    it("nouvelle autorisation FranceConnect : message type, motif ajouté, attente de la famille ; impossible pour un compte local", async () => {
      const s = await semerDossier(db(), i, { raisons: ["echec_api"] });
      await demanderNouvelleAutorisation(db(), i.agent, { dossierId: s.dossierId, complement: null });
      expect(await etat(db(), s)).toMatchObject({
        statut: "attente_famille",
        raisons: ["echec_api", "autorisation_a_renouveler"],
      });
      expect((await db().message.findFirstOrThrow({ where: { dossierId: s.dossierId } })).corps).toBe(
        MESSAGE_NOUVELLE_AUTORISATION,
      );
      const local = await semerDossier(db(), i, { franceConnect: false });
      await expect(
        demanderNouvelleAutorisation(db(), i.agent, { dossierId: local.dossierId, complement: null }),
      ).rejects.toMatchObject({ code: "sans_franceconnect" });
      expect(await db().message.count({ where: { dossierId: local.dossierId } })).toBe(0);
    });
  });

  it("la chronologie raconte le dossier : consentement, appel, pièce, prise en charge, message, saisie, décision", async () => {
    const s = await semerDossier(db(), i);
    // Steps are dated to the millisecond (the database's and the process's clocks alike): two steps in the same
    // millisecond have no order of their own, and on a fast machine they happen. Let the clock move between them.
    const milliSecondeSuivante = () => new Promise((r) => setTimeout(r, 3));
    await prendreDossier(db(), i.agent, s.dossierId);
    await milliSecondeSuivante();
    await envoyerMessage(db(), i.agent, { dossierId: s.dossierId, corps: "Nous regardons votre avis." });
    await milliSecondeSuivante();
    await saisirDonneesFiscales(db(), i.agent, saisie(s));
    await milliSecondeSuivante();
    await validerDossier(db(), i.agent, { dossierId: s.dossierId, residence: null, commentaire: null });
    // As the citizen journey records them: the submission (on the request) and a reply (on the dossier, lower case).
    await db().journalAudit.create({
      data: {
        acteurId: s.titulaireId,
        acteurRole: "citoyen",
        action: "demande.soumise",
        cibleType: "demande",
        cibleId: s.demandeId,
        creeLe: new Date(Date.now() - 3 * 3600_000),
      },
    });
    await db().journalAudit.create({
      data: {
        acteurId: s.titulaireId,
        acteurRole: "citoyen",
        action: "message.famille",
        cibleType: "dossier",
        cibleId: s.dossierId,
      },
    });
    const d = await db().dossier.findUniqueOrThrow({
      where: { id: s.dossierId },
      select: { id: true, creeLe: true, foyerId: true, demandeId: true },
    });
    const c = await chronologieDuDossier(db(), d);
    expect(c.map((e) => e.titre)).toEqual([
      "Demande envoyée par la famille",
      "Dossier ouvert pour instruction",
      "Consentement accordé",
      "Appel DGFiP : service de la DGFiP indisponible",
      "Pièce déposée : Avis d'imposition",
      "Dossier pris en charge",
      "Message envoyé à la famille",
      "Données fiscales enregistrées (revenus 2025)",
      "Données fiscales saisies d'après justificatif",
      "Dossier validé",
    ]);
    expect(c.find((e) => e.genre === "message")?.auteur).toBe("Camille Agent");
    expect(c.find((e) => e.genre === "document")?.auteur).toBe("la famille");
    expect(c.find((e) => e.titre === "Demande envoyée par la famille")?.auteur).toBe("la famille");
  });
});
