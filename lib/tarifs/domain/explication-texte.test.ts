import { describe, expect, it } from "vitest";

import { calculerTarif } from "./calculer-tarif";
import type { EntreeTarif } from "./entree";
import { expliquerEnFrancais } from "./explication-texte";
import { explicationTarif } from "./explication.schema";
import {
  GRILLE_CANTINE_FRATRIE,
  GRILLE_CANTINE_QF,
  GRILLE_CANTINE_TAUX_EFFORT,
  GRILLE_CANTINE_UN_EURO_FRATRIE,
  GRILLE_MERCREDI_TPI,
  GRILLE_PERISCOLAIRE_HORAIRE,
} from "./grilles-demo";

// Intl fr-FR: no-break space before "€" and "%", narrow no-break space between thousands.
const nbsp = (s: string) => s.replaceAll("\u00a0", " ").replaceAll("\u202f", " ");
const lignes = (...a: Parameters<typeof calculerTarif>) =>
  expliquerEnFrancais(calculerTarif(...a).explication).map(nbsp);
const qf612: EntreeTarif = {
  residence: "resident",
  fiscal: {
    rfrEuros: 22032,
    revenuImposableEuros: null,
    nombreParts: 3,
    anneeRevenus: 2025,
    source: "dgfip_franceconnect",
  },
};

