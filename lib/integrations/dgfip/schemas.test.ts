// The client's zod schemas against the OpenAPI contract, property by property: a body where every property of the
// contract holds a value of its declared type parses unchanged (nothing unknown, nothing dropped), and each
// property given a value of another type is refused.
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

function valide(s: SchemaOpenApi): unknown {
  const r = resoudre(s);
  if (r.type === "integer") return 7;
  if (r.type === "number") return 2.5;
  if (r.type === "string") return "x";
  if (r.type === "array") return [valide(r.items as SchemaOpenApi)];
  return Object.fromEntries(Object.entries(r.properties ?? {}).map(([k, v]) => [k, valide(v)]));
}

/** Every path to a leaf, with a value of the wrong type for it. */
function fautes(
  s: SchemaOpenApi,
  chemin: (string | number)[] = [],
): { chemin: (string | number)[]; valeur: unknown }[] {
  const r = resoudre(s);
  if (r.type === "integer")
    return [
      { chemin, valeur: 1.5 },
      { chemin, valeur: "7" },
    ];
  if (r.type === "number") return [{ chemin, valeur: "2.5" }];
  if (r.type === "string") return [{ chemin, valeur: 7 }];
  if (r.type === "array") return [{ chemin, valeur: "x" }, ...fautes(r.items as SchemaOpenApi, [...chemin, 0])];
  return [
    { chemin, valeur: "x" },
    ...Object.entries(r.properties ?? {}).flatMap(([k, v]) => fautes(v, [...chemin, k])),
  ];
}

function remplacer(objet: unknown, chemin: (string | number)[], valeur: unknown): unknown {
  if (chemin.length === 0) return valeur;
  const copie = structuredClone(objet) as Record<string | number, unknown>;
  const [tete, ...reste] = chemin as [string | number, ...(string | number)[]];
  copie[tete] = remplacer(copie[tete], reste, valeur);
  return copie;
}

describe.each([
  ["SituationsIRAssiettesJAXBbean", situationIrAssiettes],
  ["SituationIRAssietteMultiJAXBbean", situationIrAssietteMulti],
  ["SituationsIRAssiettesMultipleJAXBbean", situationsIrAssiettesMultiple],
] as [string, z.ZodType][])("le schéma zod de %s suit le contrat", (nom, schema) => {
  const s = contrat.components.schemas[nom] as SchemaOpenApi;

  it("un corps complet et bien typé est lu tel quel, sans propriété perdue", () => {
    const corps = valide(s);
    expect(schema.parse(corps)).toEqual(corps);
  });

  it("chaque propriété d'un autre type que celui du contrat est refusée", () => {
    const corps = valide(s);
    const acceptees = fautes(s)
      .filter((f) => f.chemin.length > 0)
      .filter((f) => schema.safeParse(remplacer(corps, f.chemin, f.valeur)).success)
      .map((f) => f.chemin.join("."));
    expect(acceptees).toEqual([]);
  });

  it("ne connaît aucune propriété absente du contrat", () => {
    const forme = (schema as unknown as { shape: Record<string, unknown> }).shape;
    expect(Object.keys(forme).sort()).toEqual(Object.keys(s.properties ?? {}).sort());
  });
});
