// The tariff engine: definition + family situation → price in integer cents and its explanation.
// Order: quotient (its own stated rounding) → column (residence, allocataire CAF) → base price (bracket, or rate
// clamped to floor/ceiling) → modifiers (occasional, sibling rank, PAI) → one rounding to the cent.
// Everything in between is an exact fraction, so "half price for the 3rd child" of 2,35 € is 1,175 € before the
// single rounding, not 1,17 or 1,18 rounded twice.
import { colonneConvient } from "./definition.coherence";
import type { Colonne, DefinitionGrille } from "./definition.schema";
import type { EntreeTarif } from "./entree";
import type { BaseExpliquee, ExplicationTarif, ModificateurExplique, QuotientExplique } from "./explication.schema";
import {
  arrondir,
  comparer,
  depuisDecimal,
  enDecimal,
  fraction,
  multiplier,
  versNombreSur,
  type Fraction,
} from "./fraction";
import { determinerQuotient } from "./quotient";

export interface ResultatTarif {
  montantCentimes: number;
  unite: DefinitionGrille["unite"];
  explication: ExplicationTarif;
}

const euros = (centimes: Fraction) => enDecimal(centimes, 2, 8).texte;
/** A percentage as written (0.36 for 0,36 %) as an exact fraction: 36/100. Not yet divided by 100. */
const pourcentDe = (x: number) => depuisDecimal(x, 4);

function choisirColonne(
  def: DefinitionGrille,
  residence: "resident" | "non_resident",
  allocataireCaf: boolean,
): Colonne {
  const c = def.colonnes.find((x) => colonneConvient(x, { residence, allocataireCaf }));
  // A validated definition has a column for every situation (definition.coherence.ts).
  if (!c) throw new Error("Grille invalide : aucune colonne pour cette situation");
  return c;
}

function limiter(
  x: Fraction,
  bas: Fraction,
  haut: Fraction,
): { valeur: Fraction; borne: "plancher" | "plafond" | null } {
  if (comparer(x, bas) < 0) return { valeur: bas, borne: "plancher" };
  if (comparer(x, haut) > 0) return { valeur: haut, borne: "plafond" };
  return { valeur: x, borne: null };
}

function prixDeBase(
  def: DefinitionGrille,
  colonne: string,
  q: QuotientExplique,
): { prix: Fraction; base: BaseExpliquee } {
  const b = def.bareme;
  if (b.type === "tranches") {
    const i = q.disponible
      ? b.tranches.findIndex(
          (t) => q.valeurCentimes >= t.minCentimes && (t.maxCentimes === null || q.valeurCentimes <= t.maxCentimes),
        )
      : b.tranches.length - 1;
    const t = b.tranches[i];
    const prix = t?.prix[colonne];
    if (!t || prix === undefined) throw new Error("Grille invalide : tranches non contiguës ou prix manquant");
    return {
      prix: fraction(prix),
      base: {
        type: "tranche",
        numero: i + 1,
        minCentimes: t.minCentimes,
        maxCentimes: t.maxCentimes,
        prixCentimes: prix,
        sansDonnees: !q.disponible,
      },
    };
  }
  const p = b.parametres[colonne];
  if (!p) throw new Error("Grille invalide : paramètres manquants pour une colonne");
  if (b.type === "taux_effort" && "plancherCentimes" in p) {
    const brut = q.disponible
      ? multiplier(fraction(q.valeurCentimes), multiplier(pourcentDe(p.tauxPourcent), fraction(1, 100)))
      : null;
    const { valeur, borne } = brut
      ? limiter(brut, fraction(p.plancherCentimes), fraction(p.plafondCentimes))
      : { valeur: fraction(p.plafondCentimes), borne: "plafond" as const };
    return {
      prix: valeur,
      base: {
        type: "taux_effort",
        tauxPourcent: p.tauxPourcent,
        plancherCentimes: p.plancherCentimes,
        plafondCentimes: p.plafondCentimes,
        brutEuros: brut ? euros(brut) : null,
        borne,
        montantEuros: euros(valeur),
      },
    };
  }
  if (b.type === "tpi" && "prixPleinCentimes" in p) {
    // Percentage of the full price = quotient in euros × taux; clamped; then applied to the full price.
    const brut = q.disponible ? multiplier(fraction(q.valeurCentimes, 100), pourcentDe(p.tauxPourcent)) : null;
    const bas = depuisDecimal(p.plancherPourcent, 2);
    const haut = depuisDecimal(p.plafondPourcent, 2);
    const { valeur: pct, borne } = brut ? limiter(brut, bas, haut) : { valeur: haut, borne: "plafond" as const };
    const prix = multiplier(fraction(p.prixPleinCentimes), multiplier(pct, fraction(1, 100)));
    return {
      prix,
      base: {
        type: "tpi",
        prixPleinCentimes: p.prixPleinCentimes,
        tauxPourcent: p.tauxPourcent,
        plancherPourcent: p.plancherPourcent,
        plafondPourcent: p.plafondPourcent,
        pourcentageBrut: brut ? enDecimal(brut).texte : null,
        borne,
        pourcentageApplique: enDecimal(pct).texte,
        montantEuros: euros(prix),
      },
    };
  }
  throw new Error("Grille invalide : paramètres du taux incohérents avec le mode");
}