describe("expliquerEnFrancais", () => {
  it("étant donné un QF de 612 €, la cantine par tranches s'explique en trois lignes", () => {
    expect(lignes(GRILLE_CANTINE_QF, qf612)).toEqual([
      "Quotient familial : 612 € par mois (revenu fiscal de référence ÷ nombre de parts ÷ 12, arrondi à l'euro inférieur), certifié DGFiP (via FranceConnect), revenus 2025",
      "QF 612 € → tranche 2 (de 501 € à 800 €) : 2,35 €",
      "Tarif : 2,35 € par repas",
    ]);
  });

  it("l'année de repli est dite comme telle : revenus 2024 (ceux de 2025 ne sont pas encore disponibles)", () => {
    const l = lignes(GRILLE_CANTINE_QF, {
      ...qf612,
      fiscal: { ...qf612.fiscal!, anneeRevenus: 2024, anneeAttendue: 2025 },
    });
    expect(l[0]).toBe(
      "Quotient familial : 612 € par mois (revenu fiscal de référence ÷ nombre de parts ÷ 12, arrondi à l'euro inférieur), certifié DGFiP (via FranceConnect), revenus 2024 (ceux de 2025 ne sont pas encore disponibles)",
    );
  });

  it("deux foyers, l'un certifié, l'autre saisi par un agent : chaque foyer dit sa provenance, la somme n'est pas « saisie par un agent »", () => {
    const l = lignes(GRILLE_CANTINE_QF, {
      residence: "resident",
      fiscal: {
        rfrEuros: 55800,
        revenuImposableEuros: null,
        nombreParts: 3,
        anneeRevenus: 2025,
        source: null,
        foyers: [
          { rang: 1, source: "dgfip_franceconnect", anneeRevenus: 2025 },
          { rang: 2, source: "saisie_agent", anneeRevenus: 2025 },
        ],
      },
    });
    expect(l[0]).toBe(
      "Quotient familial : 1 550 € par mois (revenu fiscal de référence ÷ nombre de parts ÷ 12, arrondi à l'euro inférieur), somme de deux foyers fiscaux : revenu fiscal de référence et parts du premier certifiés DGFiP (via FranceConnect), revenus 2025 ; du second saisis par un agent d'après justificatif, revenus 2025",
    );
  });

  it("le 3e enfant : la réduction et l'arrondi sont dits", () => {
    expect(lignes(GRILLE_CANTINE_FRATRIE, { ...qf612, rangFratrie: 3 }).slice(2)).toEqual([
      "3e enfant inscrit (à partir du 3e) : 50 % du tarif → 1,175 €",
      "Tarif : 1,175 €, arrondi au centime le plus proche (un demi-centime compte pour un centime) : 1,18 € par repas",
    ]);
  });

  it("une réduction de fratrie limitée à des tranches dit qu'elle ne s'applique pas à la tranche de la famille", () => {
    const qf300 = { ...qf612, fiscal: { ...qf612.fiscal!, rfrEuros: 300 * 12 * 3 } };
    expect(lignes(GRILLE_CANTINE_UN_EURO_FRATRIE, { ...qf300, rangFratrie: 3 }).slice(1)).toEqual([
      "QF 300 € → tranche 1 (de 0 € à 500 €) : 1,00 €",
      "3e enfant inscrit : la réduction de fratrie à partir du 3e (50 % du tarif) ne s'applique pas à la tranche 1",
      "Tarif : 1,00 € par repas",
    ]);
    // Elsewhere the discount applies as usual.
    expect(lignes(GRILLE_CANTINE_UN_EURO_FRATRIE, { ...qf612, rangFratrie: 3 })[2]).toBe(
      "3e enfant inscrit (à partir du 3e) : 50 % du tarif → 1,175 €",
    );
  });

  it("taux d'effort ramené au plafond", () => {
    const l = lignes(GRILLE_CANTINE_TAUX_EFFORT, {
      residence: "resident",
      fiscal: { ...qf612.fiscal!, rfrEuros: 24000 * 12, nombreParts: 1, source: "dgfip_spi" },
    });
    expect(l[0]).toBe(
      "Quotient familial : 24 000 € par mois (revenu fiscal de référence ÷ nombre de parts ÷ 12, arrondi au centime), certifié DGFiP, revenus 2025",
    );
    expect(l[1]).toBe("QF 24 000 € × 0,36 % = 86,40 € → ramené au plafond de 4,50 € (plancher 0,80 €, plafond 4,50 €)");
  });

  it("TPI : pourcentage du tarif plein, QF CAF daté", () => {
    expect(
      lignes(GRILLE_MERCREDI_TPI, {
        residence: "resident",
        caf: { quotientFamilialEuros: 100, organisme: "cnaf", mois: "2026-04" },
      }),
    ).toEqual([
      "Quotient familial : 100 € par mois (quotient familial CAF, arrondi à l'euro inférieur), certifié CNAF, avril 2026",
      "QF 100 € × 0,05 % par euro = 5 % du tarif plein → relevé au plancher de 10 % (entre 10 % et 100 %) ; 10 % × 20,00 € = 2,00 €",
      "Tarif : 2,00 € par journée",
    ]);
  });

  it("sans données et adresse à vérifier : tranche la plus haute, colonne et tarif provisoire annoncés", () => {
    expect(lignes(GRILLE_PERISCOLAIRE_HORAIRE, { residence: "a_verifier" })).toEqual([
      "Aucun quotient familial : aucune donnée de revenus (consentement refusé ou aucune donnée trouvée).",
      "Colonne « Non-résident »",
      "Sans quotient → tranche la plus haute (tranche 6, à partir de 1 601 €) : 4,20 €",
      "Tarif : 4,20 € par heure",
      "Tarif provisoire : l'adresse fiscale doit être vérifiée par un agent (tarif non-résident appliqué en attendant).",
    ]);
  });

  it("l'explication relue depuis la base (JSON) se valide et s'affiche de même", () => {
    const e = calculerTarif(GRILLE_CANTINE_FRATRIE, { ...qf612, rangFratrie: 3, pai: true }).explication;
    const relue = explicationTarif.parse(JSON.parse(JSON.stringify(e)));
    expect(expliquerEnFrancais(relue)).toEqual(expliquerEnFrancais(e));
    const qf300 = { ...qf612, fiscal: { ...qf612.fiscal!, rfrEuros: 300 * 12 * 3 } };
    const exclue = calculerTarif(GRILLE_CANTINE_UN_EURO_FRATRIE, { ...qf300, rangFratrie: 3 }).explication;
    expect(explicationTarif.parse(JSON.parse(JSON.stringify(exclue)))).toEqual(exclue);
  });
});
