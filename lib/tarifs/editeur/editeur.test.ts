import { describe, expect, it } from "vitest";

import { apercuTarif } from "../domain/apercu";
import { validerDefinition } from "../domain/definition.schema";
import { GRILLE_CANTINE_QF, GRILLES_DEMO } from "../domain/grilles-demo";
import { appliquerCommande } from "./commandes";
import { codeDepuisLibelle, depuisDefinition, versDefinition } from "./conversion";
import { definitionInitiale } from "./definition-initiale";
import { libelleDuChamp } from "./libelles";
import { aplatir, depuisValeurs, MODES, type GrilleEditee } from "./modele";

/** What the admin's browser would send: the flat form, with a few fields changed. */
const formulaire = (g: GrilleEditee, changements: Record<string, string | string[]> = {}) =>
  depuisValeurs({ ...aplatir(g), ...changements });
const problemes = (g: GrilleEditee) => {
  const r = versDefinition(g);
  if (r.ok) throw new Error("des problèmes étaient attendus");
  return r.problemes;
};
const definition = (g: GrilleEditee) => {
  const r = versDefinition(g);
  if (!r.ok) throw new Error(`grille refusée : ${JSON.stringify(r.problemes)}`);
  return r.definition;
};
const prix = (
  g: GrilleEditee,
  quotientEuros: number | null,
  situation: Partial<Parameters<typeof apercuTarif>[1]> = {},
) =>
  apercuTarif(definition(g), {
    revenus: quotientEuros === null ? { type: "aucun" } : { type: "quotient", centimes: quotientEuros * 100 },
    residence: "resident",
    allocataireCaf: false,
    rangFratrie: 1,
    pai: false,
    frequence: "reguliere",
    ...situation,
  }).montantCentimes;

describe("éditeur de grille : aller-retour avec la définition", () => {
  it.each(Object.entries(GRILLES_DEMO))(
    "la grille de démonstration « %s » passe par le formulaire et revient identique",
    (_cle, g) => {
      expect(versDefinition(formulaire(depuisDefinition(g.definition)))).toEqual({
        ok: true,
        definition: g.definition,
      });
    },
  );

  it.each(MODES)("la grille de départ en mode %s est valide, dans l'unité de l'activité", (mode) => {
    const d = definitionInitiale(mode, "heure");
    expect(validerDefinition(d)).toEqual({ ok: true, definition: d });
    expect(versDefinition(depuisDefinition(d))).toEqual({ ok: true, definition: d });
  });

  it("un formulaire fabriqué ne fait pas construire des milliers de tranches", () => {
    const g = depuisValeurs({ "tranches.999.min": "0", "colonnes.500.libelle": "x", "fratrie.99.rang": "3" });
    expect([g.tranches.length, g.colonnes.length, g.fratrie.length]).toEqual([40, 8, 10]);
    expect(depuisValeurs({ "tranches.99999.min": "0" }).tranches).toHaveLength(1);
  });
});

