// La limite d'API Particulier : 20 appels par seconde et par jeton, un seul compteur pour toutes ses routes (faits
// publics). Fenêtre glissante d'une seconde ; en-têtes RateLimit-* sur chaque réponse, 429 et Retry-After au-delà.
export class DebitParJeton {
  private readonly appels = new Map<string, number[]>();

  constructor(
    private readonly limite: number,
    private readonly maintenant: () => number,
  ) {}

  consommer(jeton: string): { accorde: boolean; attenteS: number; entetes: Record<string, string> } {
    const t = this.maintenant();
    const recents = (this.appels.get(jeton) ?? []).filter((x) => x > t - 1000);
    const accorde = recents.length < this.limite;
    if (accorde) recents.push(t);
    this.appels.delete(jeton);
    this.appels.set(jeton, recents);
    if (this.appels.size > 10_000) this.appels.delete(this.appels.keys().next().value as string);
    const reinitialisation = recents.length > 0 ? Math.max(1, Math.ceil((recents[0]! + 1000 - t) / 1000)) : 1;
    return {
      accorde,
      attenteS: reinitialisation,
      entetes: {
        "RateLimit-Limit": String(this.limite),
        "RateLimit-Remaining": String(Math.max(0, this.limite - recents.length)),
        "RateLimit-Reset": String(reinitialisation),
      },
    };
  }
}
