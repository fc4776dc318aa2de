// Cross-field rules of a grid definition: brackets ascending, contiguous and non-overlapping, every column priced
// and reachable, floor ≤ ceiling, rules that fit the mode. Messages are for an admin, next to the field at fault.
import type { z } from "zod";

import type { Colonne, DefinitionGrille } from "./definition.schema";
import { formaterMontantSouple, formaterPourcent, formaterPrix } from "./format-fr";

type Ctx = z.RefinementCtx<DefinitionGrille>;
type Chemin = (string | number)[];

const signaler = (ctx: Ctx, chemin: Chemin, message: string) => ctx.addIssue({ code: "custom", path: chemin, message });

/** Smallest step between two quotients: 1 cent, or 1 euro when the quotient is rounded to the euro. */
function pasDuQuotient(def: Pick<DefinitionGrille, "quotient">): number {
  return def.quotient.arrondi === "centime" ? 1 : 100;
}

const SITUATIONS_COLONNE = [
  { residence: "resident", allocataireCaf: false, libelle: "résident non allocataire CAF" },
  { residence: "resident", allocataireCaf: true, libelle: "résident allocataire CAF" },
  { residence: "non_resident", allocataireCaf: false, libelle: "non-résident non allocataire CAF" },
  { residence: "non_resident", allocataireCaf: true, libelle: "non-résident allocataire CAF" },
] as const;

export function colonneConvient(
  c: Colonne,
  s: { residence: "resident" | "non_resident"; allocataireCaf: boolean },
): boolean {
  return (
    (c.criteres.residence === undefined || c.criteres.residence === s.residence) &&
    (c.criteres.allocataireCaf === undefined || c.criteres.allocataireCaf === s.allocataireCaf)
  );
}

export function verifierCoherence(def: DefinitionGrille, ctx: Ctx): void {
  verifierQuotient(def, ctx);
  verifierColonnes(def, ctx);
  if (def.bareme.type === "tranches") verifierTranches(def, ctx);
  else verifierParametresTaux(def, ctx);
  const sansDonneesAttendu = def.bareme.type === "tranches" ? "tranche_la_plus_haute" : "plafond";
  if (def.sansDonnees !== sansDonneesAttendu) {
    signaler(
      ctx,
      ["sansDonnees"],
      def.bareme.type === "tranches"
        ? "Sans données, une grille par tranches applique la tranche la plus haute"
        : "Sans données, un taux applique le plafond",
    );
  }
  def.modificateurs.fratrie.forEach((p, i, tous) => {
    const prec = tous[i - 1];
    if (prec && p.aPartirDuRang <= prec.aPartirDuRang) {
      signaler(
        ctx,
        ["modificateurs", "fratrie", i, "aPartirDuRang"],
        `Les rangs de fratrie doivent croître : celui-ci doit dépasser ${prec.aPartirDuRang}`,
      );
    }
    verifierSaufTranches(def, ctx, p.saufTranches, ["modificateurs", "fratrie", i, "saufTranches"]);
  });
}

/** Brackets a modifier is kept out of: existing brackets, each once, and at least one bracket left. */
function verifierSaufTranches(def: DefinitionGrille, ctx: Ctx, sauf: number[] | undefined, chemin: Chemin) {
  if (!sauf?.length) return;
  if (def.bareme.type !== "tranches") {
    signaler(ctx, chemin, "Seule une grille par tranches peut limiter une réduction à certaines tranches");
    return;
  }
  const n = def.bareme.tranches.length;
  const vues = new Set<number>();
  for (const t of sauf) {
    if (t > n) signaler(ctx, chemin, `La tranche ${t} n'existe pas (la grille en a ${n})`);
    else if (vues.has(t)) signaler(ctx, chemin, `Tranche ${t} citée deux fois`);
    vues.add(t);
  }
  if ([...vues].filter((t) => t <= n).length >= n)
    signaler(ctx, chemin, "Cette réduction ne s'appliquerait à aucune tranche : laissez-en au moins une");
}

function verifierQuotient(def: DefinitionGrille, ctx: Ctx) {
  if (def.quotient.source !== "fiscal" && def.quotient.periode !== "mensuel") {
    signaler(ctx, ["quotient", "periode"], "Le QF CAF est mensuel : choisissez un quotient mensuel");
  }
}

function verifierColonnes(def: DefinitionGrille, ctx: Ctx) {
  const vus = new Map<string, number>();
  def.colonnes.forEach((c, i) => {
    const avant = vus.get(c.code);
    if (avant !== undefined) signaler(ctx, ["colonnes", i, "code"], `Code déjà utilisé par la colonne ${avant + 1}`);
    else vus.set(c.code, i);
  });
  const utilisees = new Set<number>();
  for (const s of SITUATIONS_COLONNE) {
    const i = def.colonnes.findIndex((c) => colonneConvient(c, s));
    if (i < 0)
      signaler(
        ctx,
        ["colonnes"],
        `Aucune colonne ne s'applique à un foyer ${s.libelle} : ajoutez une colonne sans critère ou élargissez les critères`,
      );
    else utilisees.add(i);
  }
  def.colonnes.forEach((c, i) => {
    if (!utilisees.has(i))
      signaler(
        ctx,
        ["colonnes", i, "criteres"],
        `La colonne « ${c.libelle} » ne sert jamais : une colonne placée avant couvre déjà ces foyers`,
      );
  });
}

