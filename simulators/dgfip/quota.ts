// The gateway's quota: calls per minute per application, fixed one-minute windows (seed 002 speaks of calls per
// minute; the window shape is this simulator's choice, see README). Over it: 429 with Retry-After.
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
