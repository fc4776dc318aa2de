import { describe, expect, it } from "vitest";

import { apercuTarif } from "./apercu";
import { calculerTarif } from "./calculer-tarif";
import type { EntreeTarif } from "./entree";
import {
  GRILLE_CANTINE_FRATRIE,
  GRILLE_CANTINE_QF,
  GRILLE_CANTINE_TAUX_EFFORT,
  GRILLE_MERCREDI_TPI,
  GRILLE_PERISCOLAIRE_HORAIRE,
} from "./grilles-demo";
import { recalculer } from "./recalcul";

const fiscal = (rfrEuros: number, nombreParts: number): EntreeTarif["fiscal"] => ({
  rfrEuros,
  revenuImposableEuros: null,
  nombreParts,
  anneeRevenus: 2025,
  source: "dgfip_spi",
});
/** What a Tarif row keeps: the explanation, through JSON. */
const stocke = (...a: Parameters<typeof calculerTarif>) =>
  JSON.parse(JSON.stringify(calculerTarif(...a).explication)) as unknown;

describe("recalculer un tarif fixé sous une autre version, depuis son explication", () => {
  it.each([
    [
      "étant donné un QF de 612 € en tranche 2, la grille au 3e enfant à moitié prix le garde à 2,35 € au 1er rang",
      stocke(GRILLE_CANTINE_QF, { residence: "resident", fiscal: fiscal(22032, 3) }),
      GRILLE_CANTINE_FRATRIE,
      235,
    ],
    [
      "le même foyer, 3e enfant, passe à 1,18 €",
      stocke(GRILLE_CANTINE_QF, { residence: "resident", fiscal: fiscal(22032, 3), rangFratrie: 3 }),
      GRILLE_CANTINE_FRATRIE,
      118,
    ],
    [
      "la grille au taux d'effort reprend le quotient conservé (612 € → 2,20 €)",
      stocke(GRILLE_CANTINE_QF, { residence: "resident", fiscal: fiscal(22032, 3) }),
      GRILLE_CANTINE_TAUX_EFFORT,
      220,
    ],
    [
      "un non-résident reste non-résident (double tarif)",
      stocke(GRILLE_CANTINE_QF, { residence: "non_resident", fiscal: fiscal(22032, 3) }),
      GRILLE_PERISCOLAIRE_HORAIRE,
      180,
    ],
    [
      "une famille sans données reste sans données : plafond du TPI",
      stocke(GRILLE_CANTINE_QF, { residence: "resident" }),
      GRILLE_MERCREDI_TPI,
      2000,
    ],
  ])("%s", (_scenario, explication, nouvelle, attendu) => {
    expect(recalculer(nouvelle, explication)).toEqual({ ok: true, montantCentimes: attendu });
  });

  it("un QF CAF conservé ne sert pas une grille au QF fiscal", () => {
    const caf = stocke(GRILLE_MERCREDI_TPI, {
      residence: "resident",
      caf: { quotientFamilialEuros: 612, organisme: "cnaf", mois: null },
    });
    expect(recalculer(GRILLE_CANTINE_QF, caf)).toEqual({ ok: false, motif: "quotient_incompatible" });
  });

  it("une famille dont l'ancienne grille ne pouvait pas calculer le quotient n'est pas traitée comme « sans données »", () => {
    const revenuImposable = structuredClone(GRILLE_CANTINE_QF);
    revenuImposable.quotient.revenu = "revenu_imposable";
    const explication = stocke(revenuImposable, { residence: "resident", fiscal: fiscal(22032, 3) });
    expect(recalculer(GRILLE_CANTINE_QF, explication)).toEqual({ ok: false, motif: "quotient_inconnu" });
  });

  it("une explication illisible est signalée", () => {
    expect(recalculer(GRILLE_CANTINE_QF, { version: 2 })).toEqual({ ok: false, motif: "explication_illisible" });
  });
});

describe("aperçu du tarif pour l'administrateur", () => {
  it("QF 612 € saisi, cantine par tranches → 2,35 € avec l'explication", () => {
    const r = apercuTarif(GRILLE_CANTINE_QF, {
      revenus: { type: "quotient", centimes: 61200 },
      residence: "resident",
      allocataireCaf: false,
      rangFratrie: 1,
      pai: false,
      frequence: "reguliere",
    });
    expect(r.montantCentimes).toBe(235);
    expect(r.lignes[0]!.replaceAll("\u00a0", " ")).toBe(
      "Quotient familial : 612 € par mois (arrondi à l'euro inférieur), saisi pour l'aperçu",
    );
    expect(r.lignes[1]!.replaceAll("\u00a0", " ")).toBe("QF 612 € → tranche 2 (de 501 € à 800 €) : 2,35 €");
  });

  it("sans quotient saisi, la règle sans données s'applique", () => {
    expect(
      apercuTarif(GRILLE_CANTINE_TAUX_EFFORT, {
        revenus: { type: "aucun" },
        residence: "resident",
        allocataireCaf: false,
        rangFratrie: 1,
        pai: false,
        frequence: "reguliere",
      }).montantCentimes,
    ).toBe(450);
  });
});
