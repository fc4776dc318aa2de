import { describe, expect, it } from "vitest";

import {
  anneeAttendue,
  anneesAInterroger,
  anneeToujoursValable,
  libelleAdresseFiscale,
  libelleAnneeRevenus,
  resoudreAnnee,
  type EssaiAnnee,
  type PolitiqueAnneeFiscale,
} from "./annee-fiscale";

const CALENDRIER = [
  { anneeRevenus: 2024, dateTaxation: "2025-07-23" },
  { anneeRevenus: 2025, dateTaxation: "2026-07-22" },
];
const MARS = new Date("2026-03-10T10:00:00Z");
const VEILLE = new Date("2026-07-21T21:59:00Z"); // 23 h 59 à Paris, la veille de la taxation
const JOUR_J = new Date("2026-07-21T22:00:00Z"); // minuit à Paris : 22 juillet
const OCTOBRE = new Date("2026-10-01T08:00:00Z");

describe("années à interroger selon la politique de la commune et le calendrier de taxation", () => {
  it.each([
    ["n_moins_1_sinon_n_moins_2", MARS, [2024]],
    ["n_moins_1_sinon_n_moins_2", VEILLE, [2024]],
    ["n_moins_1_sinon_n_moins_2", JOUR_J, [2025, 2024]],
    ["n_moins_1_sinon_n_moins_2", OCTOBRE, [2025, 2024]],
    ["n_moins_1", MARS, []],
    ["n_moins_1", OCTOBRE, [2025]],
    ["n_moins_2", MARS, [2024]],
    ["n_moins_2", OCTOBRE, [2024]],
    ["n_moins_3", OCTOBRE, [2023]],
  ] as [PolitiqueAnneeFiscale, Date, number[]][])(
    "étant donné la politique %s, le %s, on interroge %j",
    (politique, maintenant, attendu) => {
      expect(anneesAInterroger(politique, CALENDRIER, maintenant).map((c) => c.annee)).toEqual(attendu);
    },
  );

  it("sans date de taxation connue pour N-1, on l'interroge quand même : l'API tranche", () => {
    expect(anneesAInterroger("n_moins_1_sinon_n_moins_2", [], MARS)).toEqual([
      { annee: 2025, taxee: null },
      { annee: 2024, taxee: null },
    ]);
  });

  it("la nuit du 31 décembre, l'année N est celle de Paris, pas celle d'UTC", () => {
    const nouvelAn = new Date("2026-12-31T23:30:00Z"); // 0 h 30 le 1er janvier 2027 à Paris
    expect(anneesAInterroger("n_moins_2", [], nouvelAn).map((c) => c.annee)).toEqual([2025]);
  });
});

describe("résolution de l'année avec repli", () => {
  const essais = (reponses: Record<number, EssaiAnnee<string, string>>) => {
    const appels: number[] = [];
    const essayer = async (annee: number) => {
      appels.push(annee);
      return reponses[annee] ?? { genre: "indisponible" as const, detail: "4101" };
    };
    return { appels, essayer };
  };

  it("étant donné N-1 servie, on l'obtient sans repli, en un appel", async () => {
    const e = essais({ 2025: { genre: "obtenu", valeur: "rfr 2025" } });
    expect(await resoudreAnnee(anneesAInterroger("n_moins_1_sinon_n_moins_2", CALENDRIER, OCTOBRE), e.essayer)).toEqual(
      {
        genre: "obtenu",
        valeur: "rfr 2025",
        anneeObtenue: 2025,
        anneeDemandee: 2025,
        repli: false,
        essais: 1,
      },
    );
  });

  it("étant donné N-1 indisponible pour ce foyer (taxation tardive), on se replie sur N-2 et on le dit", async () => {
    const e = essais({ 2024: { genre: "obtenu", valeur: "rfr 2024" } });
    const r = await resoudreAnnee(anneesAInterroger("n_moins_1_sinon_n_moins_2", CALENDRIER, OCTOBRE), e.essayer);
    expect(r).toMatchObject({ genre: "obtenu", anneeObtenue: 2024, anneeDemandee: 2025, repli: true, essais: 2 });
    expect(e.appels).toEqual([2025, 2024]);
  });

  it("avant la taxation, N-2 est demandée d'emblée : pas d'appel perdu sur N-1", async () => {
    const e = essais({ 2024: { genre: "obtenu", valeur: "rfr 2024" } });
    const r = await resoudreAnnee(anneesAInterroger("n_moins_1_sinon_n_moins_2", CALENDRIER, MARS), e.essayer);
    expect(r).toMatchObject({ genre: "obtenu", anneeObtenue: 2024, anneeDemandee: 2024, repli: false });
    expect(e.appels).toEqual([2024]);
  });

  it("un arrêt (usager inconnu, plusieurs situations…) ne se replie pas sur l'année d'avant", async () => {
    const e = essais({ 2025: { genre: "arret", detail: "situations_multiples" } });
    expect(await resoudreAnnee(anneesAInterroger("n_moins_1_sinon_n_moins_2", CALENDRIER, OCTOBRE), e.essayer)).toEqual(
      {
        genre: "arret",
        annee: 2025,
        detail: "situations_multiples",
        essais: 1,
      },
    );
    expect(e.appels).toEqual([2025]);
  });

  it("aucune année disponible : indisponible, avec le détail du dernier essai ; aucune candidate : aucun appel", async () => {
    const e = essais({});
    expect(await resoudreAnnee(anneesAInterroger("n_moins_1_sinon_n_moins_2", CALENDRIER, OCTOBRE), e.essayer)).toEqual(
      {
        genre: "indisponible",
        anneeDemandee: 2025,
        detail: "4101",
        essais: 2,
      },
    );
    const vide = essais({});
    expect(await resoudreAnnee(anneesAInterroger("n_moins_1", CALENDRIER, MARS), vide.essayer)).toEqual({
      genre: "indisponible",
      anneeDemandee: null,
      detail: null,
      essais: 0,
    });
    expect(vide.appels).toEqual([]);
  });
});

