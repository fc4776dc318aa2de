import { describe, expect, it } from "vitest";

import { donneesRetenues, type InstantanePourTarif, type SituationPourTarif } from "./situation-tarif";

const dupont: InstantanePourTarif = {
  rfr: 48200,
  revenuImposable: null,
  nbParts: 3,
  anneeRevenus: 2025,
  source: "dgfip_franceconnect",
  situationsMultiples: false,
};
const base: SituationPourTarif = {
  voie: "donnees_fiscales",
  raisonsEnAttente: [],
  foyersFiscaux: [{ rang: 1, instantane: dupont }],
  residence: "resident",
  consentementRefuse: false,
  compteCertifie: true,
};

describe("données retenues pour le tarif", () => {
  it("étant donné des données DGFiP certifiées, cohérentes, un seul foyer et une adresse du territoire, la validation est automatique", () => {
    expect(donneesRetenues(base)).toEqual({
      fiscal: {
        rfrEuros: 48200,
        revenuImposableEuros: null,
        nombreParts: 3,
        anneeRevenus: 2025,
        source: "dgfip_franceconnect",
      },
      residence: "resident",
      raisons: [],
      automatique: true,
    });
  });

  it("étant donné une adresse fiscale hors du territoire, un agent examine par défaut", () => {
    expect(donneesRetenues({ ...base, residence: "non_resident" })).toMatchObject({
      residence: "non_resident",
      raisons: ["adresse_hors_territoire"],
      automatique: false,
    });
  });

  it("étant donné une adresse fiscale hors du territoire et une commune qui l'a choisi, le tarif non-résident s'applique sans revue", () => {
    expect(donneesRetenues({ ...base, residence: "non_resident", horsTerritoire: "tarif_non_resident" })).toMatchObject(
      { residence: "non_resident", raisons: [], automatique: true },
    );
  });

  it("étant donné une adresse ambiguë, un agent vérifie", () => {
    expect(donneesRetenues({ ...base, residence: "a_verifier" })).toMatchObject({
      raisons: ["adresse_ambigue"],
      automatique: false,
    });
  });

  it("étant donné des parents non mariés, les deux foyers sont additionnés et un agent confirme", () => {
    const petit = { ...dupont, rfr: 24300, nbParts: 1 };
    const r = donneesRetenues({
      ...base,
      foyersFiscaux: [
        { rang: 1, instantane: { ...dupont, rfr: 31500, nbParts: 2 } },
        { rang: 2, instantane: petit },
      ],
    });
    expect(r.fiscal).toMatchObject({ rfrEuros: 55800, nombreParts: 3 });
    expect(r).toMatchObject({ raisons: ["deux_foyers"], automatique: false });
  });

  it("étant donné un foyer certifié et l'autre saisi par un agent, chaque foyer garde sa provenance (la somme n'est pas « saisie par un agent »)", () => {
    const r = donneesRetenues({
      ...base,
      foyersFiscaux: [
        { rang: 1, instantane: { ...dupont, rfr: 31500, nbParts: 2 } },
        { rang: 2, instantane: { ...dupont, rfr: 24300, nbParts: 1, anneeRevenus: 2024, source: "saisie_agent" } },
      ],
    });
    expect(r.fiscal).toMatchObject({
      rfrEuros: 55800,
      nombreParts: 3,
      source: null,
      foyers: [
        { rang: 1, source: "dgfip_franceconnect", anneeRevenus: 2025 },
        { rang: 2, source: "saisie_agent", anneeRevenus: 2024 },
      ],
    });
  });

  it("étant donné deux foyers de même source, la source commune est gardée, et chacun reste listé", () => {
    const r = donneesRetenues({
      ...base,
      foyersFiscaux: [
        { rang: 1, instantane: dupont },
        { rang: 2, instantane: { ...dupont, nbParts: 1 } },
      ],
    });
    expect(r.fiscal).toMatchObject({ source: "dgfip_franceconnect", foyers: [{ rang: 1 }, { rang: 2 }] });
  });

  it("étant donné l'année attendue par la politique, elle accompagne les données (libellé de l'année de repli)", () => {
    const r = donneesRetenues({
      ...base,
      foyersFiscaux: [{ rang: 1, instantane: { ...dupont, anneeRevenus: 2024 } }],
      anneeAttendue: 2025,
    });
    expect(r.fiscal).toMatchObject({ anneeRevenus: 2024, anneeAttendue: 2025 });
  });

  it("étant donné le second foyer pas encore obtenu, le premier seul donne un tarif provisoire, en revue", () => {
    const r = donneesRetenues({
      ...base,
      foyersFiscaux: [
        { rang: 1, instantane: dupont },
        { rang: 2, instantane: null },
      ],
    });
    expect(r.fiscal?.rfrEuros).toBe(48200);
    expect(r.raisons).toEqual(["deux_foyers"]);
  });

  it("étant donné plusieurs situations dans l'année, rien n'est deviné : pas de données, revue", () => {
    const r = donneesRetenues({
      ...base,
      foyersFiscaux: [{ rang: 1, instantane: { ...dupont, situationsMultiples: true, rfr: null, nbParts: null } }],
    });
    expect(r).toMatchObject({ fiscal: null, raisons: ["situations_multiples"], automatique: false });
  });

  it("étant donné un échec d'appel enregistré, la demande part en revue avec sa raison", () => {
    const r = donneesRetenues({
      ...base,
      raisonsEnAttente: ["echec_api", "autorisation_a_renouveler"],
      foyersFiscaux: [{ rang: 1, instantane: null }],
    });
    expect(r).toMatchObject({ fiscal: null, raisons: ["autorisation_a_renouveler", "echec_api"], automatique: false });
  });

  it("étant donné un refus de consentement et un avis déposé, un agent saisit les données", () => {
    expect(donneesRetenues({ ...base, voie: "document", consentementRefuse: true, foyersFiscaux: [] })).toMatchObject({
      fiscal: null,
      raisons: ["consentement_refuse", "document_depose"],
      automatique: false,
    });
  });

  it("étant donné « sans tarification solidaire », pas de données, tarif le plus élevé, validation automatique", () => {
    expect(donneesRetenues({ ...base, voie: "sans_tarification", foyersFiscaux: [] })).toEqual({
      fiscal: null,
      residence: "resident",
      raisons: [],
      automatique: true,
    });
  });

  it("étant donné un compte sans identité certifiée, même « sans tarification solidaire », un agent valide", () => {
    expect(
      donneesRetenues({ ...base, voie: "sans_tarification", foyersFiscaux: [], compteCertifie: false }),
    ).toMatchObject({ raisons: ["compte_non_certifie"], automatique: false });
    expect(donneesRetenues({ ...base, compteCertifie: false })).toMatchObject({
      raisons: ["compte_non_certifie"],
      automatique: false,
    });
  });

  it("étant donné un compte sans identité certifiée dont la réponse est déjà à vérifier, un seul motif", () => {
    expect(
      donneesRetenues({ ...base, raisonsEnAttente: ["identite_non_verifiee"], compteCertifie: false }),
    ).toMatchObject({ raisons: ["identite_non_verifiee"], automatique: false });
  });

  it("étant donné un revenu nul, les données restent utilisables (RFR 0 €)", () => {
    expect(
      donneesRetenues({ ...base, foyersFiscaux: [{ rang: 1, instantane: { ...dupont, rfr: 0, nbParts: 1.5 } }] }),
    ).toMatchObject({ fiscal: { rfrEuros: 0 }, automatique: true });
  });
});