describe("éditeur de grille : erreurs rattachées aux champs", () => {
  const cantine = depuisDefinition(GRILLE_CANTINE_QF);

  it.each([
    [
      "une tranche 2 qui chevauche la tranche 1",
      { "tranches.1.min": "500" },
      "tranches.1.min",
      "Chevauche la tranche 1 : doit commencer à 501\u00a0€",
    ],
    [
      "un trou après la tranche 2",
      { "tranches.2.min": "805" },
      "tranches.2.min",
      "Laisse un trou après la tranche 2 : doit commencer à 801\u00a0€",
    ],
    [
      "une borne haute sous la borne basse",
      { "tranches.1.max": "400" },
      "tranches.1.max",
      "La borne haute doit être au moins égale à la borne basse (501\u00a0€)",
    ],
    [
      "une dernière tranche bornée",
      { "tranches.4.max": "2000" },
      "tranches.4.max",
      "La dernière tranche doit être sans borne haute, pour couvrir tous les quotients",
    ],
    [
      "une tranche intermédiaire sans borne haute",
      { "tranches.1.max": "" },
      "tranches.1.max",
      "Seule la dernière tranche peut être sans borne haute",
    ],
    ["un prix vide", { "tranches.3.prix.0": "" }, "tranches.3.prix.0", "Prix manquant pour la colonne « Tarif »"],
    [
      "un prix mal tapé",
      { "tranches.3.prix.0": "2,3O" },
      "tranches.3.prix.0",
      "Montant en euros attendu, par exemple 2,35 (vous avez saisi « 2,3O »)",
    ],
    [
      "une borne en centimes alors que le quotient est à l'euro",
      { "tranches.0.max": "500,50", "tranches.1.min": "501,50" },
      "tranches.0.max",
      "Le quotient est arrondi à l'euro : les bornes sont des euros entiers",
    ],
    [
      "un QF CAF annuel",
      { "quotient.source": "caf", "quotient.periode": "annuel" },
      "quotient.periode",
      "Le QF CAF est mensuel : choisissez un quotient mensuel",
    ],
    [
      "un pourcentage PAI illisible",
      { "pai.type": "pourcentage", "pai.pourcentage": "quarante" },
      "pai.pourcentage",
      "Pourcentage attendu, par exemple 0,36 (vous avez saisi « quarante »)",
    ],
  ])("étant donné %s, le message est rattaché au champ fautif", (_cas, changements, champ, message) => {
    const p = problemes(formulaire(cantine, changements));
    expect(p.map((x) => x.champ)).toContain(champ);
    if (message) expect(p).toContainEqual({ champ, message });
    // A field typed wrong gets one message, not the parser's and the engine's.
    expect(p.filter((x) => x.champ === champ)).toHaveLength(1);
  });

  it("une colonne non-résident placée après une colonne sans critère ne sert jamais, et on le dit sur ses critères", () => {
    const g = appliquerCommande(cantine, "ajouter-colonne");
    if (!g.ok) throw new Error(g.message);
    const p = problemes(
      formulaire(g.grille, {
        "colonnes.1.libelle": "Non-résident",
        "colonnes.1.residence": "non_resident",
        ...Object.fromEntries([0, 1, 2, 3, 4].map((i) => [`tranches.${i}.prix.1`, "9"])),
      }),
    );
    expect(p).toEqual([
      {
        champ: "colonnes.1.residence",
        message: "La colonne « Non-résident » ne sert jamais : une colonne placée avant couvre déjà ces foyers",
      },
    ]);
  });

  it("des colonnes qui ne couvrent pas tous les foyers : le message va au groupe des colonnes", () => {
    const p = problemes(formulaire(cantine, { "colonnes.0.residence": "resident" }));
    expect(p).toContainEqual({
      champ: "colonnes",
      message: expect.stringContaining("Aucune colonne ne s'applique à un foyer non-résident"),
    });
  });

  it.each([
    [
      "taux d'effort : plafond sous le plancher",
      GRILLES_DEMO.cantineTauxEffort.definition,
      { "taux.0.plafond": "0,50" },
      { champ: "taux.0.plafond", message: "Le plafond doit être au moins égal au plancher (0,80\u00a0€)" },
    ],
    [
      "taux d'effort : taux nul",
      GRILLES_DEMO.cantineTauxEffort.definition,
      { "taux.0.taux": "0" },
      { champ: "taux.0.taux", message: "Le taux doit être strictement positif" },
    ],
    [
      "TPI : plafond sous le plancher",
      GRILLES_DEMO.mercrediTpi.definition,
      { "taux.0.plafondPourcent": "5" },
      { champ: "taux.0.plafondPourcent", message: "Le plafond doit être au moins égal au plancher (10\u00a0%)" },
    ],
    [
      "fratrie : rangs qui ne croissent pas",
      GRILLES_DEMO.cantineFratrie.definition,
      { "fratrie.1.rang": "2", "fratrie.1.pourcentage": "80" },
      { champ: "fratrie.1.rang", message: "Les rangs de fratrie doivent croître : celui-ci doit dépasser 3" },
    ],
  ])("%s", (_cas, def, changements, attendu) => {
    expect(problemes(formulaire(depuisDefinition(def), changements))).toContainEqual(attendu);
  });

  it("les problèmes se lisent dans l'ordre de la page", () => {
    const p = problemes(
      formulaire(cantine, { "tranches.3.prix.0": "x", "quotient.periode": "trimestriel", "tranches.1.min": "neuf" }),
    );
    expect(p.map((x) => x.champ)).toEqual(["quotient.periode", "tranches.1.min", "tranches.3.prix.0"]);
  });
});

describe("éditeur de grille : le résumé des erreurs nomme chaque champ en français", () => {
  const g = depuisDefinition(GRILLES_DEMO.periscolaireHoraire.definition);
  it.each([
    ["tranches.2.min", "Tranche 3, à partir de"],
    ["tranches.5.max", "Tranche 6, jusqu'à"],
    ["tranches.1.prix.1", "Tranche 2, prix « Non-résident »"],
    ["colonnes.0.residence", "Colonne 1 « Résident », résidence"],
    ["taux.1.plafond", "Colonne 2 « Non-résident », plafond (€)"],
    ["fratrie.0.pourcentage", "Fratrie, palier 1, pourcentage payé"],
    ["quotient.periode", "Quotient : période"],
    ["colonnes", "Colonnes de prix"],
    ["", "Grille"],
  ])("%s → « %s »", (champ, libelle) => {
    expect(libelleDuChamp(champ, g)).toBe(libelle);
  });
});

