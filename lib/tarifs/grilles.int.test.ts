import { expect, it } from "vitest";

import { ErreurMetier } from "@/lib/server/erreurs";
import { surLesDeuxBases } from "@/tests/support/bases";
import { jeuAdmin } from "@/tests/support/jeu-admin";
import { GRILLE_CANTINE_FRATRIE, GRILLE_CANTINE_QF, GRILLE_PERISCOLAIRE_HORAIRE } from "./domain/grilles-demo";
import { brouillonDepuisPubliee, creerGrille, enregistrerBrouillon, supprimerBrouillon } from "./grilles.mutation";
import { lireGrille, lireVersion, versionPublieeDeLActivite } from "./grilles.query";
import { publierVersion } from "./publier-version.mutation";
import { lireVersionDeGrille } from "./version-admin.query";

const erreur = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    if (e instanceof ErreurMetier) return { code: e.code, message: e.message, champ: e.champ, problemes: e.problemes };
    throw e;
  }
  throw new Error("une ErreurMetier était attendue");
};

surLesDeuxBases("grilles tarifaires : brouillon → publiée → archivée", (base) => {
  it("crée une grille avec son premier brouillon, et le journalise", async () => {
    const db = base().prisma;
    const { acteur, activite } = await jeuAdmin(db);
    const a = await activite("Cantine", "repas");
    const { grilleId, version } = await creerGrille(db, acteur, {
      activiteId: a.id,
      nom: "Cantine QF",
      definition: GRILLE_CANTINE_QF,
    });
    expect(version).toMatchObject({ numero: 1, statut: "brouillon" });
    expect((await lireVersion(db, version.id))?.definition).toEqual(GRILLE_CANTINE_QF);
    const audit = await db.journalAudit.findMany({
      where: { cibleId: grilleId },
      select: { action: true, acteurId: true, acteurRole: true, details: true },
    });
    expect(audit).toEqual([
      {
        action: "grille.creer",
        acteurId: acteur.id,
        acteurRole: "admin",
        details: { activiteId: a.id, mode: "tranches" },
      },
    ]);
  });

  it("refuse une définition invalide en rendant les problèmes par champ, et ne crée rien", async () => {
    const db = base().prisma;
    const { acteur, activite } = await jeuAdmin(db);
    const a = await activite("Cantine", "repas");
    const invalide = structuredClone(GRILLE_CANTINE_QF);
    if (invalide.bareme.type === "tranches") invalide.bareme.tranches[1]!.minCentimes = 50000;
    const e = await erreur(creerGrille(db, acteur, { activiteId: a.id, nom: "Cantine", definition: invalide }));
    expect(e.code).toBe("definition_invalide");
    expect(e.problemes).toContainEqual({
      chemin: ["bareme", "tranches", 1, "minCentimes"],
      message: expect.stringMatching(/^Chevauche la tranche 1/),
    });
    expect(await db.grilleTarifaire.count({ where: { activiteId: a.id } })).toBe(0);
  });

  it("refuse une grille horaire pour une activité vendue au repas, et une deuxième grille pour la même activité", async () => {
    const db = base().prisma;
    const { acteur, activite } = await jeuAdmin(db);
    const a = await activite("Cantine", "repas");
    expect(
      await erreur(creerGrille(db, acteur, { activiteId: a.id, nom: "x", definition: GRILLE_PERISCOLAIRE_HORAIRE })),
    ).toMatchObject({ code: "unite_differente", champ: "unite" });
    await creerGrille(db, acteur, { activiteId: a.id, nom: "Cantine", definition: GRILLE_CANTINE_QF });
    expect(
      await erreur(creerGrille(db, acteur, { activiteId: a.id, nom: "Bis", definition: GRILLE_CANTINE_QF })),
    ).toMatchObject({ code: "grille_existante" });
  });

  it("une version publiée n'est jamais modifiée : la modifier crée un brouillon, publier archive l'ancienne, un prix fixé garde sa version", async () => {
    const db = base().prisma;
    const { acteur, activite } = await jeuAdmin(db);
    const a = await activite("Cantine", "repas");
    const { grilleId, version: v1 } = await creerGrille(db, acteur, {
      activiteId: a.id,
      nom: "Cantine",
      definition: GRILLE_CANTINE_QF,
    });
    await publierVersion(db, acteur, v1.id);

    // A family's price is fixed on version 1.
    const foyer = await db.foyer.create({ data: {}, select: { id: true } });
    const enfant = await db.enfant.create({
      data: { foyerId: foyer.id, prenom: "Léa", nom: "Test", dateNaissance: new Date("2017-03-01") },
      select: { id: true },
    });
    const inscription = await db.inscription.create({
      data: { enfantId: enfant.id, activiteId: a.id, statut: "validee" },
      select: { id: true },
    });
    const tarif = await db.tarif.create({
      data: {
        inscriptionId: inscription.id,
        versionGrilleId: v1.id,
        montantCentimes: 235,
        uniteVente: "repas",
        explication: {},
      },
      select: { id: true },
    });

    const v2 = await enregistrerBrouillon(db, acteur, { grilleId, definition: GRILLE_CANTINE_FRATRIE });
    expect(v2).toMatchObject({ numero: 2, statut: "brouillon" });
    expect((await lireVersion(db, v1.id))?.definition).toEqual(GRILLE_CANTINE_QF);
    // Saving again edits the same draft, no third version.
    const encore = await enregistrerBrouillon(db, acteur, {
      grilleId,
      definition: { ...GRILLE_CANTINE_FRATRIE, arrondi: "inferieur" },
    });
    expect(encore.id).toBe(v2.id);
    expect((await lireVersion(db, v2.id))?.definition.arrondi).toBe("inferieur");

    const pub = await publierVersion(db, acteur, v2.id, new Date("2101-01-05T10:00:00Z"));
    expect(pub.archivees.map((x) => x.id)).toEqual([v1.id]);
    const g = await lireGrille(db, grilleId);
    expect(g?.versions.map((v) => [v.numero, v.statut, v.tarifsFixes])).toEqual([
      [2, "publiee", 0],
      [1, "archivee", 1],
    ]);
    expect(
      await db.tarif.findUnique({ where: { id: tarif.id }, select: { versionGrilleId: true, montantCentimes: true } }),
    ).toEqual({ versionGrilleId: v1.id, montantCentimes: 235 });
    expect(await versionPublieeDeLActivite(db, a.id)).toMatchObject({ versionId: v2.id, numero: 2 });

    // Neither a published nor an archived version can be published again or deleted.
    expect(await erreur(publierVersion(db, acteur, v2.id))).toMatchObject({
      code: "version_non_brouillon",
      message: "Cette version est déjà publiée",
    });
    expect(await erreur(publierVersion(db, acteur, v1.id))).toMatchObject({ code: "version_non_brouillon" });
    expect(await erreur(supprimerBrouillon(db, acteur, v1.id))).toMatchObject({ code: "version_non_brouillon" });

    const actions = await db.journalAudit.findMany({
      where: { OR: [{ cibleId: grilleId }, { cibleId: { in: [v1.id, v2.id] } }] },
      orderBy: { creeLe: "asc" },
      select: { action: true },
    });
    expect(actions.map((x) => x.action)).toEqual([
      "grille.creer",
      "grille.version.publier",
      "grille.brouillon.enregistrer",
      "grille.brouillon.enregistrer",
      "grille.version.publier",
    ]);
  });

  it("un brouillon repris de la version publiée en copie la définition ; il peut être supprimé", async () => {
    const db = base().prisma;
    const { acteur, activite } = await jeuAdmin(db);
    const a = await activite("Cantine", "repas");
    const { grilleId, version: v1 } = await creerGrille(db, acteur, {
      activiteId: a.id,
      nom: "Cantine",
      definition: GRILLE_CANTINE_FRATRIE,
    });
    expect(await erreur(brouillonDepuisPubliee(db, acteur, grilleId))).toMatchObject({
      code: "aucune_version_publiee",
    });
    await publierVersion(db, acteur, v1.id);
    const b = await brouillonDepuisPubliee(db, acteur, grilleId);
    expect(b.numero).toBe(2);
    expect((await lireVersion(db, b.id))?.definition).toEqual(GRILLE_CANTINE_FRATRIE);
    expect((await brouillonDepuisPubliee(db, acteur, grilleId)).id).toBe(b.id);
    await supprimerBrouillon(db, acteur, b.id);
    expect((await lireGrille(db, grilleId))?.versions.map((v) => v.statut)).toEqual(["publiee"]);
  });

  it("deux publications simultanées du même brouillon : une seule passe", async () => {
    const db = base().prisma;
    const { acteur, activite } = await jeuAdmin(db);
    const a = await activite("Cantine", "repas");
    const { grilleId, version } = await creerGrille(db, acteur, {
      activiteId: a.id,
      nom: "Cantine",
      definition: GRILLE_CANTINE_QF,
    });
    const issues = await Promise.allSettled([
      publierVersion(db, acteur, version.id),
      publierVersion(db, acteur, version.id),
    ]);
    expect(issues.map((i) => i.status).sort()).toEqual(["fulfilled", "rejected"]);
    const rejet = issues.find((i) => i.status === "rejected") as PromiseRejectedResult;
    expect(rejet.reason).toBeInstanceOf(ErreurMetier);
    expect(await db.versionGrille.count({ where: { grilleId, statut: "publiee" } })).toBe(1);
  });

  it("les pages d'administration ne lisent une version que sous sa propre grille", async () => {
    const db = base().prisma;
    const { acteur, activite } = await jeuAdmin(db);
    const g1 = await creerGrille(db, acteur, {
      activiteId: (await activite("Cantine A", "repas")).id,
      nom: "A",
      definition: GRILLE_CANTINE_QF,
    });
    const g2 = await creerGrille(db, acteur, {
      activiteId: (await activite("Cantine B", "repas")).id,
      nom: "B",
      definition: GRILLE_CANTINE_QF,
    });
    expect(await lireVersionDeGrille(db, g1.grilleId, g1.version.id)).toMatchObject({
      grille: { id: g1.grilleId },
      version: { id: g1.version.id, statut: "brouillon" },
      brouillon: { id: g1.version.id },
    });
    expect(await lireVersionDeGrille(db, g2.grilleId, g1.version.id)).toBeNull();
  });
});
