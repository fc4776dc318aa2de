import { expect, it } from "vitest";
import { ZodError } from "zod";
import { creerEcole } from "@/lib/activites/ecoles.mutation";
import { ErreurMetier } from "@/lib/commun/erreur-metier";
import { surLesDeuxBases } from "@/tests/support/bases";
import { nouvelAdmin } from "@/tests/support/jeu-admin";
import { lireCollectivite, listerCalendrierTaxation } from "./collectivite.query";
import { enregistrerDateTaxation, modifierCollectivite, supprimerDateTaxation } from "./collectivite.mutation";
import { enregistrerCommune, supprimerCommune } from "./communes.mutation";
import { listerCommunes } from "./communes.query";
import { residenceDeLAdresse } from "./residence.query";

surLesDeuxBases("territoire, politique d'année fiscale et calendrier de taxation", (base) => {
  const admin = nouvelAdmin();

  it("enregistre les communes du territoire et résout une adresse fiscale contre elles", async () => {
    const db = base().prisma;
    await enregistrerCommune(db, admin, { codeInsee: "00101", nom: "Bellecombe-sur-Lys", codesPostaux: "00100" });
    await enregistrerCommune(db, admin, { codeInsee: "00102", nom: "Saint-Amand-de-Lys", codesPostaux: ["00110"] });
    await enregistrerCommune(db, admin, { codeInsee: "00103", nom: "Les Aulnes", codesPostaux: "00110, 00110" });
    expect((await listerCommunes(db)).map((c) => [c.codeInsee, c.codesPostaux])).toEqual([["00101", ["00100"]], ["00103", ["00110"]], ["00102", ["00110"]]]);
    expect(await residenceDeLAdresse(db, { codePostal: "00110", commune: "ST AMAND DE LYS" })).toEqual({ statut: "resident", commune: { codeInsee: "00102", nom: "Saint-Amand-de-Lys" } });
    expect(await residenceDeLAdresse(db, { codePostal: "00110", commune: "HAMEAU DU LYS" })).toMatchObject({ statut: "a_verifier", motif: "code_postal_partage" });
    expect(await residenceDeLAdresse(db, { codePostal: "00200", commune: "VIEUX MOULIN" })).toEqual({ statut: "non_resident" });
  });

  it("modifie une commune par son code INSEE, et refuse de supprimer une commune qui a des écoles", async () => {
    const db = base().prisma;
    await enregistrerCommune(db, admin, { codeInsee: "00104", nom: "Lys-Haut", codesPostaux: "00120" });
    await enregistrerCommune(db, admin, { codeInsee: "00104", nom: "Lys-Haut", codesPostaux: "00120 00121" });
    expect(await db.commune.findUnique({ where: { codeInsee: "00104" }, select: { codesPostaux: true } })).toEqual({ codesPostaux: ["00120", "00121"] });
    await creerEcole(db, admin, { nom: "École du Haut", communeCodeInsee: "00104" });
    await expect(supprimerCommune(db, admin, "00104")).rejects.toMatchObject({ code: "commune_utilisee" });
    await enregistrerCommune(db, admin, { codeInsee: "00105", nom: "Lys-Bas", codesPostaux: "00130" });
    await supprimerCommune(db, admin, "00105");
    await expect(supprimerCommune(db, admin, "00105")).rejects.toBeInstanceOf(ErreurMetier);
    const actions = await db.journalAudit.findMany({ where: { cibleType: "Commune", cibleId: { in: ["00104", "00105"] } }, orderBy: { creeLe: "asc" }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(["territoire.commune.ajouter", "territoire.commune.modifier", "territoire.commune.ajouter", "territoire.commune.supprimer"]);
  });

  it("refuse un code INSEE ou un code postal mal formé, avec le champ en cause", async () => {
    const db = base().prisma;
    const e = await enregistrerCommune(db, admin, { codeInsee: "1234", nom: "X", codesPostaux: "1000" }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ZodError);
    expect((e as ZodError).issues.map((i) => i.path.join("."))).toEqual(["codeInsee", "codesPostaux.0"]);
  });

  it("fixe la politique d'année fiscale et le calendrier de taxation (une date par ressource et année)", async () => {
    const db = base().prisma;
    expect(await lireCollectivite(db)).toBeNull();
    await modifierCollectivite(db, admin, { nom: "Bellecombe-sur-Lys", politiqueAnneeFiscale: "n_moins_1_sinon_n_moins_2" });
    await modifierCollectivite(db, admin, { nom: "Bellecombe-sur-Lys", politiqueAnneeFiscale: "n_moins_2" });
    expect(await lireCollectivite(db)).toMatchObject({ nom: "Bellecombe-sur-Lys", politiqueAnneeFiscale: "n_moins_2" });
    const audit = await db.journalAudit.findFirst({ where: { action: "collectivite.modifier" }, orderBy: { creeLe: "desc" }, select: { details: true } });
    expect(audit?.details).toEqual({ politiqueAvant: "n_moins_1_sinon_n_moins_2", politique: "n_moins_2" });

    await enregistrerDateTaxation(db, admin, { anneeRevenus: "2025", dateTaxation: "2026-07-24" });
    const l = await enregistrerDateTaxation(db, admin, { anneeRevenus: 2025, dateTaxation: "2026-07-28" });
    await enregistrerDateTaxation(db, admin, { ressource: "ir_factures", anneeRevenus: 2025, dateTaxation: "2026-08-10" });
    const calendrier = await listerCalendrierTaxation(db);
    expect(calendrier.map((c) => [c.ressource, c.anneeRevenus, c.dateTaxation.toISOString().slice(0, 10)])).toEqual([["ir_assiettes", 2025, "2026-07-28"], ["ir_factures", 2025, "2026-08-10"]]);
    await expect(enregistrerDateTaxation(db, admin, { anneeRevenus: 2025, dateTaxation: "2025-07-28" })).rejects.toBeInstanceOf(ZodError);
    await supprimerDateTaxation(db, admin, l.id);
    await expect(supprimerDateTaxation(db, admin, l.id)).rejects.toMatchObject({ code: "date_introuvable" });
  });
});
