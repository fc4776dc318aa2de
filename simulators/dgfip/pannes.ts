// Fault injection, chosen per request by the `X-Simulateur-Panne` header (parallel tests do not disturb each
// other) or for a whole run by the configuration (serial tests). Syntax: `;`-separated directives, e.g.
//   latence=300            wait 300 ms before answering
//   statut=503             answer this status (204, 404, 410, 429, 500, 502, 503, 504) instead of the resource
//   code=4199              with `statut`: this DGFiP error code in the body (an undocumented one, say)
//   suspendre              never answer (the caller's timeout fires); the socket is closed after 60 s
//   corps=tronque|invalide 200 with a cut JSON body, or a JSON body that breaks the contract's types
//   erreur=vide|html|autre-json  with `statut`: the error body is empty, a proxy's HTML page or another JSON
//                          instead of the DGFiP's `{"erreur": …}` (a misconfigured URL answers so)
//   fois=2;cle=<id>        apply only to the first 2 requests carrying this key (then answer normally)
import { z } from "zod";

export const ENTETE_PANNE = "x-simulateur-panne";

const STATUTS = [204, 404, 410, 429, 500, 502, 503, 504] as const;

const schemaPanne = (statuts: readonly number[]) =>
  z
    .object({
      latence: z.coerce.number().int().min(0).max(60_000).optional(),
      statut: z.coerce
        .number()
        .int()
        .refine((s) => statuts.includes(s), { message: `statut parmi ${statuts.join(", ")}` })
        .optional(),
      suspendre: z.literal(true).optional(),
      corps: z.enum(["tronque", "invalide"]).optional(),
      erreur: z.enum(["vide", "html", "autre-json"]).optional(),
      code: z
        .string()
        .regex(/^\d{3,5}$/)
        .optional(),
      fois: z.coerce.number().int().min(1).optional(),
      cle: z.string().min(1).max(100).optional(),
    })
    .strict()
    .refine((p) => (p.fois === undefined) === (p.cle === undefined), { message: "fois et cle vont ensemble" })
    .refine((p) => p.erreur === undefined || p.statut !== undefined, { message: "erreur va avec statut" })
    .refine((p) => p.code === undefined || p.statut !== undefined, { message: "code va avec statut" });

export type Panne = z.infer<ReturnType<typeof schemaPanne>>;

export class PanneInvalide extends Error {}

/** `statuts` : ceux que le simulateur sait injecter (le simulateur API Particulier a les siens, 409 compris). */
export function lirePanne(texte: string, statuts: readonly number[] = STATUTS): Panne {
  const brut: Record<string, string | true> = {};
  for (const morceau of texte
    .split(";")
    .map((m) => m.trim())
    .filter(Boolean)) {
    const [cle, valeur] = morceau.split("=", 2) as [string, string | undefined];
    brut[cle.trim()] = valeur === undefined ? true : valeur.trim();
  }
  const r = schemaPanne(statuts).safeParse(brut);
  if (!r.success) throw new PanneInvalide(r.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join(", "));
  return r.data;
}

/** Remembers how many times each keyed fault fired. Bounded: old keys are forgotten first. */
export class CompteurPannes {
  private readonly vus = new Map<string, number>();

  /** True when this keyed fault still applies to the current request (and counts it). */
  appliquer(p: Panne): boolean {
    if (p.cle === undefined || p.fois === undefined) return true;
    const n = this.vus.get(p.cle) ?? 0;
    this.vus.delete(p.cle);
    this.vus.set(p.cle, n + 1);
    if (this.vus.size > 10_000) this.vus.delete(this.vus.keys().next().value as string);
    return n < p.fois;
  }
}

export const attendre = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** A body that breaks the contract in the two ways a client must survive. */
export function corpsMalForme(genre: "tronque" | "invalide", corpsValide: string): string {
  return genre === "tronque"
    ? corpsValide.slice(0, Math.max(1, Math.floor(corpsValide.length / 2)))
    : JSON.stringify({ rfr: "quarante mille", nbPart: "trois", pac: [] });
}
