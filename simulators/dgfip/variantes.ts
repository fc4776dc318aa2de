// Answers as they really come (issue 15, point 9): a 200 whose form differs from the neat one without its meaning
// changing, chosen per request by the `X-Simulateur-Variante` header, for a whole run by the configuration, or for
// one persona by its `varianteReponse` in the population. Syntax: `;`-separated directives, e.g.
//   nulls                  every contract property the answer lacks is sent as `null` (a JAXB-style serializer)
//   nombres-en-texte       every number is sent as a string ("48200", "2.5")
//   aft=absent|partiel     `aftDetail` left out (only the one-line `aft`), or reduced to its `voie`
//   commune=<nom>          the commune's name in another form, URI-encoded ("ST-AMAND-DE-LYS%20CEDEX"), in
//                          `aftDetail.getcommune` and in `aft`
//   code-postal-nombre     `aftDetail.getcodePostal` sent as a JSON number (00100 becomes 100)
// `nulls`, `nombres-en-texte` and `code-postal-nombre` leave the contract's types: they are not checked against it.
import { z } from "zod";

export const ENTETE_VARIANTE = "x-simulateur-variante";

const schema = z
  .object({
    nulls: z.literal(true).optional(),
    "nombres-en-texte": z.literal(true).optional(),
    aft: z.enum(["absent", "partiel"]).optional(),
    commune: z
      .string()
      .min(1)
      .max(200)
      .transform((v, ctx) => {
        try {
          return decodeURIComponent(v);
        } catch {
          ctx.addIssue({ code: "custom", message: "commune : encodage URI invalide" });
          return z.NEVER;
        }
      })
      .optional(),
    "code-postal-nombre": z.literal(true).optional(),
  })
  .strict();

export type Variante = z.infer<typeof schema>;

export class VarianteInvalide extends Error {}

export function lireVariante(texte: string): Variante {
  const brut: Record<string, string | true> = {};
  for (const morceau of texte
    .split(";")
    .map((m) => m.trim())
    .filter(Boolean)) {
    const i = morceau.indexOf("=");
    if (i < 0) brut[morceau] = true;
    else brut[morceau.slice(0, i).trim()] = morceau.slice(i + 1).trim();
  }
  const r = schema.safeParse(brut);
  if (!r.success) throw new VarianteInvalide(r.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join(", "));
  return r.data;
}

/** The variant leaves the contract's types (the tests' contract check skips it). */
export const horsContrat = (v: Variante) => Boolean(v.nulls || v["nombres-en-texte"] || v["code-postal-nombre"]);

type Situation = Record<string, unknown>;

function enTexte(v: unknown): unknown {
  if (typeof v === "number") return String(v);
  if (Array.isArray(v)) return v.map(enTexte);
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, enTexte(x)]));
  return v;
}

function varierSituation(s: Situation, v: Variante, champs: ReadonlySet<string>): Situation {
  let sortie: Situation = structuredClone(s);
  const detail = sortie.aftDetail as Record<string, unknown> | undefined;
  if (v.commune && detail) {
    const ancienne = String(detail.getcommune ?? "");
    detail.getcommune = v.commune;
    if (typeof sortie.aft === "string" && ancienne) sortie.aft = sortie.aft.replace(ancienne, v.commune);
  }
  if (v["code-postal-nombre"] && detail && typeof detail.getcodePostal === "string")
    detail.getcodePostal = Number(detail.getcodePostal);
  if (v.aft === "absent") delete sortie.aftDetail;
  if (v.aft === "partiel" && detail) sortie.aftDetail = { voie: detail.voie };
  if (v["nombres-en-texte"]) sortie = enTexte(sortie) as Situation;
  if (v.nulls) for (const c of champs) if (!(c in sortie)) sortie[c] = null;
  return sortie;
}

/** The same answer (single situation or `{situationsIR: […]}`) in the variant's form. */
export function appliquerVariante(corps: unknown, v: Variante, champs: ReadonlySet<string>): unknown {
  const c = corps as { situationsIR?: Situation[] } & Situation;
  if (Array.isArray(c.situationsIR)) return { situationsIR: c.situationsIR.map((s) => varierSituation(s, v, champs)) };
  return varierSituation(c, v, champs);
}
