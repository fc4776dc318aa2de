import { expect, it } from "vitest";
import { ZodError } from "zod";

import { lireParametresFiscaux } from "@/lib/fiscal/parametres-fiscaux.query";
import { surLesDeuxBases } from "@/tests/support/bases";
import { nouvelAdmin } from "@/tests/support/jeu-admin";
import { enregistrerDateTaxation, supprimerDateTaxation } from "./calendrier-taxation.mutation";
import { listerCalendrierTaxation } from "./calendrier-taxation.query";
import { modifierCollectivite } from "./collectivite.mutation";

surLesDeuxBases("collectivité : politique d'année fiscale et calendrier de taxation", (base) => {
  const admin = nouvelAdmin();

  it("fixe la politique d'année fiscale et le calendrier de taxation (une date par ressource et année)", async () => {
    const db = base().prisma;
    expect(await db.collectivite.count()).toBe(0);
    await modifierCollectivite(db, admin, {
      nom: "Bellecombe-sur-Lys",
      politiqueAnneeFiscale: "n_moins_1_sinon_n_moins_2",
    });
    // By default an out-of-territory address goes to an agent's review.
    expect(await db.collectivite.findUnique({ where: { id: 1 }, select: { horsTerritoire: true } })).toEqual({
      horsTerritoire: "examen_agent",
    });
    await modifierCollectivite(db, admin, {
      nom: "Bellecombe-sur-Lys",
      politiqueAnneeFiscale: "n_moins_2",
      horsTerritoire: "tarif_non_resident",
    });
    expect(
      await db.collectivite.findUnique({
        where: { id: 1 },
        select: { nom: true, politiqueAnneeFiscale: true, horsTerritoire: true },
      }),
    ).toEqual({ nom: "Bellecombe-sur-Lys", politiqueAnneeFiscale: "n_moins_2", horsTerritoire: "tarif_non_resident" });
    const audit = await db.journalAudit.findFirst({
      where: { action: "collectivite.modifier" },
      orderBy: { creeLe: "desc" },
      select: { details: true },
    });
    expect(audit?.details).toEqual({
      politiqueAvant: "n_moins_1_sinon_n_moins_2",
      politique: "n_moins_2",
      scopesFranceConnect: [],
      horsTerritoire: "tarif_non_resident",
    });

    await enregistrerDateTaxation(db, admin, { anneeRevenus: "2025", dateTaxation: "2026-07-24" });
    const l = await enregistrerDateTaxation(db, admin, { anneeRevenus: 2025, dateTaxation: "2026-07-28" });
    await enregistrerDateTaxation(db, admin, {
      ressource: "ir_factures",
      anneeRevenus: 2025,
      dateTaxation: "2026-08-10",
    });
    const calendrier = await listerCalendrierTaxation(db);
    expect(calendrier.map((c) => [c.ressource, c.anneeRevenus, c.dateTaxation.toISOString().slice(0, 10)])).toEqual([
      ["ir_assiettes", 2025, "2026-07-28"],
      ["ir_factures", 2025, "2026-08-10"],
    ]);
    await expect(
      enregistrerDateTaxation(db, admin, { anneeRevenus: 2025, dateTaxation: "2025-07-28" }),
    ).rejects.toBeInstanceOf(ZodError);
    await supprimerDateTaxation(db, admin, l.id);
    await expect(supprimerDateTaxation(db, admin, l.id)).rejects.toMatchObject({ code: "date_introuvable" });
  });

  it("fixe les scopes FranceConnect de l'habilitation : un par ligne, sans doublon ; refuse un scope d'année ou étranger", async () => {
    const db = base().prisma;
    await modifierCollectivite(db, admin, {
      nom: "Bellecombe-sur-Lys",
      politiqueAnneeFiscale: "n_moins_2",
      scopesFranceConnect: "dgfip_rfr\r\ndgfip_nbpart\n\ndgfip_rfr dgfip_pac_nbPac",
    });
    expect(await lireParametresFiscaux(db)).toMatchObject({
      scopesFranceConnect: ["dgfip_rfr", "dgfip_nbpart", "dgfip_pac_nbPac"],
    });
    for (const scopesFranceConnect of ["dgfip_rfr dgfip_annee_n_moins_1", "dgfip_rfr cnaf_quotient_familial"])
      await expect(
        modifierCollectivite(db, admin, { nom: "Bellecombe", politiqueAnneeFiscale: "n_moins_2", scopesFranceConnect }),
      ).rejects.toBeInstanceOf(ZodError);
    // Emptied: the default list again.
    await modifierCollectivite(db, admin, {
      nom: "Bellecombe",
      politiqueAnneeFiscale: "n_moins_2",
      scopesFranceConnect: "",
    });
    expect((await lireParametresFiscaux(db)).scopesFranceConnect).toEqual([]);
  });

  it("identité : SIRET (14 chiffres, clé de Luhn), logo (chemin local d'une image), couleur (contraste vérifié)", async () => {
    const db = base().prisma;
    const saisie = { nom: "Bellecombe-sur-Lys", politiqueAnneeFiscale: "n_moins_2" };
    const identite = () =>
      db.collectivite.findUnique({
        where: { id: 1 },
        select: { siret: true, logoChemin: true, couleurPrimaire: true },
      });
    const refus = async (champs: Record<string, string>) => {
      const e = await modifierCollectivite(db, admin, { ...saisie, ...champs }).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(ZodError);
      return (e as ZodError).issues.map((i) => [i.path.join("."), i.message]);
    };

    expect(await refus({ siret: "21750001600018" })).toEqual([
      ["siret", "SIRET : 14 chiffres dont le dernier est une clé de contrôle ; vérifiez la saisie"],
    ]);
    expect((await refus({ siret: "2175000160001" }))[0]?.[0]).toBe("siret");
    expect((await refus({ logoChemin: "https://exemple.fr/logo.png" }))[0]?.[0]).toBe("logoChemin");
    expect(await refus({ couleurPrimaire: "#2563eb" })).toEqual([
      [
        "couleurPrimaire",
        "Couleur : contraste de 4,2:1 seulement sur les fonds clairs du portail ; il faut au moins 4,5:1 pour que les textes restent lisibles. Choisissez une couleur plus foncée.",
      ],
    ]);

    await modifierCollectivite(db, admin, {
      ...saisie,
      siret: "217 500 016 00019",
      logoChemin: "/logos/bellecombe.png",
      couleurPrimaire: "#0066CC",
    });
    expect(await identite()).toEqual({
      siret: "21750001600019",
      logoChemin: "/logos/bellecombe.png",
      couleurPrimaire: "#0066cc",
    });
    const audit = await db.journalAudit.findFirst({
      where: { action: "collectivite.modifier" },
      orderBy: { creeLe: "desc" },
      select: { details: true },
    });
    expect(audit?.details).toMatchObject({
      siret: "21750001600019",
      logoChemin: "/logos/bellecombe.png",
      couleurPrimaire: "#0066cc",
    });
    // A form without these fields leaves them; emptied fields remove them.
    await modifierCollectivite(db, admin, saisie);
    expect((await identite())?.siret).toBe("21750001600019");
    await modifierCollectivite(db, admin, { ...saisie, siret: "", logoChemin: " ", couleurPrimaire: "" });
    expect(await identite()).toEqual({ siret: null, logoChemin: null, couleurPrimaire: null });
  });
});
