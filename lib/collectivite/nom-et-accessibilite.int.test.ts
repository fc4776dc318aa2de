// Issue 22 §3–§4: the collectivité's name with its article, and the accessibility statement, both set by the admin.
import { expect, it } from "vitest";
import { ZodError } from "zod";

import { surLesDeuxBases } from "@/tests/support/bases";
import { nouvelAdmin } from "@/tests/support/jeu-admin";
import { enregistrerDeclarationAccessibilite } from "./accessibilite.mutation";
import { lireDeclarationAccessibilite } from "./accessibilite.query";
import { modifierCollectivite } from "./collectivite.mutation";
import { lireNomCollectivite } from "./collectivite.query";

surLesDeuxBases("collectivité : nom avec son article, déclaration d'accessibilité", (base) => {
  const admin = nouvelAdmin();

  it("le nom et son article saisis par l'admin donnent chaque forme du nom ; « aucun » article élide « de »", async () => {
    const db = base().prisma;
    expect((await lireNomCollectivite(db)).de).toBe("de la collectivité");
    const saisie = { nom: "Syndicat scolaire des Deux Rives", politiqueAnneeFiscale: "n_moins_1" };
    await modifierCollectivite(db, admin, { ...saisie, article: "le" });
    expect(await lireNomCollectivite(db)).toMatchObject({
      de: "du Syndicat scolaire des Deux Rives",
      a: "au Syndicat scolaire des Deux Rives",
    });
    await modifierCollectivite(db, admin, { ...saisie, nom: "Amiens Métropole", article: "aucun" });
    expect(await db.collectivite.findUniqueOrThrow({ where: { id: 1 }, select: { article: true } })).toEqual({
      article: "",
    });
    expect((await lireNomCollectivite(db)).de).toBe("d'Amiens Métropole");
    await expect(modifierCollectivite(db, admin, { ...saisie, article: "der" })).rejects.toBeInstanceOf(ZodError);
  });

  it("la déclaration d'accessibilité : enregistrée entière, journalisée ; un taux sans audit est refusé", async () => {
    const db = base().prisma;
    expect(await lireDeclarationAccessibilite(db)).toBeNull();
    const saisie = {
      etablieLe: "2026-11-30",
      auditRealisePar: "Access42",
      auditLe: "2026-10-15",
      tauxConformite: "87",
      nonConformites: "Cartes des écoles\nAnciens PDF",
      derogations: "",
      horsObligation: "Documents bureautiques publiés avant le 23 septembre 2018",
      contactCourriel: "accessibilite@val-de-lys.test",
      contactAutre: "Accueil, 1 place de la Mairie, 62990 Val-de-Lys",
      schemaPluriannuel: "https://val-de-lys.test/schema-accessibilite-2026-2028.pdf",
      planActionAnnee: "",
    };
    await enregistrerDeclarationAccessibilite(db, admin, saisie);
    expect(await lireDeclarationAccessibilite(db)).toMatchObject({
      etablieLe: new Date("2026-11-30T00:00:00Z"),
      auditLe: new Date("2026-10-15T00:00:00Z"),
      tauxConformite: 87,
      nonConformites: "Cartes des écoles\nAnciens PDF",
      planActionAnnee: null,
    });
    expect(await db.journalAudit.count({ where: { action: "accessibilite.modifier" } })).toBe(1);
    await expect(
      enregistrerDeclarationAccessibilite(db, admin, { ...saisie, auditLe: "", auditRealisePar: "" }),
    ).rejects.toBeInstanceOf(ZodError);
    await expect(
      enregistrerDeclarationAccessibilite(db, admin, { ...saisie, contactCourriel: "pas-une-adresse" }),
    ).rejects.toBeInstanceOf(ZodError);
    expect((await lireDeclarationAccessibilite(db))?.tauxConformite).toBe(87);
  });
});
