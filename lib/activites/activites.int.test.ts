import { expect, it } from "vitest";
import { ZodError } from "zod";

import { GRILLE_CANTINE_QF } from "@/lib/tarifs/domain/grilles-demo";
import { creerGrille } from "@/lib/tarifs/grilles.mutation";
import { surLesDeuxBases } from "@/tests/support/bases";
import { jeuAdmin, nouvelAdmin } from "@/tests/support/jeu-admin";
import { archiverActivite, creerActivite, modifierActivite } from "./activites.mutation";
import { lireActivite, listerActivites } from "./activites.query";
import { creerAnneeScolaire, modifierAnneeScolaire, supprimerAnneeScolaire } from "./annees-scolaires.mutation";
import { listerAnneesScolaires } from "./annees-scolaires.query";
import { creerEcole, supprimerEcole } from "./ecoles.mutation";
import { listerEcoles } from "./ecoles.query";

/** The ZodError a promise rejects with (fails the test if it resolves or rejects otherwise). */
async function rejetZod(p: Promise<unknown>): Promise<ZodError> {
  const e = await p.then(
    () => new Error("rejet attendu"),
    (x: unknown) => x,
  );
  if (!(e instanceof ZodError)) throw e;
  return e;
}

const champsActivite = {
  nom: "Accueil du soir",
  type: "accueil_soir",
  jours: ["1", "2", "4", "5"],
  uniteVente: "heure",
  capacite: "40",
};

