// "Since when is this family waiting?", the first thing an agent sorts by. Whole elapsed days. Pure.
const JOUR_MS = 24 * 3600 * 1000;

export function anciennete(depuis: Date, maintenant: Date): string {
  const jours = Math.floor((maintenant.getTime() - depuis.getTime()) / JOUR_MS);
  if (jours < 1) return "moins d'un jour";
  if (jours < 2) return "1 jour";
  return `${jours} jours`;
}
