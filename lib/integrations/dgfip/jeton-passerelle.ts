// The API gateway's access token (OAuth2 client credentials), cached until shortly before it expires. Concurrent
// callers share one request for it. A token refused later (401) is dropped and fetched again by the client.
import { jetonPasserelle } from "./schemas";

export interface ConfigJeton {
  urlJeton: string;
  clientId: string;
  clientSecret: string;
  scopes: string[];
  delaiJetonMs: number;
  /** Renew this long before expiry (at most half the token's life). */
  margeRenouvellementMs: number;
}

/** No token: `statut` null for a network failure or timeout. 400/401 from /token mean wrong credentials or scopes. */
export class EchecJetonPasserelle extends Error {
  constructor(readonly statut: number | null) {
    super(
      statut === null
        ? "jeton de la passerelle DGFiP : pas de réponse"
        : `jeton de la passerelle DGFiP : HTTP ${statut}`,
    );
    this.name = "EchecJetonPasserelle";
  }

  get identifiantsRefuses(): boolean {
    return this.statut === 400 || this.statut === 401;
  }
}

// When the server gives no lifetime, assume a short one rather than keep a dead token.
const DUREE_PAR_DEFAUT_S = 300;

export class JetonPasserelle {
  private courant: { valeur: string; renouvelerA: number } | null = null;
  private enCours: Promise<string> | null = null;

  constructor(
    private readonly config: ConfigJeton,
    private readonly fetcher: typeof fetch,
    private readonly maintenant: () => number,
  ) {}

  async obtenir(): Promise<string> {
    if (this.courant && this.maintenant() < this.courant.renouvelerA) return this.courant.valeur;
    this.enCours ??= this.demander().finally(() => {
      this.enCours = null;
    });
    return this.enCours;
  }

  /** Forget `valeur` if it is still the cached token (another caller may already have replaced it). */
  invalider(valeur: string): void {
    if (this.courant?.valeur === valeur) this.courant = null;
  }

  private async demander(): Promise<string> {
    const c = this.config;
    const basic = Buffer.from(`${encodeURIComponent(c.clientId)}:${encodeURIComponent(c.clientSecret)}`).toString(
      "base64",
    );
    const debut = this.maintenant();
    let res: Response;
    try {
      res = await this.fetcher(c.urlJeton, {
        method: "POST",
        headers: {
          Authorization: `Basic ${basic}`,
          "Content-Type": "application/x-www-form-urlencoded",
          Accept: "application/json",
        },
        body: new URLSearchParams({ grant_type: "client_credentials", scope: c.scopes.join(" ") }),
        signal: AbortSignal.timeout(c.delaiJetonMs),
        redirect: "error",
      });
    } catch {
      throw new EchecJetonPasserelle(null);
    }
    if (!res.ok) {
      await res.body?.cancel();
      throw new EchecJetonPasserelle(res.status);
    }
    const lu = jetonPasserelle.safeParse(await res.json().catch(() => null));
    if (!lu.success) throw new EchecJetonPasserelle(res.status);
    const dureeMs = (lu.data.expires_in ?? DUREE_PAR_DEFAUT_S) * 1000;
    const marge = Math.min(c.margeRenouvellementMs, dureeMs / 2);
    this.courant = { valeur: lu.data.access_token, renouvelerA: debut + dureeMs - marge };
    return lu.data.access_token;
  }
}
