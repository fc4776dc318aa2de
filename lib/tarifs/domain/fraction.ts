// Exact rational arithmetic on BigInt. A price goes through divisions (nombre de parts, /12) and percentages
// (taux d'effort, fratrie, PAI); doing that in floats would round several times, silently. Here nothing is
// rounded until the one stated rounding, on the final price (and the quotient's own stated rounding).

export interface Fraction {
  readonly n: bigint;
  /** Always > 0. */
  readonly d: bigint;
}

export type ModeArrondi = "demi_superieur" | "inferieur" | "superieur";

const abs = (x: bigint) => (x < 0n ? -x : x);

function pgcd(a: bigint, b: bigint): bigint {
  a = abs(a);
  b = abs(b);
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export function fraction(n: bigint | number, d: bigint | number = 1n): Fraction {
  let nn = BigInt(n);
  let dd = BigInt(d);
  if (dd === 0n) throw new RangeError("dénominateur nul");
  if (dd < 0n) [nn, dd] = [-nn, -dd];
  const g = pgcd(nn, dd);
  return g > 1n ? { n: nn / g, d: dd / g } : { n: nn, d: dd };
}

export const multiplier = (a: Fraction, b: Fraction): Fraction => fraction(a.n * b.n, a.d * b.d);
const diviser = (a: Fraction, b: Fraction): Fraction => fraction(a.n * b.d, a.d * b.n);
export const comparer = (a: Fraction, b: Fraction): -1 | 0 | 1 => {
  const x = a.n * b.d;
  const y = b.n * a.d;
  return x < y ? -1 : x > y ? 1 : 0;
};

/** Rounds to an integer. Money is never negative here, but the rules are written for any sign. */
export function arrondir(a: Fraction, mode: ModeArrondi): bigint {
  const q = a.n / a.d; // truncates toward zero
  const r = a.n % a.d;
  if (r === 0n) return q;
  const plancher = a.n < 0n ? q - 1n : q;
  if (mode === "inferieur") return plancher;
  if (mode === "superieur") return plancher + 1n;
  // demi_superieur: half goes up (toward +∞), the usual "au plus proche" of French price grids.
  const reste = a.n - plancher * a.d; // 0 < reste < d
  return 2n * reste >= a.d ? plancher + 1n : plancher;
}

/** Rounds to a multiple of `pas` (e.g. 100 cents = the euro). */
export function arrondirAuPas(a: Fraction, pas: bigint, mode: ModeArrondi): bigint {
  return arrondir(diviser(a, fraction(pas)), mode) * pas;
}

/**
 * Decimal text of a / 10^decalage, dot separator, exact when the expansion terminates within `maxDecimales`
 * digits, otherwise rounded half-up at that precision (`exact: false`).
 */
export function enDecimal(a: Fraction, decalage = 0, maxDecimales = 8): { texte: string; exact: boolean } {
  const f = fraction(a.n, a.d * 10n ** BigInt(decalage));
  const echelle = 10n ** BigInt(maxDecimales);
  const m = multiplier(f, fraction(echelle));
  const exact = m.d === 1n;
  const entier = exact ? m.n : arrondir(m, "demi_superieur");
  const signe = entier < 0n ? "-" : "";
  const chiffres = abs(entier)
    .toString()
    .padStart(maxDecimales + 1, "0");
  const tete = chiffres.slice(0, chiffres.length - maxDecimales);
  const queue = chiffres.slice(chiffres.length - maxDecimales).replace(/0+$/, "");
  return { texte: `${signe}${tete}${queue ? `.${queue}` : ""}`, exact };
}

/** A decimal number given with at most `decimales` digits (0.36, 12.5) as the exact fraction it means. */
export function depuisDecimal(x: number, decimales: number): Fraction {
  const echelle = 10 ** decimales;
  return fraction(BigInt(Math.round(x * echelle)), BigInt(echelle));
}

/** True when `x` has at most `decimales` decimal digits (tolerating binary float noise like 0.36 * 1e4). */
export function aAuPlusDecimales(x: number, decimales: number): boolean {
  const m = x * 10 ** decimales;
  return Number.isFinite(m) && Math.abs(m - Math.round(m)) < 1e-6;
}

export function versNombreSur(x: bigint): number {
  if (x > BigInt(Number.MAX_SAFE_INTEGER) || x < BigInt(Number.MIN_SAFE_INTEGER))
    throw new RangeError("montant hors limites");
  return Number(x);
}
