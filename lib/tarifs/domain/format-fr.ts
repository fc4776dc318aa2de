// French formatting for explanations and the admin UI: "1 234,50 €", "612 €", "0,36 %". Intl fr-FR uses
// narrow no-break spaces as thousands separators and a no-break space before the unit, as French typography asks.
import type { UniteVente } from "./definition.schema";

const euros2 = new Intl.NumberFormat("fr-FR", {
  style: "currency",
  currency: "EUR",
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const euros0 = new Intl.NumberFormat("fr-FR", {
  style: "currency",
  currency: "EUR",
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
});
const nombre = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 6 });

/** A price: always two decimals ("2,35 €", "3,00 €"). */
export function formaterPrix(centimes: number): string {
  return euros2.format(centimes / 100);
}

/** A quotient or a bracket bound: no decimals when whole euros ("612 €"), otherwise cents ("612,50 €"). */
export function formaterMontantSouple(centimes: number): string {
  return centimes % 100 === 0 ? euros0.format(centimes / 100) : euros2.format(centimes / 100);
}

/** An exact decimal amount in euros given as text ("2.2032"): as many decimals as it has, at least two. */
export function formaterEurosExact(texte: string): string {
  const [entier = "0", decimales = ""] = texte.replace(/^-/, "").split(".");
  const base = euros0.format(Number(entier)).replace(/\s?€$/u, "");
  const dec = decimales.padEnd(2, "0");
  return `${texte.startsWith("-") ? "-" : ""}${base},${dec}\u00a0€`;
}

export function formaterPourcent(x: number): string {
  return `${nombre.format(x)}\u00a0%`;
}

export function ordinal(rang: number): string {
  return rang === 1 ? "1er" : `${rang}e`;
}

export const LIBELLES_UNITE: Record<UniteVente, { nom: string; par: string }> = {
  repas: { nom: "repas", par: "par repas" },
  demi_heure: { nom: "demi-heure", par: "par demi-heure" },
  heure: { nom: "heure", par: "par heure" },
  demi_journee: { nom: "demi-journée", par: "par demi-journée" },
  journee: { nom: "journée", par: "par journée" },
  mois: { nom: "mois", par: "par mois" },
};