describe("anneeToujoursValable : un instantané ne tarifie que s'il répond à la question d'aujourd'hui", () => {
  const calendrier = [
    { anneeRevenus: 2024, dateTaxation: "2025-07-23" },
    { anneeRevenus: 2025, dateTaxation: "2026-07-22" },
  ];
  const octobre = new Date("2026-10-05T10:00:00Z");
  const cas: [string, number, string, boolean][] = [
    ["revenus 2025 obtenus en septembre", 2025, "2026-09-01T10:00:00Z", true],
    ["revenus 2024 obtenus en juin, avant la taxation de 2025", 2024, "2026-06-10T10:00:00Z", false],
    ["revenus 2024 obtenus en août en repli (2025 déjà demandés)", 2024, "2026-08-20T10:00:00Z", true],
    ["revenus 2023, hors politique", 2023, "2026-09-01T10:00:00Z", false],
  ];
  it.each(cas)("%s", (_, anneeRevenus, recupere, attendu) => {
    expect(
      anneeToujoursValable(
        "n_moins_1_sinon_n_moins_2",
        calendrier,
        { anneeRevenus, recupereLe: new Date(recupere) },
        octobre,
      ),
    ).toBe(attendu);
  });

  it("politique N-1 seule : le repli n'existe pas", () => {
    expect(
      anneeToujoursValable(
        "n_moins_1",
        calendrier,
        { anneeRevenus: 2024, recupereLe: new Date("2026-08-20") },
        octobre,
      ),
    ).toBe(false);
  });

  it("en janvier, les revenus 2024 obtenus en repli en décembre ne sont plus demandés", () => {
    expect(
      anneeToujoursValable(
        "n_moins_1_sinon_n_moins_2",
        calendrier,
        { anneeRevenus: 2024, recupereLe: new Date("2026-12-10T10:00:00Z") },
        new Date("2027-01-10T10:00:00Z"),
      ),
    ).toBe(false);
  });
});

describe("libelleAdresseFiscale", () => {
  it("l'adresse des revenus 2025 est celle du 1er janvier 2026", () => {
    expect(libelleAdresseFiscale(2025)).toBe("Adresse fiscale au 1er janvier 2026");
  });
});

describe("libellé de l'année des revenus : l'année de repli est dite comme telle", () => {
  it.each([
    [2024, 2025, "dgfip_spi", "revenus 2024 (ceux de 2025 ne sont pas encore disponibles)"],
    [2024, 2025, "dgfip_franceconnect", "revenus 2024 (ceux de 2025 ne sont pas encore disponibles)"],
    [2025, 2025, "dgfip_spi", "revenus 2025"],
    [2024, null, "dgfip_spi", "revenus 2024"],
    // Un agent saisit l'avis que la famille a déposé : rien ne dit que la DGFiP n'a pas l'année suivante.
    [2024, 2025, "saisie_agent", "revenus 2024"],
    [2024, 2025, undefined, "revenus 2024 (ceux de 2025 ne sont pas encore disponibles)"],
  ] as const)("revenus %i, année attendue %s, source %s : « %s »", (annee, attendue, source, libelle) => {
    expect(libelleAnneeRevenus(annee, attendue, source)).toBe(libelle);
  });

  it.each([
    ["n_moins_1_sinon_n_moins_2", "en mars 2026", 2025, MARS],
    ["n_moins_1_sinon_n_moins_2", "en octobre 2026", 2025, OCTOBRE],
    ["n_moins_1", "en octobre 2026", 2025, OCTOBRE],
    ["n_moins_2", "en octobre 2026", 2024, OCTOBRE],
    ["n_moins_3", "en octobre 2026", 2023, OCTOBRE],
    // La nuit du 31 décembre à Paris, l'année est déjà la suivante.
    ["n_moins_1", "le 31 décembre 2026 à 23 h 30 UTC", 2026, new Date("2026-12-31T23:30:00Z")],
  ] as const)(
    "politique %s, %s : l'année attendue est %i, quel que soit le calendrier",
    (politique, _quand, annee, instant) => {
      expect(anneeAttendue(politique, instant)).toBe(annee);
    },
  );
});