surLesDeuxBases("années scolaires, écoles et activités", (base) => {
  it("crée une année scolaire, refuse un doublon et des dates incohérentes", async () => {
    const db = base().prisma;
    const admin = nouvelAdmin();
    const a = await creerAnneeScolaire(db, admin, { libelle: "2026-2027", debut: "2026-09-01", fin: "2027-07-03" });
    expect(a.debut.toISOString()).toBe("2026-09-01T00:00:00.000Z");
    await expect(
      creerAnneeScolaire(db, admin, { libelle: "2026-2027", debut: "2026-09-02", fin: "2027-07-03" }),
    ).rejects.toMatchObject({ code: "annee_existante", champ: "libelle" });
    const e = await rejetZod(
      creerAnneeScolaire(db, admin, { libelle: "2027-2029", debut: "2028-09-01", fin: "2028-07-01" }),
    );
    expect(e.issues.map((i) => i.path.join("."))).toEqual(["libelle", "fin", "debut"]);
    await modifierAnneeScolaire(db, admin, a.id, { libelle: "2026-2027", debut: "2026-09-01", fin: "2027-07-04" });
    expect(
      (await listerAnneesScolaires(db))
        .find((x) => x.id === a.id)
        ?.fin.toISOString()
        .slice(0, 10),
    ).toBe("2027-07-04");
  });

  it("une année créée par erreur se supprime tant qu'aucune activité n'y appartient (issue 22)", async () => {
    const db = base().prisma;
    const { acteur, annee, activite } = await jeuAdmin(db);
    const erreur = await creerAnneeScolaire(db, acteur, {
      libelle: "2090-2091",
      debut: "2090-09-01",
      fin: "2091-07-04",
    });
    expect(await supprimerAnneeScolaire(db, acteur, erreur.id)).toBe("2090-2091");
    expect((await listerAnneesScolaires(db)).map((a) => a.libelle)).not.toContain("2090-2091");
    await expect(supprimerAnneeScolaire(db, acteur, erreur.id)).rejects.toMatchObject({ code: "annee_introuvable" });
    await activite("Cantine", "repas");
    await expect(supprimerAnneeScolaire(db, acteur, annee.id)).rejects.toMatchObject({ code: "annee_utilisee" });
    expect((await listerAnneesScolaires(db)).map((a) => a.id)).toContain(annee.id);
  });

  it("une école doit être dans une commune du territoire ; elle ne se supprime pas si des activités y sont", async () => {
    const db = base().prisma;
    const { acteur, ecole, activite } = await jeuAdmin(db);
    await expect(creerEcole(db, acteur, { nom: "Hors territoire", communeCodeInsee: "00200" })).rejects.toMatchObject({
      code: "commune_hors_territoire",
      champ: "communeCodeInsee",
    });
    await activite("Cantine", "repas");
    await expect(supprimerEcole(db, acteur, ecole.id)).rejects.toMatchObject({ code: "ecole_utilisee" });
    expect((await listerEcoles(db)).find((e) => e.id === ecole.id)).toMatchObject({
      activites: 1,
      enfants: 0,
      commune: { codeInsee: "00101" },
    });
  });

  it("crée une activité avec ses jours, son unité, sa capacité et sa fenêtre d'inscription (heure de Paris)", async () => {
    const db = base().prisma;
    const { acteur, annee, ecole } = await jeuAdmin(db);
    const a = await creerActivite(db, acteur, {
      ...champsActivite,
      anneeScolaireId: annee.id,
      ecoleId: ecole.id,
      jours: ["5", "1", "1"],
      ouvertureInscriptions: "2026-06-01T08:00",
      fermetureInscriptions: "2026-12-15T18:00",
    });
    const lue = await lireActivite(db, a.id);
    expect(lue).toMatchObject({
      jours: [1, 5],
      uniteVente: "heure",
      capacite: 40,
      placesReservees: 0,
      grilleId: null,
      versionPubliee: null,
      ecole: { id: ecole.id },
    });
    expect(lue?.ouvertureInscriptions?.toISOString()).toBe("2026-06-01T06:00:00.000Z"); // summer time: UTC+2
    expect(lue?.fermetureInscriptions?.toISOString()).toBe("2026-12-15T17:00:00.000Z"); // winter time: UTC+1
    const fenetre = await rejetZod(
      creerActivite(db, acteur, {
        ...champsActivite,
        anneeScolaireId: annee.id,
        ouvertureInscriptions: "2026-06-01T08:00",
        fermetureInscriptions: "2026-05-01T08:00",
      }),
    );
    expect(fenetre.issues.map((i) => i.path.join("."))).toEqual(["fermetureInscriptions"]);
  });

  it("la capacité ne descend pas sous les places réservées ; l'unité reste celle de la grille ; archiver retire de la liste", async () => {
    const db = base().prisma;
    const { acteur, annee, activite } = await jeuAdmin(db);
    const a = await activite("Cantine", "repas");
    await db.activite.update({ where: { id: a.id }, data: { placesReservees: 30 } });
    const modification = { ...champsActivite, nom: "Cantine", type: "cantine", uniteVente: "repas" };
    await expect(modifierActivite(db, acteur, a.id, { ...modification, capacite: "29" })).rejects.toMatchObject({
      code: "capacite_insuffisante",
      champ: "capacite",
      message: "30 places sont déjà réservées : la capacité ne peut pas descendre en dessous",
    });
    expect((await modifierActivite(db, acteur, a.id, { ...modification, capacite: "30" })).capacite).toBe(30);

    await creerGrille(db, acteur, { activiteId: a.id, nom: "Cantine", definition: GRILLE_CANTINE_QF });
    await expect(
      modifierActivite(db, acteur, a.id, { ...modification, capacite: "30", uniteVente: "heure" }),
    ).rejects.toMatchObject({ code: "unite_differente_de_la_grille", champ: "uniteVente" });

    await archiverActivite(db, acteur, a.id);
    await expect(archiverActivite(db, acteur, a.id)).rejects.toMatchObject({ code: "activite_introuvable" });
    expect((await listerActivites(db, { anneeScolaireId: annee.id })).map((x) => x.id)).not.toContain(a.id);
    expect(
      (await listerActivites(db, { anneeScolaireId: annee.id, inclureArchivees: true })).map((x) => x.id),
    ).toContain(a.id);
    const actions = await db.journalAudit.findMany({
      where: { cibleId: a.id },
      orderBy: { creeLe: "asc" },
      select: { action: true, acteurId: true },
    });
    expect(actions).toEqual(
      ["activite.creer", "activite.modifier", "activite.archiver"].map((action) => ({ action, acteurId: acteur.id })),
    );
  });
});
