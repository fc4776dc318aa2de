// Le quota de la passerelle : appels par minute et par application, en fenêtres fixes d'une minute (la DGFiP parle
// d'appels par minute, docs/contrats-amont.md §4 ; la forme de la fenêtre est un choix de ce simulateur, voir
// README). Au-delà : 429 avec Retry-After.
export class QuotaParMinute {
  private readonly compteurs = new Map<string, { fenetre: number; n: number }>();

  constructor(
    private readonly limite: number,
    private readonly maintenant: () => number,
  ) {}

  /** null when the call is allowed, otherwise the seconds until the next window. */
  consommer(clientId: string): number | null {
    const t = this.maintenant();
    const fenetre = Math.floor(t / 60_000);
    const c = this.compteurs.get(clientId);
    if (!c || c.fenetre !== fenetre) {
      this.compteurs.set(clientId, { fenetre, n: 1 });
      return null;
    }
    if (c.n >= this.limite) return Math.max(1, Math.ceil(((fenetre + 1) * 60_000 - t) / 1000));
    c.n += 1;
    return null;
  }
}
