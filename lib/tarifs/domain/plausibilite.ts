// Guardrails of the grid editor (issue 22 §2): values that are valid but very likely typos, shown as warnings before
// publishing, never blocking. And whether a canteen grid fits the State's "cantine à 1 €" rules, as information.
import type { DefinitionGrille } from "./definition.schema";
import { formaterPourcent, formaterPrix } from "./format-fr";

export interface Avertissement {
  /** The editor's field ("taux.0.taux", "tranches.2.prix.1"). */
  champ: string;
  message: string;
}

/** A rate of effort this high is a percentage typed as a whole number: 36 % where 0,36 % was meant. */
const TAUX_EFFORT_SUSPECT = 5;
/** A TPI rate is a percentage of the full price per euro of quotient: 0,1 is common, 5 is not. */
const TAUX_TPI_SUSPECT = 5;
/** A bracket priced ten times (or a tenth of) its neighbours: a misplaced decimal point. */
const FACTEUR_SUSPECT = 10;

function avertissementsTranches(d: DefinitionGrille): Avertissement[] {
  if (d.bareme.type !== "tranches") return [];
  const tranches = d.bareme.tranches;
  return d.colonnes.flatMap((c, j) =>
    tranches.flatMap((t, i) => {
      const prix = t.prix[c.code];
      const voisins = [tranches[i - 1], tranches[i + 1]]
        .map((v) => v?.prix[c.code])
        .filter((p): p is number => p !== undefined && p > 0);
      if (prix === undefined || prix <= 0 || voisins.length === 0) return [];
      const trop = voisins.every((v) => prix >= FACTEUR_SUSPECT * v);
      const tropPeu = voisins.every((v) => prix * FACTEUR_SUSPECT <= v);
      if (!trop && !tropPeu) return [];
      return [
        {
          champ: `tranches.${i}.prix.${j}`,
          message: `Tranche ${i + 1}, « ${c.libelle} » : ${formaterPrix(prix)}, ${trop ? "dix fois ou plus" : "un dixième ou moins de"} ${voisins.length > 1 ? "celui des tranches voisines" : "celui de la tranche voisine"} (${voisins.map(formaterPrix).join(" et ")}). Une virgule mal placée ?`,
        },
      ];
    }),
  );
}

function avertissementsTaux(d: DefinitionGrille): Avertissement[] {
  if (d.bareme.type === "tranches") return [];
  const seuil = d.bareme.type === "taux_effort" ? TAUX_EFFORT_SUSPECT : TAUX_TPI_SUSPECT;
  const parametres = d.bareme.parametres;
  return d.colonnes.flatMap((c, j) => {
    const taux = parametres[c.code]?.tauxPourcent;
    if (taux === undefined || taux < seuil) return [];
    return [
      {
        champ: `taux.${j}.taux`,
        message: `« ${c.libelle} » : un taux de ${formaterPourcent(taux)} par euro de quotient est inhabituel. Vouliez-vous écrire ${formaterPourcent(taux / 100)} ?`,
      },
    ];
  });
}

export function avertissementsPlausibilite(d: DefinitionGrille): Avertissement[] {
  return [...avertissementsTranches(d), ...avertissementsTaux(d)];
}

/** The State's "cantine à 1 €" (tarification sociale des cantines): at least three brackets, the lowest at 1 € or less. */
const CANTINE_A_UN_EURO = { tranchesMin: 3, prixMaxCentimes: 100 } as const;

export function conformiteCantineAUnEuro(d: DefinitionGrille): { conforme: boolean; raisons: string[] } {
  if (d.bareme.type !== "tranches")
    return { conforme: false, raisons: ["La grille n'est pas en tranches de quotient familial."] };
  const tranches = d.bareme.tranches;
  const raisons: string[] = [];
  if (tranches.length < CANTINE_A_UN_EURO.tranchesMin)
    raisons.push(`${tranches.length} tranche(s) : il en faut au moins ${CANTINE_A_UN_EURO.tranchesMin}.`);
  const premiere = tranches[0]!;
  // Non-residents are outside the scheme: their column may cost more.
  for (const c of d.colonnes.filter((x) => x.criteres.residence !== "non_resident")) {
    const prix = premiere.prix[c.code];
    if (prix !== undefined && prix > CANTINE_A_UN_EURO.prixMaxCentimes)
      raisons.push(`Première tranche, « ${c.libelle} » : ${formaterPrix(prix)}, plus de 1,00 €.`);
  }
  return { conforme: raisons.length === 0, raisons };
}
