// The client's zod schemas against the OpenAPI contract, property by property. The fields the portal uses are
// validated strictly (a value of another type is refused; a number written as text is converted only when it is
// unambiguous); every other field of the contract is tolerated whatever it holds (null, a number as text…) and
// dropped: one odd value in a field nobody reads must not turn a valid 200 into a failure (issue 15, point 9).
import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";
import type { z } from "zod";

import { situationIrAssietteMulti, situationIrAssiettes, situationsIrAssiettesMultiple } from "./schemas";

interface SchemaOpenApi {
  type?: string;
  format?: string;
  $ref?: string;
  properties?: Record<string, SchemaOpenApi>;
  items?: SchemaOpenApi;
}

const contrat = JSON.parse(
  readFileSync(path.join(import.meta.dirname, "contrat/api-impot-particulier.openapi.json"), "utf8"),
) as {
  components: { schemas: Record<string, SchemaOpenApi> };
};
const resoudre = (s: SchemaOpenApi): SchemaOpenApi =>
  s.$ref ? (contrat.components.schemas[s.$ref.split("/").at(-1) as string] as SchemaOpenApi) : s;

/** The leaves the portal reads (donnees-fiscales.ts, and the periods of the `multiple` resource). */
const DECLARANTS = ["1", "2"].flatMap((n) => [
  `nmNaiDec${n}`,
  `nmUsaDec${n}`,
  `prnmDec${n}`,
  `dateNaisDec${n}.jour`,
  `dateNaisDec${n}.mois`,
  `dateNaisDec${n}.annee`,
]);
const UTILISES = new Set([
  "rfr",
  "revImposable",
  "nbPart",
  "sitFam",
  "pac.nbPac",
  "sitParIso",
  "aft",
  "aftDetail.voie",
  "aftDetail.complementAdresse",
  "aftDetail.getcodePostal",
  "aftDetail.getcommune",
  ...DECLARANTS,
  "dateDebutPeriode",
  "dateFinPeriode",
  "dateDecesdec1",
  "dateDecesdec2",
]);
/** Text fields where a JSON number is read back as its digits (a postcode, a day…). */
const TEXTE_NUMERIQUE = /^(aftDetail\.getcodePostal|dateNaisDec[12]\.(jour|mois|annee))$/;

/** "aftDetail.getcodePostal" for situationsIR.0.aftDetail.getcodePostal too. */
const cle = (chemin: (string | number)[]) =>
  chemin.filter((c) => typeof c === "string" && c !== "situationsIR").join(".");
const utilise = (chemin: (string | number)[]) => UTILISES.has(cle(chemin));

function valide(s: SchemaOpenApi): unknown {
  const r = resoudre(s);
  if (r.type === "integer") return 7;
  if (r.type === "number") return 2.5;
  if (r.type === "string") return "x";
  if (r.type === "array") return [valide(r.items as SchemaOpenApi)];
  return Object.fromEntries(Object.entries(r.properties ?? {}).map(([k, v]) => [k, valide(v)]));
}

/** Every path to a leaf of the contract, with its declared type. */
function feuilles(s: SchemaOpenApi, chemin: (string | number)[] = []): { chemin: (string | number)[]; type: string }[] {
  const r = resoudre(s);
  if (r.type === "array") return feuilles(r.items as SchemaOpenApi, [...chemin, 0]);
  if (r.properties) return Object.entries(r.properties).flatMap(([k, v]) => feuilles(v, [...chemin, k]));
  return [{ chemin, type: r.type ?? "string" }];
}

function remplacer(objet: unknown, chemin: (string | number)[], valeur: unknown): unknown {
  if (chemin.length === 0) return valeur;
  const [tete, ...reste] = chemin as [string | number, ...(string | number)[]];
  const copie = structuredClone(objet ?? (typeof tete === "number" ? [] : {})) as Record<string | number, unknown>;
  copie[tete] = remplacer(copie[tete], reste, valeur);
  return copie;
}

function lire(objet: unknown, chemin: (string | number)[]): unknown {
  return chemin.reduce<unknown>((o, c) => (o as Record<string | number, unknown> | undefined)?.[c], objet);
}

/** Deep equality as `toEqual` sees it (key order and undefined properties ignored). */
function egal(a: unknown, b: unknown): boolean {
  try {
    expect(a).toEqual(b);
    return true;
  } catch {
    return false;
  }
}

/** The body reduced to the fields the portal uses. */
function reduit(corps: unknown, s: SchemaOpenApi): unknown {
  let sortie: unknown = {};
  for (const f of feuilles(s).filter((x) => utilise(x.chemin)))
    sortie = remplacer(sortie, f.chemin, lire(corps, f.chemin));
  return sortie;
}