describe("éditeur de grille : boutons qui remodèlent le formulaire sans rien enregistrer", () => {
  const depart = depuisDefinition(definitionInitiale("tranches", "heure"));
  const appliquer = (g: GrilleEditee, ...commandes: string[]) =>
    commandes.reduce((x, c) => {
      const r = appliquerCommande(x, c);
      if (!r.ok) throw new Error(r.message);
      return r.grille;
    }, g);

  it("ajouter une tranche et une colonne : chaque tranche reçoit un prix vide par colonne", () => {
    const g = appliquer(depart, "ajouter-tranche", "ajouter-colonne");
    expect(g.tranches).toEqual([
      { min: "0", max: "", prix: ["0,00", ""] },
      { min: "", max: "", prix: ["", ""] },
    ]);
    expect(g.taux).toHaveLength(2);
  });

  it("retirer la colonne 1 retire ses prix dans chaque tranche, pas ceux des autres", () => {
    const g = formulaire(appliquer(depart, "ajouter-colonne", "ajouter-tranche"), {
      "tranches.0.prix.1": "1,80",
      "tranches.1.prix.0": "0,90",
      "tranches.1.prix.1": "1,80",
    });
    expect(appliquer(g, "retirer-colonne:0").tranches.map((t) => t.prix)).toEqual([["1,80"], ["1,80"]]);
  });

  it.each([
    ["retirer la seule tranche", "retirer-tranche:0", "Une grille par tranches garde au moins une tranche."],
    ["retirer la seule colonne", "retirer-colonne:0", "Une grille garde au moins une colonne de prix."],
    ["retirer une tranche qui n'existe pas", "retirer-tranche:7", "Cette tranche n'existe pas."],
    ["une commande fabriquée", "supprimer-tout", "Commande inconnue."],
  ])("%s est refusé", (_cas, commande, message) => {
    expect(appliquerCommande(depart, commande)).toEqual({ ok: false, message });
  });

  it("changer de mode garde les tranches saisies, pour revenir en arrière", () => {
    const g = appliquer(formulaire(depart, { mode: "taux_effort" }), "appliquer-mode");
    expect(g.mode).toBe("taux_effort");
    expect(formulaire(g, { mode: "tranches" }).tranches).toEqual(depart.tranches);
  });

  it("un libellé sans code donne un code lisible dans l'export CSV", () => {
    expect(["Non-résident", "Allocataire CAF (QF ≤ 700 €)", "  Tarif été  "].map(codeDepuisLibelle)).toEqual([
      "non_resident",
      "allocataire_caf_qf_700",
      "tarif_ete",
    ]);
  });
});

describe("ce qu'un administrateur débutant doit pouvoir exprimer (issue 5)", () => {
  const depart = (mode: (typeof MODES)[number], unite: "heure" | "repas") =>
    depuisDefinition(definitionInitiale(mode, unite));
  const avec = (g: GrilleEditee, commandes: string[], changements: Record<string, string>) =>
    formulaire(
      commandes.reduce((x, c) => {
        const r = appliquerCommande(x, c);
        if (!r.ok) throw new Error(r.message);
        return r.grille;
      }, g),
      changements,
    );

  it("un accueil périscolaire horaire en 6 tranches, non-résidents au double", () => {
    const bornes = [
      ["0", "400"],
      ["401", "650"],
      ["651", "900"],
      ["901", "1200"],
      ["1201", "1600"],
      ["1601", ""],
    ];
    const resident = ["0,60", "0,90", "1,20", "1,50", "1,80", "2,10"];
    const nonResident = ["1,20", "1,80", "2,40", "3,00", "3,60", "4,20"];
    const saisie: Record<string, string> = {
      "colonnes.0.libelle": "Résident",
      "colonnes.0.code": "",
      "colonnes.0.residence": "resident",
      "colonnes.1.libelle": "Non-résident",
      "colonnes.1.residence": "non_resident",
    };
    bornes.forEach(([min, max], i) =>
      Object.assign(saisie, {
        [`tranches.${i}.min`]: min,
        [`tranches.${i}.max`]: max,
        [`tranches.${i}.prix.0`]: resident[i],
        [`tranches.${i}.prix.1`]: nonResident[i],
      }),
    );
    const g = avec(depart("tranches", "heure"), ["ajouter-colonne", ...Array(5).fill("ajouter-tranche")], saisie);
    expect(definition(g).colonnes.map((c) => c.code)).toEqual(["resident", "non_resident"]);
    expect([
      prix(g, 612),
      prix(g, 612, { residence: "non_resident" }),
      prix(g, 400),
      prix(g, 401),
      prix(g, 1700, { residence: "non_resident" }),
      prix(g, null),
    ]).toEqual([90, 180, 60, 90, 420, 210]);
  });

  it("une cantine à 0,36 % du QF mensuel, entre 0,80 € et 4,50 €", () => {
    const g = avec(depart("taux_effort", "repas"), [], {
      "taux.0.taux": "0,36",
      "taux.0.plancher": "0,80",
      "taux.0.plafond": "4,50",
    });
    expect([prix(g, 612), prix(g, 100), prix(g, 2000), prix(g, null)]).toEqual([220, 80, 450, 450]);
  });

  it("une cantine par tranches où le troisième enfant paie moitié prix", () => {
    const g = avec(depuisDefinition(GRILLE_CANTINE_QF), ["ajouter-palier"], {
      "fratrie.0.rang": "3",
      "fratrie.0.pourcentage": "50",
    });
    expect([1, 2, 3, 4].map((rang) => prix(g, 612, { rangFratrie: rang }))).toEqual([235, 235, 118, 118]);
  });
});

