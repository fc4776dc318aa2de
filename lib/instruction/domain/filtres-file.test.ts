import { describe, expect, it } from "vitest";

import { chaineDeRecherche, FILTRES_PAR_DEFAUT, filtresActifs, lireFiltres, paginer } from "./filtres-file";

const ANNEE = "0b6f3a52-6a43-4d2e-9d1c-3f1f1e2a7b10";

describe("filtres de la file, lus depuis l'adresse", () => {
  it.each([
    ["aucun paramètre", {}, FILTRES_PAR_DEFAUT],
    [
      "tous les filtres valides",
      {
        statut: "attente_famille",
        raison: "echec_api",
        attribution: "moi",
        annee: ANNEE.toUpperCase(),
        recherche: "  Dupont ",
        page: "3",
      },
      {
        statut: "attente_famille",
        raison: "echec_api",
        attribution: "moi",
        anneeScolaireId: ANNEE,
        recherche: "Dupont",
        page: 3,
      },
    ],
    [
      "des valeurs inventées retombent sur les défauts",
      { statut: "supprime", raison: "pirate", attribution: "lui", annee: "2026", recherche: "   ", page: "-2" },
      FILTRES_PAR_DEFAUT,
    ],
    ["une page qui n'est pas un entier", { page: "2.5" }, FILTRES_PAR_DEFAUT],
    [
      "un paramètre répété : le premier compte",
      { statut: ["valide", "rejete"] },
      { ...FILTRES_PAR_DEFAUT, statut: "valide" },
    ],
  ])("étant donné %s", (_, params, attendu) => {
    expect(lireFiltres(params)).toEqual(attendu);
  });

  it("étant donné une recherche de 300 caractères, seuls les 100 premiers sont gardés", () => {
    expect(lireFiltres({ recherche: "a".repeat(300) }).recherche).toHaveLength(100);
  });
});

describe("liens de la file", () => {
  it("les défauts ne figurent pas dans l'adresse", () => {
    expect(chaineDeRecherche(FILTRES_PAR_DEFAUT)).toBe("");
    expect(filtresActifs(FILTRES_PAR_DEFAUT)).toBe(false);
  });

  it("une page suivante garde les filtres ; changer de motif revient en page 1", () => {
    const f = lireFiltres({ raison: "spi_inconnu", recherche: "Lefèvre & fils", page: "2" });
    expect(chaineDeRecherche(f, { page: 3 })).toBe("?raison=spi_inconnu&recherche=Lef%C3%A8vre+%26+fils&page=3");
    expect(chaineDeRecherche(f, { raison: "echec_api", page: 1 })).toBe(
      "?raison=echec_api&recherche=Lef%C3%A8vre+%26+fils",
    );
    expect(filtresActifs(f)).toBe(true);
  });

  it("aller-retour : relire l'adresse produite redonne les mêmes filtres", () => {
    const f = {
      statut: "en_cours",
      raison: "deux_foyers",
      attribution: "non_attribues",
      anneeScolaireId: ANNEE,
      recherche: "Martin",
      page: 4,
    } as const;
    const relu = lireFiltres(Object.fromEntries(new URLSearchParams(chaineDeRecherche(f))));
    expect(relu).toEqual(f);
  });
});

describe("pagination", () => {
  it.each([
    [0, 1, { page: 1, pages: 1, decalage: 0 }],
    [20, 1, { page: 1, pages: 1, decalage: 0 }],
    [21, 2, { page: 2, pages: 2, decalage: 20 }],
    [45, 9, { page: 3, pages: 3, decalage: 40 }],
  ])("étant donné %i dossiers et la page %i demandée", (total, page, attendu) => {
    expect(paginer(total, page)).toEqual(attendu);
  });
});
