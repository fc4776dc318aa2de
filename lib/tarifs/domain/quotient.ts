// The quotient familial a grid asks for: QF fiscal (revenue / parts, annual or ÷12) or QF CAF, rounded once as
// the grid states. Returns the explained quotient, never raw tax data.
import type { DefinitionGrille } from "./definition.schema";
import type { EntreeTarif, QuotientFourni } from "./entree";
import type { NatureQuotient, QuotientExplique } from "./explication.schema";
import { arrondir, arrondirAuPas, fraction, versNombreSur, type Fraction } from "./fraction";

type DefQuotient = DefinitionGrille["quotient"];

function arrondirQuotient(q: Fraction, regle: DefQuotient["arrondi"]): number {
  if (regle === "centime") return versNombreSur(arrondir(q, "demi_superieur"));
  return versNombreSur(arrondirAuPas(q, 100n, regle === "euro" ? "demi_superieur" : "inferieur"));
}

function natureAcceptee(def: DefQuotient, nature: NatureQuotient): boolean {
  if (nature === "saisi") return true;
  if (nature === "caf") return def.source !== "fiscal";
  const revenu = nature === "fiscal_rfr" ? "rfr" : "revenu_imposable";
  return def.source !== "caf" && def.revenu === revenu;
}

function depuisFourni(def: DefQuotient, f: QuotientFourni): QuotientExplique {
  if (!natureAcceptee(def, f.nature)) return { disponible: false, motif: "quotient_incompatible" };
  let valeur = fraction(f.valeurCentimes);
  if (f.periode !== def.periode)
    valeur = def.periode === "mensuel" ? fraction(f.valeurCentimes, 12) : fraction(f.valeurCentimes * 12);
  return {
    disponible: true,
    valeurCentimes: arrondirQuotient(valeur, def.arrondi),
    periode: def.periode,
    arrondi: def.arrondi,
    nature: f.nature,
    source: f.source,
    anneeRevenus: f.anneeRevenus,
    mois: f.mois,
    converti: f.periode !== def.periode,
  };
}

export function determinerQuotient(def: DefQuotient, entree: EntreeTarif): QuotientExplique {
  if (entree.quotient) return depuisFourni(def, entree.quotient);

  if (def.source !== "fiscal" && entree.caf) {
    const centimes = fraction(BigInt(Math.round(entree.caf.quotientFamilialEuros * 100)));
    return {
      disponible: true,
      valeurCentimes: arrondirQuotient(centimes, def.arrondi),
      periode: "mensuel",
      arrondi: def.arrondi,
      nature: "caf",
      source: entree.caf.organisme,
      anneeRevenus: null,
      mois: entree.caf.mois,
      converti: false,
    };
  }
  if (def.source === "caf") return { disponible: false, motif: "pas_de_quotient_caf" };

  const f = entree.fiscal;
  if (!f) return { disponible: false, motif: "aucune_donnee" };
  const revenu = def.revenu === "rfr" ? f.rfrEuros : f.revenuImposableEuros;
  if (revenu === null || !Number.isInteger(revenu) || revenu < 0) {
    return { disponible: false, motif: def.revenu === "rfr" ? "rfr_indisponible" : "revenu_imposable_indisponible" };
  }
  const quarts = f.nombreParts * 4; // parts come in quarters (0.25)
  if (!(f.nombreParts > 0) || !Number.isInteger(quarts)) return { disponible: false, motif: "parts_invalides" };
  const diviseur = BigInt(quarts) * (def.periode === "mensuel" ? 12n : 1n);
  return {
    disponible: true,
    valeurCentimes: arrondirQuotient(fraction(BigInt(revenu) * 100n * 4n, diviseur), def.arrondi),
    periode: def.periode,
    arrondi: def.arrondi,
    nature: def.revenu === "rfr" ? "fiscal_rfr" : "fiscal_revenu_imposable",
    source: f.source,
    anneeRevenus: f.anneeRevenus,
    mois: null,
    converti: false,
    ...(f.anneeAttendue != null && { anneeAttendue: f.anneeAttendue }),
    ...(f.foyers && f.foyers.length > 1 && { foyers: f.foyers.map((x) => ({ ...x })) }),
  };
}
