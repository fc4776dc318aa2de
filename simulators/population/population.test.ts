import { describe, expect, it } from "vitest";

import { lireVariante } from "../dgfip/variantes";
import { chargerPopulation, dossierCafDe, foyerDuSpi, population } from "./schema";

const p = chargerPopulation();

describe("population fictive partagée", () => {
  it("couvre chacun des cas difficiles exigés des simulateurs", () => {
    const cas = new Set(p.personas.map((x) => x.cas));
    for (const attendu of [
      "couple_marie_deux_enfants",
      "parent_isole_case_t",
      "parents_non_maries",
      "parents_non_maries_second_parent",
      "etudiant_rattache",
      "deces_conjoint",
      "annee_n_moins_1_non_taxee",
      "spi_inconnu",
      "hors_territoire",
      "revenu_nul",
      "revenu_tres_eleve",
      "adresse_ambigue",
      "reponse_forme_libre",
      "pacs_dans_l_annee",
      "divorce_dans_l_annee",
    ]) {
      expect(cas, attendu).toContain(attendu);
    }
  });

  it("décès, PACS et divorce dans l'année : au moins deux périodes contiguës qui couvrent l'année", () => {
    const foyers = ["deces_conjoint", "pacs_dans_l_annee", "divorce_dans_l_annee"].map((cas) => {
      const x = p.personas.find((y) => y.cas === cas)!;
      return p.foyersFiscaux.find((f) => f.id === x.foyerFiscal)!;
    });
    for (const f of foyers) {
      const periodes = f.situationsMultiples["2025"]!;
      expect(periodes.length, f.id).toBeGreaterThanOrEqual(2);
      expect(periodes[0]!.dateDebutPeriode).toBe("2025-01-01");
      expect(periodes.at(-1)!.dateFinPeriode).toBe("2025-12-31");
      for (let i = 1; i < periodes.length; i++) {
        const veille = new Date(`${periodes[i]!.dateDebutPeriode}T00:00:00Z`).getTime() - 86_400_000;
        expect(new Date(veille).toISOString().slice(0, 10), f.id).toBe(periodes[i - 1]!.dateFinPeriode);
      }
    }
  });

  it("chaque variante de réponse d'une personne est lisible par le simulateur DGFiP", () => {
    const variantes = p.personas.flatMap((x) => (x.varianteReponse ? [x.varianteReponse] : []));
    expect(variantes.length).toBeGreaterThan(0);
    for (const v of variantes) expect(() => lireVariante(v)).not.toThrow();
  });

  it("donne à chaque personne un SPI de 13 chiffres, unique", () => {
    expect(new Set(p.personas.map((x) => x.spi)).size).toBe(p.personas.length);
    expect(p.personas.every((x) => /^\d{13}$/.test(x.spi))).toBe(true);
  });

  it("retrouve le foyer d'un déclarant par son SPI, et rien pour un non-déclarant", () => {
    const marianne = p.personas.find((x) => x.cas === "couple_marie_deux_enfants")!;
    expect(foyerDuSpi(p, marianne.spi)?.foyer.declarants).toContain("pierre-dupont");
    const etudiant = p.personas.find((x) => x.cas === "etudiant_rattache")!;
    expect(foyerDuSpi(p, etudiant.spi)).toBeNull();
  });

  it("refuse un fichier incohérent : déclarant inconnu, SPI mal formé", () => {
    const brut = structuredClone(p);
    brut.personas[0]!.spi = "12345";
    brut.foyersFiscaux[0]!.declarants.push("personne-inconnue");
    const r = population.safeParse(brut);
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toMatch(/spi/);
  });

  it("couvre les cas du simulateur API Particulier : CNAF, MSA, QF 0, QF changé le mois dernier, panne, inconnue", () => {
    const cas = new Set(p.dossiersCaf.map((d) => d.cas));
    for (const attendu of [
      "allocataire_nominal",
      "famille_msa",
      "quotient_nul",
      "quotient_change_le_mois_dernier",
      "panne_caf",
    ])
      expect(cas, attendu).toContain(attendu);
    expect(dossierCafDe(p, "eric-lambert")?.fournisseur).toBe("MSA");
    expect(dossierCafDe(p, "henri-de-villiers")).toBeNull();
    expect(dossierCafDe(p, "claire-petit")?.id).toBe(dossierCafDe(p, "julien-bernard")?.id);
  });

  it("refuse un dossier CAF dont l'allocataire n'existe pas ou figure dans deux dossiers", () => {
    const brut = structuredClone(p);
    brut.dossiersCaf[1]!.allocataires.push("personne-inconnue");
    brut.dossiersCaf[3]!.allocataires.push(brut.dossiersCaf[2]!.allocataires[0]!);
    const r = population.safeParse(brut);
    expect(JSON.stringify(r.error?.issues)).toMatch(/allocataire inconnu personne-inconnue/);
    expect(JSON.stringify(r.error?.issues)).toMatch(/dans deux dossiers/);
  });
});