/** Keys of a per-column record: every column priced, no unknown column. */
function verifierCles(def: DefinitionGrille, ctx: Ctx, cles: string[], chemin: Chemin, quoi: string) {
  for (const c of def.colonnes) {
    if (!cles.includes(c.code)) signaler(ctx, [...chemin, c.code], `${quoi} manquant pour la colonne « ${c.libelle} »`);
  }
  for (const k of cles) {
    if (!def.colonnes.some((c) => c.code === k)) signaler(ctx, [...chemin, k], `Colonne inconnue : « ${k} »`);
  }
}

function verifierTranches(def: DefinitionGrille, ctx: Ctx) {
  if (def.bareme.type !== "tranches") return;
  const pas = pasDuQuotient(def);
  const tranches = def.bareme.tranches;
  tranches.forEach((t, i) => {
    const ch: Chemin = ["bareme", "tranches", i];
    const derniere = i === tranches.length - 1;
    if (i === 0 && t.minCentimes !== 0)
      signaler(ctx, [...ch, "minCentimes"], "La première tranche doit commencer à 0 €");
    for (const [champ, v] of [
      ["minCentimes", t.minCentimes],
      ["maxCentimes", t.maxCentimes],
    ] as const) {
      if (v !== null && v % pas !== 0)
        signaler(ctx, [...ch, champ], "Le quotient est arrondi à l'euro : les bornes sont des euros entiers");
    }
    if (t.maxCentimes !== null && t.maxCentimes < t.minCentimes) {
      signaler(
        ctx,
        [...ch, "maxCentimes"],
        `La borne haute doit être au moins égale à la borne basse (${formaterMontantSouple(t.minCentimes)})`,
      );
    }
    if (!derniere && t.maxCentimes === null)
      signaler(ctx, [...ch, "maxCentimes"], "Seule la dernière tranche peut être sans borne haute");
    if (derniere && t.maxCentimes !== null)
      signaler(
        ctx,
        [...ch, "maxCentimes"],
        "La dernière tranche doit être sans borne haute, pour couvrir tous les quotients",
      );
    const prec = tranches[i - 1];
    // A previous bracket already reported as inverted would only add a confusing second message here.
    if (prec && prec.maxCentimes !== null && prec.maxCentimes >= prec.minCentimes) {
      const attendu = prec.maxCentimes + pas;
      if (t.minCentimes < attendu) {
        signaler(
          ctx,
          [...ch, "minCentimes"],
          `Chevauche la tranche ${i} : doit commencer à ${formaterMontantSouple(attendu)}`,
        );
      } else if (t.minCentimes > attendu) {
        signaler(
          ctx,
          [...ch, "minCentimes"],
          `Laisse un trou après la tranche ${i} : doit commencer à ${formaterMontantSouple(attendu)}`,
        );
      }
    }
    verifierCles(def, ctx, Object.keys(t.prix), [...ch, "prix"], "Prix");
  });
}

function verifierParametresTaux(def: DefinitionGrille, ctx: Ctx) {
  const b = def.bareme;
  if (b.type === "tranches") return;
  verifierCles(def, ctx, Object.keys(b.parametres), ["bareme", "parametres"], "Taux");
  for (const [code, p] of Object.entries(b.parametres)) {
    const ch: Chemin = ["bareme", "parametres", code];
    if ("plafondCentimes" in p && p.plafondCentimes < p.plancherCentimes) {
      signaler(
        ctx,
        [...ch, "plafondCentimes"],
        `Le plafond doit être au moins égal au plancher (${formaterPrix(p.plancherCentimes)})`,
      );
    }
    if ("plafondPourcent" in p && p.plafondPourcent < p.plancherPourcent) {
      signaler(
        ctx,
        [...ch, "plafondPourcent"],
        `Le plafond doit être au moins égal au plancher (${formaterPourcent(p.plancherPourcent)})`,
      );
    }
    if (p.tauxPourcent === 0) signaler(ctx, [...ch, "tauxPourcent"], "Le taux doit être strictement positif");
  }
}

/** Non-blocking remarks for the editor: a price that falls as the quotient rises is allowed, but worth a look. */
export function remarquesGrille(def: DefinitionGrille): { chemin: Chemin; message: string }[] {
  if (def.bareme.type !== "tranches") return [];
  const remarques: { chemin: Chemin; message: string }[] = [];
  const tranches = def.bareme.tranches;
  for (let i = 1; i < tranches.length; i++) {
    for (const c of def.colonnes) {
      const avant = tranches[i - 1]?.prix[c.code];
      const ici = tranches[i]?.prix[c.code];
      if (avant !== undefined && ici !== undefined && ici < avant) {
        remarques.push({
          chemin: ["bareme", "tranches", i, "prix", c.code],
          message: `Prix inférieur à celui de la tranche ${i} (${formaterPrix(avant)}) alors que le quotient augmente`,
        });
      }
    }
  }
  return remarques;
}
