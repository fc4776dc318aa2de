// Benchmark of the tariff engine: 100 000 fictitious families × 5 activities (the demo grids).
// Baseline, measured in the same run on the same families: a naive float implementation of the same rules, with
// no explanation. The ratio says what exactness (BigInt fractions, one rounding) and the explanation cost; the
// number of differing prices says what the floats would have got wrong.
//   npx tsx scripts/bench/tarifs.ts [familles]
import { performance } from "node:perf_hooks";

import { calculerTarif } from "@/lib/tarifs/domain/calculer-tarif";
import { colonneConvient } from "@/lib/tarifs/domain/definition.coherence";
import { validerDefinition, type DefinitionGrille } from "@/lib/tarifs/domain/definition.schema";
import type { EntreeTarif } from "@/lib/tarifs/domain/entree";
import { expliquerEnFrancais } from "@/lib/tarifs/domain/explication-texte";
import { GRILLES_DEMO } from "@/lib/tarifs/domain/grilles-demo";

const FAMILLES = Number(process.argv[2] ?? 100_000);

function aleatoire(graine: number) {
  // mulberry32: deterministic, so that two runs price the same families.
  return () => {
    graine = (graine + 0x6d2b79f5) | 0;
    let t = Math.imul(graine ^ (graine >>> 15), 1 | graine);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function familles(n: number): EntreeTarif[] {
  const r = aleatoire(20260901);
  return Array.from({ length: n }, () => {
    const sansDonnees = r() < 0.08;
    const residence = r() < 0.85 ? "resident" : r() < 0.7 ? "non_resident" : "a_verifier";
    return {
      residence,
      fiscal: sansDonnees
        ? null
        : {
            rfrEuros: Math.round(r() ** 2 * 150_000),
            revenuImposableEuros: null,
            nombreParts: 1 + Math.floor(r() * 9) / 2,
            anneeRevenus: 2025,
            source: "dgfip_franceconnect",
          },
      caf:
        !sansDonnees && r() < 0.3
          ? { quotientFamilialEuros: Math.round(r() * 2500), organisme: "cnaf", mois: "2026-04" }
          : null,
      rangFratrie: 1 + Math.floor(r() * 4),
      pai: r() < 0.05,
      frequence: r() < 0.15 ? "occasionnelle" : "reguliere",
    } satisfies EntreeTarif;
  });
}

/** The same rules in plain floats, no explanation: what a quick implementation would do. */
function naif(def: DefinitionGrille, e: EntreeTarif): number {
  let q: number | null = null;
  if (def.quotient.source !== "fiscal" && e.caf) q = e.caf.quotientFamilialEuros * 100;
  else if (def.quotient.source !== "caf" && e.fiscal?.rfrEuros != null)
    q = (e.fiscal.rfrEuros * 100) / e.fiscal.nombreParts / (def.quotient.periode === "mensuel" ? 12 : 1);
  if (q !== null)
    q =
      def.quotient.arrondi === "centime"
        ? Math.round(q)
        : def.quotient.arrondi === "euro"
          ? Math.round(q / 100) * 100
          : Math.floor(q / 100) * 100;
  const residence = e.residence === "a_verifier" ? def.residenceAVerifier : e.residence;
  const colonne = def.colonnes.find((c) => colonneConvient(c, { residence, allocataireCaf: Boolean(e.caf) }))!.code;
  const b = def.bareme;
  let prix: number;
  if (b.type === "tranches") {
    const t =
      q === null
        ? b.tranches.at(-1)!
        : b.tranches.find((x) => q >= x.minCentimes && (x.maxCentimes === null || q <= x.maxCentimes))!;
    prix = t.prix[colonne]!;
  } else if (b.type === "taux_effort") {
    const p = b.parametres[colonne]!;
    prix =
      q === null
        ? p.plafondCentimes
        : Math.min(p.plafondCentimes, Math.max(p.plancherCentimes, (q * p.tauxPourcent) / 100));
  } else {
    const p = b.parametres[colonne]!;
    const pct =
      q === null
        ? p.plafondPourcent
        : Math.min(p.plafondPourcent, Math.max(p.plancherPourcent, (q / 100) * p.tauxPourcent));
    prix = (p.prixPleinCentimes * pct) / 100;
  }
  const m = def.modificateurs;
  if (e.frequence === "occasionnelle" && m.occasionnel) prix = (prix * m.occasionnel.pourcentagePaye) / 100;
  const palier = m.fratrie.filter((x) => (e.rangFratrie ?? 1) >= x.aPartirDuRang).at(-1);
  if (palier) prix = (prix * palier.pourcentagePaye) / 100;
  if (e.pai && m.pai) prix = m.pai.type === "prix_fixe" ? m.pai.prixCentimes : (prix * m.pai.pourcentagePaye) / 100;
  return Math.round(prix);
}

function mesurer(
  nom: string,
  grilles: DefinitionGrille[],
  fs: EntreeTarif[],
  prix: (d: DefinitionGrille, e: EntreeTarif) => number,
) {
  for (const f of fs.slice(0, 5_000)) for (const g of grilles) prix(g, f); // warm-up (JIT)
  const resultats = new Int32Array(fs.length * grilles.length);
  const debut = performance.now();
  let i = 0;
  for (const f of fs) for (const g of grilles) resultats[i++] = prix(g, f);
  const ms = performance.now() - debut;
  console.log(
    `${nom.padEnd(34)} ${ms.toFixed(0).padStart(7)} ms  ${Math.round(resultats.length / (ms / 1000))
      .toLocaleString("fr-FR")
      .padStart(
        11,
      )} prix/s  ${((ms * 1000) / resultats.length).toFixed(2).padStart(6)} µs/prix  ${(ms / fs.length).toFixed(4)} ms/famille`,
  );
  return { ms, resultats };
}

// Five activities: the grids issue 5 asks for, plus a TPI one (CAF quotient first).
const CINQ = [
  GRILLES_DEMO.cantineQf,
  GRILLES_DEMO.periscolaireHoraire,
  GRILLES_DEMO.cantineTauxEffort,
  GRILLES_DEMO.cantineFratrie,
  GRILLES_DEMO.mercrediTpi,
];
const grilles = CINQ.map((g) => {
  const v = validerDefinition(g.definition);
  if (!v.ok) throw new Error(`grille de démonstration invalide : ${g.nom}`);
  return v.definition;
});
const fs = familles(FAMILLES);
console.log(
  `Node ${process.version} · ${FAMILLES.toLocaleString("fr-FR")} familles × ${grilles.length} activités = ${(FAMILLES * grilles.length).toLocaleString("fr-FR")} prix\n`,
);

const reference = mesurer("référence : flottants, sans explication", grilles, fs, naif);
const moteur = mesurer("moteur : exact + explication", grilles, fs, (d, e) => calculerTarif(d, e).montantCentimes);
const avecTexte = mesurer("moteur + explication en français", grilles, fs, (d, e) => {
  const r = calculerTarif(d, e);
  return expliquerEnFrancais(r.explication).length + r.montantCentimes;
});

let ecarts = 0;
for (let i = 0; i < moteur.resultats.length; i++) if (moteur.resultats[i] !== reference.resultats[i]) ecarts++;
console.log(
  `\nrapport moteur / référence : ×${(moteur.ms / reference.ms).toFixed(1)} ; avec le texte : ×${(avecTexte.ms / reference.ms).toFixed(1)}`,
);
console.log(
  `prix différents entre flottants et calcul exact : ${ecarts.toLocaleString("fr-FR")} sur ${moteur.resultats.length.toLocaleString("fr-FR")}`,
);
