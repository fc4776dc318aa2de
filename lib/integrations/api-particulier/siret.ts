// SIRET bien formé : 14 chiffres et clé de Luhn (les établissements de La Poste, SIREN 356000000, suivent une règle
// propre : somme des chiffres multiple de 5). Pur ; le simulateur applique la même règle que le portail.
export function siretValide(siret: string): boolean {
  if (!/^\d{14}$/.test(siret)) return false;
  if (siret.startsWith("356000000")) return [...siret].reduce((s, c) => s + Number(c), 0) % 5 === 0;
  let somme = 0;
  for (let i = 0; i < 14; i++) {
    let c = Number(siret[13 - i]);
    if (i % 2 === 1) {
      c *= 2;
      if (c > 9) c -= 9;
    }
    somme += c;
  }
  return somme % 10 === 0;
}
