// Every text field of every schema has a maximum length: a form, a CSV import or an upstream answer cannot hand
// the portal megabytes in one field. Walks every zod schema exported by a schema module (`schemas.ts`,
// `*.schema.ts`, the shared form fields), through objects, arrays, unions, pipes, defaults and optionals.
import { describe, expect, it } from "vitest";
import type { z } from "zod";

const modules = import.meta.glob<Record<string, unknown>>(
  ["/lib/**/schemas.ts", "/lib/**/*.schema.ts", "/lib/commun/champs-formulaire.ts"],
  { eager: true },
);

/** Formats whose length is bounded by their own pattern. */
const FORMATS_BORNES = new Set(["uuid", "guid", "cuid", "cuid2", "ulid", "nanoid", "date", "time", "datetime"]);

type Schema = z.core.$ZodType;
const estSchema = (v: unknown): v is Schema => typeof v === "object" && v !== null && "_zod" in v;

function sansLongueurMax(s: Schema, chemin: string, vus = new Set<Schema>()): string[] {
  // `vus` holds the schemas on the current path only (a lazy schema may contain itself); a schema reused by two
  // fields is walked for each of them.
  if (vus.has(s)) return [];
  vus.add(s);
  try {
    return parcourir(s, chemin, vus);
  } finally {
    vus.delete(s);
  }
}

function parcourir(s: Schema, chemin: string, vus: Set<Schema>): string[] {
  const def = s._zod.def as unknown as Record<string, unknown> & { type: string };
  const sous = (v: unknown, c: string) => (estSchema(v) ? sansLongueurMax(v, c, vus) : []);
  switch (def.type) {
    case "string": {
      const controles = ((def.checks ?? []) as Schema[]).map((c) => (c._zod.def as { check?: string }).check);
      const bornee = controles.includes("max_length") || controles.includes("length_equals");
      return bornee || FORMATS_BORNES.has(String(def.format)) ? [] : [chemin];
    }
    case "object":
      return Object.entries(def.shape as Record<string, unknown>).flatMap(([k, v]) => sous(v, `${chemin}.${k}`));
    case "array":
      return sous(def.element, `${chemin}[]`);
    case "union":
      return (def.options as unknown[]).flatMap((o, i) => sous(o, `${chemin}|${i}`));
    case "intersection":
      return [...sous(def.left, chemin), ...sous(def.right, chemin)];
    case "record":
      return [...sous(def.keyType, `${chemin}{clé}`), ...sous(def.valueType, `${chemin}{}`)];
    case "tuple":
      return (def.items as unknown[]).flatMap((o, i) => sous(o, `${chemin}[${i}]`));
    case "pipe":
      // A string on the way in bounds whatever it becomes (`.max(254).pipe(z.email())`): only it needs the limit.
      return entreeTexte(def.in as Schema) ? sous(def.in, chemin) : [...sous(def.in, chemin), ...sous(def.out, chemin)];
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "nonoptional":
    case "readonly":
    case "catch":
      return sous(def.innerType, chemin);
    case "lazy":
      return sous((def.getter as () => unknown)(), chemin);
    default:
      return [];
  }
}

/** True when what enters this schema is a plain string (through the inputs of nested pipes). */
function entreeTexte(s: Schema): boolean {
  const def = s._zod.def as unknown as { type: string; in?: Schema };
  return def.type === "string" || (def.type === "pipe" && def.in !== undefined && entreeTexte(def.in));
}

describe("longueur maximale des champs texte", () => {
  const schemas = Object.entries(modules).flatMap(([fichier, exports]) =>
    Object.entries(exports)
      .filter(([, v]) => estSchema(v))
      .map(([nom, v]) => ({ nom: `${fichier.replace(/^\/lib\//, "")}:${nom}`, schema: v as Schema })),
  );

  it("trouve les schémas à examiner", () => {
    expect(schemas.length).toBeGreaterThan(20);
  });

  it("chaque champ texte de chaque schéma a une longueur maximale", () => {
    expect(schemas.flatMap(({ nom, schema }) => sansLongueurMax(schema, nom))).toEqual([]);
  });
});
