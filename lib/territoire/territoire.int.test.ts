import { expect, it } from "vitest";
import { ZodError } from "zod";

import { creerEcole } from "@/lib/activites/ecoles.mutation";
import { ErreurMetier } from "@/lib/server/erreurs";
import { surLesDeuxBases } from "@/tests/support/bases";
import { nouvelAdmin } from "@/tests/support/jeu-admin";
import { enregistrerCommune, supprimerCommune } from "./communes.mutation";
import { lireCommune, listerCommunes } from "./communes.query";
import { residenceDeLAdresse } from "./residence.query";

surLesDeuxBases("territoire : communes et résidence", (base) => {
  const admin = nouvelAdmin();

  it("enregistre les communes du territoire et résout une adresse fiscale contre elles", async () => {
    const db = base().prisma;
    await enregistrerCommune(db, admin, { codeInsee: "00101", nom: "Bellecombe-sur-Lys", codesPostaux: "00100" });
    await enregistrerCommune(db, admin, { codeInsee: "00102", nom: "Saint-Amand-de-Lys", codesPostaux: ["00110"] });
    await enregistrerCommune(db, admin, { codeInsee: "00103", nom: "Les Aulnes", codesPostaux: "00110, 00110" });
    expect((await listerCommunes(db)).map((c) => [c.codeInsee, c.codesPostaux])).toEqual([
      ["00101", ["00100"]],
      ["00103", ["00110"]],
      ["00102", ["00110"]],
    ]);
    expect(await residenceDeLAdresse(db, { codePostal: "00110", commune: "ST AMAND DE LYS" })).toEqual({
      statut: "resident",
      commune: { codeInsee: "00102", nom: "Saint-Amand-de-Lys" },
    });
    expect(await residenceDeLAdresse(db, { codePostal: "00110", commune: "HAMEAU DU LYS" })).toMatchObject({
      statut: "a_verifier",
      motif: "code_postal_partage",
    });
    expect(await residenceDeLAdresse(db, { codePostal: "00200", commune: "VIEUX MOULIN" })).toEqual({
      statut: "non_resident",
    });
  });

  it("modifie une commune par son code INSEE, et refuse de supprimer une commune qui a des écoles", async () => {
    const db = base().prisma;
    await enregistrerCommune(db, admin, { codeInsee: "00104", nom: "Lys-Haut", codesPostaux: "00120" });
    await enregistrerCommune(db, admin, { codeInsee: "00104", nom: "Lys-Haut", codesPostaux: "00120 00121" });
    expect(await db.commune.findUnique({ where: { codeInsee: "00104" }, select: { codesPostaux: true } })).toEqual({
      codesPostaux: ["00120", "00121"],
    });
    await creerEcole(db, admin, { nom: "École du Haut", communeCodeInsee: "00104" });
    await expect(supprimerCommune(db, admin, "00104")).rejects.toMatchObject({ code: "commune_utilisee" });
    await enregistrerCommune(db, admin, { codeInsee: "00105", nom: "Lys-Bas", codesPostaux: "00130" });
    await supprimerCommune(db, admin, "00105");
    await expect(supprimerCommune(db, admin, "00105")).rejects.toBeInstanceOf(ErreurMetier);
    const actions = await db.journalAudit.findMany({
      where: { cibleType: "Commune", cibleId: { in: ["00104", "00105"] } },
      orderBy: { creeLe: "asc" },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual([
      "territoire.commune.ajouter",
      "territoire.commune.modifier",
      "territoire.commune.ajouter",
      "territoire.commune.supprimer",
    ]);
  });

  it("depuis les formulaires d'administration : « ajouter » n'écrase pas une commune existante, « modifier » n'en crée pas", async () => {
    const db = base().prisma;
    await enregistrerCommune(db, admin, { codeInsee: "00106", nom: "Lys-Neuf", codesPostaux: "00140" }, "nouvelle");
    await expect(
      enregistrerCommune(db, admin, { codeInsee: "00106", nom: "Faute de frappe", codesPostaux: "00999" }, "nouvelle"),
    ).rejects.toMatchObject({
      code: "commune_existante",
      champ: "codeInsee",
      message: "Le code 00106 est déjà celui de Lys-Neuf : modifiez cette commune plutôt",
    });
    await expect(
      enregistrerCommune(db, admin, { codeInsee: "00107", nom: "Inconnue", codesPostaux: "00150" }, "existante"),
    ).rejects.toMatchObject({ code: "commune_introuvable" });
    await enregistrerCommune(db, admin, { codeInsee: "00106", nom: "Lys-Neuf", codesPostaux: "00141" }, "existante");
    expect(await lireCommune(db, "00106")).toEqual({
      codeInsee: "00106",
      nom: "Lys-Neuf",
      codesPostaux: ["00141"],
      ecoles: 0,
    });
    expect(await lireCommune(db, "00107")).toBeNull();
  });

  it("refuse un code INSEE ou un code postal mal formé, avec le champ en cause", async () => {
    const db = base().prisma;
    const e = await enregistrerCommune(db, admin, { codeInsee: "1234", nom: "X", codesPostaux: "1000" }).catch(
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(ZodError);
    expect((e as ZodError).issues.map((i) => i.path.join("."))).toEqual(["codeInsee", "codesPostaux.0"]);
  });
});
