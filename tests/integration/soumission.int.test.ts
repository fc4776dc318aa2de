import { beforeAll, describe, expect, it } from "vitest";

import { choisirActivites, demandeEnCours } from "@/lib/inscriptions/demande.mutation";
import { soumettreDemande } from "@/lib/inscriptions/soumettre-demande.mutation";
import { tarifierDemande } from "@/lib/inscriptions/tarifer-demande";
import { GRILLE_CANTINE_QF } from "@/lib/tarifs/domain/grilles-demo";
import { surLesDeuxBases } from "../support/bases";
import { collectiviteDeDemo, famille, instantane, MAINTENANT } from "../support/familles";

surLesDeuxBases("envoi d'une demande d'inscription", (base) => {
  let demo: Awaited<ReturnType<typeof collectiviteDeDemo>>;
  beforeAll(async () => {
    demo = await collectiviteDeDemo(base().prisma);
  });

  async function demandePrete(
    f: Awaited<ReturnType<typeof famille>>,
    types: ("cantine" | "accueil_soir")[],
    voie: "donnees_fiscales" | "sans_tarification" | "document" = "donnees_fiscales",
  ) {
    const db = base().prisma;
    const demandeId = await demandeEnCours(db, f.compteId, demo.anneeScolaireId);
    const choix = [];
    for (const e of f.enfants)
      for (const t of types)
        choix.push({ enfantId: e.id, activiteId: (await demo.activite(t)).id, frequence: "reguliere" as const });
    await choisirActivites(db, f.compteId, demandeId, choix, MAINTENANT, 6);
    await db.demande.update({ where: { id: demandeId }, data: { voieTarification: voie } });
    return demandeId;
  }

  it("validée automatiquement quand tout est certifié : place réservée, prix fixé avec sa version de grille et son explication", async () => {
    const db = base().prisma;
    const f = await famille(db, {
      enfants: [
        { prenom: "Léo", naissance: "2021-05-02" },
        { prenom: "Jade", naissance: "2022-09-10" },
      ],
    });
    await instantane(db, f.foyerId, f.responsableId, { rfr: 48200, nbParts: 3 });
    const demandeId = await demandePrete(f, ["cantine", "accueil_soir"]);
    const cantine = await demo.activite("cantine");
    const avant = (await db.activite.findUniqueOrThrow({ where: { id: cantine.id } })).placesReservees;
    const r = await soumettreDemande(db, f.compteId, demandeId, MAINTENANT);
    expect(r).toMatchObject({ dejaSoumise: false, statut: "validee", dossierId: null });
    expect(r.inscriptions.map((i) => i.statut)).toEqual(["validee", "validee", "validee", "validee"]);
    expect((await db.activite.findUniqueOrThrow({ where: { id: cantine.id } })).placesReservees).toBe(avant + 2);
    const tarifs = await db.tarif.findMany({ where: { inscription: { demandeId } }, include: { versionGrille: true } });
    expect(tarifs).toHaveLength(4);
    expect(tarifs.every((t) => t.versionGrille.statut === "publiee" && t.montantCentimes > 0)).toBe(true);
    // The explanation keeps the quotient, its source and year, never the raw tax data.
    expect(JSON.stringify(tarifs[0]!.explication)).toContain("dgfip_franceconnect");
    expect(JSON.stringify(tarifs[0]!.explication)).not.toContain("48200");
  });

  it("revenus 2024 obtenus en juin (2025 pas encore taxés) ne tarifent pas en novembre : redemandés, jamais validés d'office", async () => {
    const db = base().prisma;
    const f = await famille(db);
    await instantane(db, f.foyerId, f.responsableId, {
      rfr: 12000,
      nbParts: 2,
      anneeRevenus: 2024,
      recupereLe: new Date("2026-06-10T09:00:00Z"),
    });
    const demandeId = await demandePrete(f, ["cantine"]);
    const t = await tarifierDemande(db, demandeId, MAINTENANT);
    expect(t.situation.foyersFiscaux[0]?.instantane).toBeNull();
    expect(t.retenu).toMatchObject({ fiscal: null, automatique: false });
    const r = await soumettreDemande(db, f.compteId, demandeId, MAINTENANT);
    expect(r.statut).toBe("a_instruire");
  });

  it("revenus 2024 obtenus en septembre en repli (2025 déjà taxés, absents pour ce foyer) tarifent encore en novembre", async () => {
    const db = base().prisma;
    const f = await famille(db);
    await instantane(db, f.foyerId, f.responsableId, {
      rfr: 12000,
      nbParts: 2,
      anneeRevenus: 2024,
      recupereLe: new Date("2026-09-10T09:00:00Z"),
    });
    const demandeId = await demandePrete(f, ["cantine"]);
    const t = await tarifierDemande(db, demandeId, MAINTENANT);
    expect(t.retenu).toMatchObject({ fiscal: { anneeRevenus: 2024, rfrEuros: 12000 }, automatique: true });
  });

  it("une grille sur le revenu imposable et une famille FranceConnect (RFR seul) : un agent examine, pas de tarif le plus élevé validé d'office", async () => {
    const db = base().prisma;
    const cantine = await db.activite.findUniqueOrThrow({ where: { id: (await demo.activite("cantine")).id } });
    const activite = await db.activite.create({
      data: {
        anneeScolaireId: cantine.anneeScolaireId,
        ecoleId: cantine.ecoleId,
        // Not "cantine": the other tests find the demo's canteen by its type.
        type: "autre",
        nom: "Repas du club (revenu imposable)",
        jours: [1, 2, 4, 5],
        uniteVente: "repas",
        capacite: 30,
      },
    });
    const grille = await db.grilleTarifaire.create({
      data: { activiteId: activite.id, anneeScolaireId: cantine.anneeScolaireId, nom: "Grille revenu imposable" },
    });
    await db.versionGrille.create({
      data: {
        grilleId: grille.id,
        numero: 1,
        statut: "publiee",
        publieeLe: MAINTENANT,
        definition: { ...GRILLE_CANTINE_QF, quotient: { ...GRILLE_CANTINE_QF.quotient, revenu: "revenu_imposable" } },
      },
    });
    const f = await famille(db);
    await instantane(db, f.foyerId, f.responsableId, { rfr: 30000, nbParts: 2 });
    const demandeId = await demandeEnCours(db, f.compteId, demo.anneeScolaireId);
    await choisirActivites(
      db,
      f.compteId,
      demandeId,
      [{ enfantId: f.enfants[0]!.id, activiteId: activite.id, frequence: "reguliere" }],
      MAINTENANT,
      6,
    );
    await db.demande.update({ where: { id: demandeId }, data: { voieTarification: "donnees_fiscales" } });
    const r = await soumettreDemande(db, f.compteId, demandeId, MAINTENANT);
    expect(r.statut).toBe("a_instruire");
    expect(r.inscriptions.map((i) => i.statut)).toEqual(["en_attente"]);
    const dossier = await db.dossier.findUniqueOrThrow({ where: { id: r.dossierId! } });
    expect(dossier.raisons).toEqual(["donnees_manquantes"]);
  });

  it("adresse fiscale hors du territoire : par défaut un agent examine (la famille l'a lu), pas de tarif non-résident validé d'office", async () => {
    const db = base().prisma;
    const f = await famille(db);
    await instantane(db, f.foyerId, f.responsableId, { rfr: 30000, nbParts: 2, codePostal: "75011", commune: "PARIS" });
    const demandeId = await demandePrete(f, ["cantine"]);
    const r = await soumettreDemande(db, f.compteId, demandeId, MAINTENANT);
    expect(r.statut).toBe("a_instruire");
    const dossier = await db.dossier.findUniqueOrThrow({ where: { id: r.dossierId! } });
    expect(dossier.raisons).toEqual(["adresse_hors_territoire"]);
  });

  it("adresse fiscale hors du territoire, la commune ayant choisi le tarif non-résident d'office : validée à ce tarif", async () => {
    const db = base().prisma;
    await db.collectivite.update({ where: { id: 1 }, data: { horsTerritoire: "tarif_non_resident" } });
    try {
      const f = await famille(db);
      await instantane(db, f.foyerId, f.responsableId, {
        rfr: 30000,
        nbParts: 2,
        codePostal: "75011",
        commune: "PARIS",
      });
      const demandeId = await demandePrete(f, ["accueil_soir"]);
      const t = await tarifierDemande(db, demandeId, MAINTENANT);
      expect(t.tarifs[0]?.tarif?.explication.situation.residenceAppliquee).toBe("non_resident");
      const r = await soumettreDemande(db, f.compteId, demandeId, MAINTENANT);
      expect(r).toMatchObject({ statut: "validee", dossierId: null });
    } finally {
      await db.collectivite.update({ where: { id: 1 }, data: { horsTerritoire: "examen_agent" } });
    }
  });

  it("est idempotente : un second envoi (double clic, nouvel essai) ne réserve rien de plus", async () => {
    const db = base().prisma;
    const f = await famille(db);
    await instantane(db, f.foyerId, f.responsableId, { rfr: 30000, nbParts: 2 });
    const demandeId = await demandePrete(f, ["cantine"]);
    const cantine = await demo.activite("cantine");
    const [a, b] = await Promise.all([
      soumettreDemande(db, f.compteId, demandeId, MAINTENANT),
      soumettreDemande(db, f.compteId, demandeId, MAINTENANT),
    ]);
    expect([a.dejaSoumise, b.dejaSoumise].sort()).toEqual([false, true]);
    const avant = (await db.activite.findUniqueOrThrow({ where: { id: cantine.id } })).placesReservees;
    const c = await soumettreDemande(db, f.compteId, demandeId, MAINTENANT);
    expect(c.dejaSoumise).toBe(true);
    expect((await db.activite.findUniqueOrThrow({ where: { id: cantine.id } })).placesReservees).toBe(avant);
    expect(await db.tarif.count({ where: { inscription: { demandeId } } })).toBe(1);
  });

  it("ouvre un dossier avec ses raisons quand une adresse est ambiguë, sans perdre la réservation", async () => {
    const db = base().prisma;
    const f = await famille(db);
    await instantane(db, f.foyerId, f.responsableId, {
      rfr: 28700,
      nbParts: 3,
      codePostal: "00110",
      commune: "HAMEAU DU LYS",
    });
    const demandeId = await demandePrete(f, ["cantine"]);
    const r = await soumettreDemande(db, f.compteId, demandeId, MAINTENANT);
    expect(r.statut).toBe("a_instruire");
    expect(r.inscriptions.map((i) => i.statut)).toEqual(["en_attente"]);
    const dossier = await db.dossier.findUniqueOrThrow({ where: { id: r.dossierId! } });
    expect(dossier).toMatchObject({ statut: "a_traiter", raisons: ["adresse_ambigue"] });
  });

  it("« sans tarification solidaire » : le tarif le plus élevé, validé aussitôt", async () => {
    const db = base().prisma;
    const f = await famille(db);
    const demandeId = await demandePrete(f, ["cantine"], "sans_tarification");
    const t = await tarifierDemande(db, demandeId, MAINTENANT);
    const r = await soumettreDemande(db, f.compteId, demandeId, MAINTENANT);
    expect(r.statut).toBe("validee");
    const tarif = await db.tarif.findFirstOrThrow({ where: { inscription: { demandeId } } });
    expect(tarif.montantCentimes).toBe(t.tarifs[0]!.tarif!.montantCentimes);
    // The highest bracket: no bracket of the grid costs more.
    const f2 = await famille(db);
    await instantane(db, f2.foyerId, f2.responsableId, { rfr: 0, nbParts: 1 });
    const d2 = await demandePrete(f2, ["cantine"]);
    expect((await tarifierDemande(db, d2, MAINTENANT)).tarifs[0]!.tarif!.montantCentimes).toBeLessThan(
      tarif.montantCentimes,
    );
  });

  it("compte sans identité certifiée (compte local) : « sans tarification solidaire » n'est jamais validé aussitôt, un agent décide", async () => {
    const db = base().prisma;
    const f = await famille(db);
    await db.compte.update({ where: { id: f.compteId }, data: { identiteCertifiee: false, franceConnectSub: null } });
    const demandeId = await demandePrete(f, ["cantine"], "sans_tarification");
    expect((await tarifierDemande(db, demandeId, MAINTENANT)).retenu).toMatchObject({
      raisons: ["compte_non_certifie"],
      automatique: false,
    });
    const r = await soumettreDemande(db, f.compteId, demandeId, MAINTENANT);
    expect(r.statut).toBe("a_instruire");
    expect(r.inscriptions.map((i) => i.statut)).toEqual(["en_attente"]);
    expect(await db.dossier.findUniqueOrThrow({ where: { id: r.dossierId! } })).toMatchObject({
      raisons: ["compte_non_certifie"],
    });
  });

  it("au-delà du nombre d'inscriptions permis par enfant sur l'année, toutes demandes comprises : refusé sur le choix", async () => {
    const db = base().prisma;
    const f = await famille(db);
    const [cantine, soir] = [await demo.activite("cantine"), await demo.activite("accueil_soir")];
    const enfantId = f.enfants[0]!.id;
    const choix = (...a: { id: string }[]) =>
      a.map((x) => ({ enfantId, activiteId: x.id, frequence: "reguliere" as const }));
    const d1 = await demandeEnCours(db, f.compteId, demo.anneeScolaireId);
    await expect(choisirActivites(db, f.compteId, d1, choix(cantine, soir), MAINTENANT, 1)).rejects.toMatchObject({
      code: "inscriptions_max",
      champ: "choix",
    });
    await choisirActivites(db, f.compteId, d1, choix(cantine), MAINTENANT, 1);
    await db.demande.update({ where: { id: d1 }, data: { voieTarification: "sans_tarification" } });
    await soumettreDemande(db, f.compteId, d1, MAINTENANT);
    const d2 = await demandeEnCours(db, f.compteId, demo.anneeScolaireId);
    await expect(choisirActivites(db, f.compteId, d2, choix(soir), MAINTENANT, 1)).rejects.toMatchObject({
      code: "inscriptions_max",
    });
    await choisirActivites(db, f.compteId, d2, choix(soir), MAINTENANT, 2);
  });

  it("avis d'imposition : sans avis déposé l'envoi est refusé ; avec, le dossier part en revue avec l'avis rattaché", async () => {
    const db = base().prisma;
    const f = await famille(db);
    const demandeId = await demandePrete(f, ["cantine"], "document");
    await expect(soumettreDemande(db, f.compteId, demandeId, MAINTENANT)).rejects.toThrow(/Déposez d'abord votre avis/);
    expect((await db.demande.findUniqueOrThrow({ where: { id: demandeId } })).statut).toBe("brouillon");
    const avis = await db.document.create({
      data: {
        foyerId: f.foyerId,
        type: "avis_imposition",
        nomFichier: "avis.pdf",
        typeMime: "application/pdf",
        taille: 1000,
        sha256: "0".repeat(64),
        deposeParId: f.compteId,
        expireLe: new Date(MAINTENANT.getTime() + 86_400_000),
      },
    });
    await db.consentement.create({
      data: { foyerId: f.foyerId, compteId: f.compteId, statut: "refuse", donnees: [], finalite: "test" },
    });
    const r = await soumettreDemande(db, f.compteId, demandeId, MAINTENANT);
    expect(r.statut).toBe("a_instruire");
    expect(r.inscriptions[0]!.statut).toBe("en_attente");
    const dossier = await db.dossier.findUniqueOrThrow({ where: { id: r.dossierId! } });
    expect(dossier.raisons).toEqual(["consentement_refuse", "document_depose"]);
    expect((await db.document.findUniqueOrThrow({ where: { id: avis.id } })).dossierId).toBe(dossier.id);
  });

  it("refuse l'envoi de la demande d'une autre famille", async () => {
    const db = base().prisma;
    const f = await famille(db);
    const autre = await famille(db);
    const demandeId = await demandePrete(f, ["cantine"], "sans_tarification");
    await expect(soumettreDemande(db, autre.compteId, demandeId, MAINTENANT)).rejects.toThrow(
      "Cette demande est introuvable.",
    );
    await expect(choisirActivites(db, autre.compteId, demandeId, [], MAINTENANT, 6)).rejects.toThrow("introuvable");
  });

  describe("places", () => {
    it("met en liste d'attente quand l'activité est pleine, et n'inscrit pas deux fois un enfant", async () => {
      const db = base().prisma;
      const mercredi = await db.activite.create({
        data: {
          type: "mercredi",
          nom: "Stage complet",
          jours: [3],
          uniteVente: "journee",
          capacite: 1,
          anneeScolaireId: demo.anneeScolaireId,
        },
      });
      const grille = await db.grilleTarifaire.findFirstOrThrow({
        where: { activite: { type: "mercredi", nom: { not: "Stage complet" } } },
        include: { versions: true },
      });
      const g = await db.grilleTarifaire.create({
        data: { activiteId: mercredi.id, anneeScolaireId: demo.anneeScolaireId, nom: "Stage" },
      });
      await db.versionGrille.create({
        data: { grilleId: g.id, numero: 1, statut: "publiee", definition: grille.versions[0]!.definition as object },
      });
      const [f1, f2] = [await famille(db), await famille(db)];
      const soumettre = async (f: typeof f1) => {
        const id = await demandeEnCours(db, f.compteId, demo.anneeScolaireId);
        await choisirActivites(
          db,
          f.compteId,
          id,
          [{ enfantId: f.enfants[0]!.id, activiteId: mercredi.id, frequence: "reguliere" }],
          MAINTENANT,
          6,
        );
        await db.demande.update({ where: { id }, data: { voieTarification: "sans_tarification" } });
        return soumettreDemande(db, f.compteId, id, MAINTENANT);
      };
      expect((await soumettre(f1)).inscriptions[0]!.statut).toBe("validee");
      expect((await soumettre(f2)).inscriptions[0]!.statut).toBe("liste_attente");
      const d = await demandeEnCours(db, f1.compteId, demo.anneeScolaireId);
      await expect(
        choisirActivites(
          db,
          f1.compteId,
          d,
          [{ enfantId: f1.enfants[0]!.id, activiteId: mercredi.id, frequence: "reguliere" }],
          MAINTENANT,
          6,
        ),
      ).rejects.toThrow(/déjà inscrit/);
    });
  });
});