describe.each([
  ["SituationsIRAssiettesJAXBbean", situationIrAssiettes],
  ["SituationIRAssietteMultiJAXBbean", situationIrAssietteMulti],
  ["SituationsIRAssiettesMultipleJAXBbean", situationsIrAssiettesMultiple],
] as [string, z.ZodType][])("le schéma zod de %s", (nom, schema) => {
  const s = contrat.components.schemas[nom] as SchemaOpenApi;
  const corps = valide(s);
  const toutes = feuilles(s);

  it("lit tels quels les champs utilisés d'un corps complet et bien typé, et rien d'autre", () => {
    expect(schema.parse(corps)).toEqual(reduit(corps, s));
  });

  it("refuse dans un champ utilisé une valeur d'un autre type (texte non numérique, décimal pour un entier, objet)", () => {
    const acceptees = toutes
      .filter((f) => utilise(f.chemin))
      .flatMap((f) => {
        const fautes: unknown[] =
          f.type === "integer"
            ? [1.5, "sept", "48 200", "1e3", "", {}]
            : f.type === "number"
              ? ["deux", "2,5", {}]
              : [{}, true];
        if (f.type === "string" && !TEXTE_NUMERIQUE.test(cle(f.chemin))) fautes.push(7);
        return fautes.map((valeur) => ({ chemin: f.chemin, valeur }));
      })
      .filter((f) => schema.safeParse(remplacer(corps, f.chemin, f.valeur)).success)
      .map((f) => `${f.chemin.join(".")} = ${JSON.stringify(f.valeur)}`);
    expect(acceptees).toEqual([]);
  });

  it("tolère dans un champ non utilisé null, un nombre en texte ou un autre type, et lit le reste inchangé", () => {
    const refusees = toutes
      .filter((f) => !utilise(f.chemin))
      .flatMap((f) => [null, "7", "2.5", {}, [1]].map((valeur) => ({ chemin: f.chemin, valeur })))
      .filter((f) => {
        const r = schema.safeParse(remplacer(corps, f.chemin, f.valeur));
        return !r.success || !egal(r.data, reduit(corps, s));
      })
      .map((f) => `${f.chemin.join(".")} = ${JSON.stringify(f.valeur)}`);
    expect(refusees).toEqual([]);
  });

  it("un null dans un champ utilisé vaut absent", () => {
    const refusees = toutes
      .filter((f) => utilise(f.chemin))
      .filter((f) => {
        const r = schema.safeParse(remplacer(corps, f.chemin, null));
        return !r.success || lire(r.data, f.chemin) !== undefined;
      })
      .map((f) => f.chemin.join("."));
    expect(refusees).toEqual([]);
  });
});

it("chaque champ utilisé est un champ du contrat (situation de la ressource multiple)", () => {
  const declares = feuilles(contrat.components.schemas.SituationIRAssietteMultiJAXBbean as SchemaOpenApi).map((f) =>
    f.chemin.join("."),
  );
  expect([...UTILISES].filter((u) => !declares.includes(u))).toEqual([]);
});

describe("nombres écrits en texte dans les champs utilisés", () => {
  it.each([
    ["rfr", "48200", 48200],
    ["rfr", " 0 ", 0],
    ["revImposable", "46272", 46272],
    ["nbPart", "2.5", 2.5],
    ["nbPart", "3", 3],
    ["pac", { nbPac: "2" }, { nbPac: 2 }],
    [
      "aftDetail",
      { getcodePostal: 100, getcommune: "BELLECOMBE SUR LYS" },
      { getcodePostal: "00100", getcommune: "BELLECOMBE SUR LYS" },
    ],
    ["aftDetail", { getcodePostal: 75001 }, { getcodePostal: "75001" }],
    ["dateNaisDec1", { jour: 3, mois: 9, annee: 1979 }, { jour: "03", mois: "09", annee: "1979" }],
  ])("%s : %j est lu %j", (champ, brut, attendu) => {
    expect(situationIrAssiettes.parse({ [champ]: brut })).toEqual({ [champ]: attendu });
  });

  it.each([
    ["rfr", "48 200"],
    ["rfr", "48200,5"],
    ["nbPart", "2,5"],
    ["nbPart", "-1"],
    ["aftDetail", { getcodePostal: 1234567 }],
    ["aftDetail", { getcodePostal: 100.5 }],
    ["dateNaisDec1", { jour: 1.5 }],
  ])("%s : %j est ambigu, refusé", (champ, brut) => {
    expect(situationIrAssiettes.safeParse({ [champ]: brut }).success).toBe(false);
  });
});