function appliquerModificateurs(
  def: DefinitionGrille,
  prix: Fraction,
  s: ExplicationTarif["situation"],
  base: BaseExpliquee,
) {
  const m = def.modificateurs;
  const faits: ModificateurExplique[] = [];
  const part = (p: number) => multiplier(depuisDecimal(p, 2), fraction(1, 100));
  if (s.frequence === "occasionnelle" && m.occasionnel) {
    prix = multiplier(prix, part(m.occasionnel.pourcentagePaye));
    faits.push({ type: "occasionnel", pourcentagePaye: m.occasionnel.pourcentagePaye, montantEuros: euros(prix) });
  }
  // The highest step reached that applies to the family's bracket; a step kept out of it is said, and the next
  // lower step reached applies instead ("from the 2nd child 80 %" still holds for a 3rd child there).
  const tranche = base.type === "tranche" ? base.numero : null;
  let palier: DefinitionGrille["modificateurs"]["fratrie"][number] | undefined;
  for (const p of m.fratrie.filter((x) => s.rangFratrie >= x.aPartirDuRang).reverse()) {
    if (tranche === null || !p.saufTranches?.includes(tranche)) {
      palier = p;
      break;
    }
    faits.push({
      type: "fratrie_exclue",
      rang: s.rangFratrie,
      aPartirDuRang: p.aPartirDuRang,
      pourcentagePaye: p.pourcentagePaye,
      tranche,
      montantEuros: euros(prix),
    });
  }
  if (palier) {
    prix = multiplier(prix, part(palier.pourcentagePaye));
    faits.push({
      type: "fratrie",
      rang: s.rangFratrie,
      aPartirDuRang: palier.aPartirDuRang,
      pourcentagePaye: palier.pourcentagePaye,
      montantEuros: euros(prix),
    });
  }
  if (s.pai && m.pai?.type === "pourcentage") {
    prix = multiplier(prix, part(m.pai.pourcentagePaye));
    faits.push({ type: "pai_pourcentage", pourcentagePaye: m.pai.pourcentagePaye, montantEuros: euros(prix) });
  } else if (s.pai && m.pai?.type === "prix_fixe") {
    // The meal comes from home: a fixed price (supervision) replaces whatever was computed.
    prix = fraction(m.pai.prixCentimes);
    faits.push({ type: "pai_prix_fixe", prixCentimes: m.pai.prixCentimes, montantEuros: euros(prix) });
  }
  return { prix, faits };
}

/** Prices one child for one activity. `def` must come from validerDefinition() (or a trusted store). */
export function calculerTarif(def: DefinitionGrille, entree: EntreeTarif): ResultatTarif {
  const quotient = determinerQuotient(def.quotient, entree);
  const residenceAppliquee = entree.residence === "a_verifier" ? def.residenceAVerifier : entree.residence;
  const situation: ExplicationTarif["situation"] = {
    residence: entree.residence,
    residenceAppliquee,
    allocataireCaf: entree.allocataireCaf ?? Boolean(entree.caf),
    rangFratrie: Math.max(1, Math.trunc(entree.rangFratrie ?? 1)),
    pai: entree.pai ?? false,
    frequence: entree.frequence ?? "reguliere",
  };
  const colonne = choisirColonne(def, residenceAppliquee, situation.allocataireCaf);
  const { prix: brut, base } = prixDeBase(def, colonne.code, quotient);
  const { prix, faits } = appliquerModificateurs(def, brut, situation, base);
  const montantCentimes = versNombreSur(arrondir(prix, def.arrondi));
  return {
    montantCentimes,
    unite: def.unite,
    explication: {
      version: 1,
      unite: def.unite,
      quotient,
      situation,
      colonne: { code: colonne.code, libelle: colonne.libelle, plusieurs: def.colonnes.length > 1 },
      base,
      modificateurs: faits,
      arrondi: { regle: def.arrondi, montantExactEuros: euros(prix) },
      montantCentimes,
      avertissements: entree.residence === "a_verifier" ? ["residence_a_verifier"] : [],
    },
  };
}