describe("éditeur de grille : une réduction de fratrie limitée à des tranches (issue 22 §2)", () => {
  const cantine = depuisDefinition(GRILLES_DEMO.cantineUnEuroFratrie.definition);

  it("les cases cochées du palier sont les tranches où il ne s'applique pas, en liste dans le formulaire", () => {
    expect(aplatir(cantine)["fratrie.0.sauf"]).toEqual(["1"]);
    const g = formulaire(cantine, { "fratrie.0.sauf": ["1", "2"] });
    expect(definition(g).modificateurs.fratrie[0]?.saufTranches).toEqual([1, 2]);
    // No box ticked: the step applies to every bracket, and the definition does not mention it.
    const aucune = depuisValeurs(
      Object.fromEntries(Object.entries(aplatir(cantine)).filter(([k]) => k !== "fratrie.0.sauf")),
    );
    expect(definition(aucune).modificateurs.fratrie[0]).toEqual({ aPartirDuRang: 3, pourcentagePaye: 50 });
  });

  it("le 3e enfant en tranche 1 garde 1,00 €, en tranche 2 paie la moitié", () => {
    expect(prix(cantine, 300, { rangFratrie: 3 })).toBe(100);
    expect(prix(cantine, 612, { rangFratrie: 3 })).toBe(118);
  });

  it.each([
    [
      "une case fabriquée qui n'est pas un numéro",
      ["x"],
      "Numéro de tranche attendu, par exemple 1 (vous avez saisi « x »)",
    ],
    ["une tranche qui n'existe pas", ["9"], "La tranche 9 n'existe pas (la grille en a 5)"],
    [
      "toutes les tranches cochées",
      ["1", "2", "3", "4", "5"],
      "Cette réduction ne s'appliquerait à aucune tranche : laissez-en au moins une",
    ],
  ])("%s : le message va au groupe de cases du palier", (_cas, sauf, message) => {
    const g = formulaire(cantine, { "fratrie.0.sauf": sauf });
    expect(problemes(g)).toContainEqual({ champ: "fratrie.0.sauf", message });
    expect(libelleDuChamp("fratrie.0.sauf", g)).toBe("Fratrie, palier 1, tranches où la réduction ne s'applique pas");
  });

  it("retirer une tranche renumérote les tranches exclues ; retirer la tranche exclue la retire du palier", () => {
    const g = formulaire(cantine, { "fratrie.0.sauf": ["1", "4"] });
    const sans2 = appliquerCommande(g, "retirer-tranche:1");
    if (!sans2.ok) throw new Error(sans2.message);
    expect(sans2.grille.fratrie[0]?.sauf).toEqual(["1", "3"]);
    const sans1 = appliquerCommande(g, "retirer-tranche:0");
    if (!sans1.ok) throw new Error(sans1.message);
    expect(sans1.grille.fratrie[0]?.sauf).toEqual(["3"]);
  });

  it("en mode taux, les tranches exclues sont gardées dans le formulaire mais pas dans la définition", () => {
    const g = { ...cantine, mode: "taux_effort" as const };
    expect(formulaire(g).fratrie[0]?.sauf).toEqual(["1"]);
    const r = versDefinition({
      ...g,
      taux: [{ ...g.taux[0]!, taux: "0,36", plancher: "0,80", plafond: "4,50" }],
    });
    expect(r.ok && r.definition.modificateurs.fratrie[0]).toEqual({ aPartirDuRang: 3, pourcentagePaye: 50 });
  });
});
