import { describe, expect, it } from "vitest";

import { calculerTarif } from "@/lib/tarifs/domain/calculer-tarif";
import { GRILLE_PERISCOLAIRE_HORAIRE } from "@/lib/tarifs/domain/grilles-demo";
import { retarification, type InstantaneRetenu, type SituationInscription } from "./retarification";

const FIXE_LE = new Date("2026-09-01T08:00:00Z");
const fiscal = {
  rfrEuros: 22032,
  revenuImposableEuros: null,
  nombreParts: 3,
  anneeRevenus: 2025,
  source: "saisie_agent" as const,
};
const saisie = (recupereLe: string): InstantaneRetenu => ({
  recupereLe: new Date(recupereLe),
  fiscal,
  residence: "resident",
});
// The price fixed at submission: no data, address to check (non-resident column applied meanwhile).
const explicationSansDonnees = calculerTarif(GRILLE_PERISCOLAIRE_HORAIRE, { residence: "a_verifier" }).explication;
const explicationAvecQf = calculerTarif(GRILLE_PERISCOLAIRE_HORAIRE, {
  residence: "a_verifier",
  fiscal: { ...fiscal, source: "dgfip_spi" },
}).explication;

const base: SituationInscription = {
  tarifActuel: { fixeLe: FIXE_LE, explication: explicationSansDonnees },
  instantane: null,
  residenceChoisie: null,
  sansTarification: false,
  rangFratrie: 2,
  pai: false,
  frequence: "reguliere",
};

describe("validation : faut-il refixer le prix ?", () => {
  it("étant donné aucune nouveauté depuis le prix fixé, le prix reste", () => {
    expect(retarification(base)).toEqual({ genre: "inchange" });
    expect(retarification({ ...base, instantane: saisie("2026-08-31T08:00:00Z") })).toEqual({ genre: "inchange" });
  });

  it("étant donné une saisie de l'agent après le prix, le prix est recalculé avec elle, le rang de l'enfant et sa fréquence", () => {
    const r = retarification({ ...base, instantane: saisie("2026-09-02T08:00:00Z"), frequence: "occasionnelle" });
    expect(r).toEqual({
      genre: "recalcul",
      motif: "nouvelles_donnees",
      entree: { fiscal, residence: "resident", rangFratrie: 2, pai: false, frequence: "occasionnelle" },
    });
  });

  it("étant donné la résidence décidée par l'agent, elle l'emporte sur celle de l'adresse", () => {
    const r = retarification({ ...base, instantane: saisie("2026-09-02T08:00:00Z"), residenceChoisie: "non_resident" });
    expect(r.genre === "recalcul" && r.entree.residence).toBe("non_resident");
  });

  it("étant donné « sans tarification solidaire », de nouvelles données ne changent rien", () => {
    expect(retarification({ ...base, sansTarification: true, instantane: saisie("2026-09-02T08:00:00Z") })).toEqual({
      genre: "inchange",
    });
  });

  it("étant donné une inscription sans prix, un prix est fixé (sans données : tranche la plus haute, adresse à vérifier)", () => {
    expect(retarification({ ...base, tarifActuel: null })).toEqual({
      genre: "recalcul",
      motif: "sans_tarif",
      entree: { fiscal: null, residence: "a_verifier", rangFratrie: 2, pai: false, frequence: "reguliere" },
    });
  });

  it("étant donné seulement la résidence tranchée, le quotient conservé dans l'explication resert", () => {
    const r = retarification({
      ...base,
      tarifActuel: { fixeLe: FIXE_LE, explication: explicationAvecQf },
      residenceChoisie: "resident",
    });
    expect(r.genre).toBe("recalcul");
    if (r.genre !== "recalcul") return;
    expect(r.motif).toBe("residence");
    expect(r.entree.residence).toBe("resident");
    expect(r.entree.quotient).toMatchObject({
      valeurCentimes: 61200,
      nature: "fiscal_rfr",
      source: "dgfip_spi",
      anneeRevenus: 2025,
    });
  });

  it("étant donné la même résidence que celle du prix, rien ne change", () => {
    const resident = calculerTarif(GRILLE_PERISCOLAIRE_HORAIRE, { residence: "resident" }).explication;
    expect(
      retarification({
        ...base,
        tarifActuel: { fixeLe: FIXE_LE, explication: resident },
        residenceChoisie: "resident",
      }),
    ).toEqual({ genre: "inchange" });
  });

  it("étant donné une explication illisible et aucune donnée, la résidence ne peut pas être appliquée : on le dit", () => {
    expect(
      retarification({
        ...base,
        tarifActuel: { fixeLe: FIXE_LE, explication: { bidon: true } },
        residenceChoisie: "resident",
      }),
    ).toEqual({ genre: "impossible", motif: "explication_illisible" });
  });
});
