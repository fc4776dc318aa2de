// The API gateway's OAuth2 client credentials grant (`POST /token`, HTTP Basic, `grant_type=client_credentials`,
// `scope=RessourceIR …`) and the verification of the Bearer tokens it issues. Tokens are opaque and kept in memory.
import { randomBytes, timingSafeEqual } from "node:crypto";

import type { ClientPasserelle } from "./config";

export interface JetonPasserelle {
  clientId: string;
  scopes: string[];
  expireA: number;
}

export type ReponseJeton =
  | { statut: 200; corps: { access_token: string; token_type: "Bearer"; expires_in: number; scope: string } }
  | { statut: 400 | 401; corps: { error: string; error_description: string } };

const egal = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

function lireBasic(entete: string | undefined): { id: string; secret: string } | null {
  const m = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(entete ?? "");
  if (!m) return null;
  const texte = Buffer.from(m[1] as string, "base64").toString("utf8");
  const i = texte.indexOf(":");
  if (i < 0) return null;
  // RFC 6749 §2.3.1: both parts are form-urlencoded before Base64.
  try {
    return { id: decodeURIComponent(texte.slice(0, i)), secret: decodeURIComponent(texte.slice(i + 1)) };
  } catch {
    return null;
  }
}

export class EmetteurJetons {
  private readonly jetons = new Map<string, JetonPasserelle>();

  constructor(
    private readonly clients: ClientPasserelle[],
    private readonly dureeSecondes: number,
    private readonly maintenant: () => number,
  ) {}

  emettre(autorisation: string | undefined, formulaire: URLSearchParams): ReponseJeton {
    const basic = lireBasic(autorisation);
    const client = basic && this.clients.find((c) => c.id === basic.id && egal(c.secret, basic.secret));
    if (!client)
      return { statut: 401, corps: { error: "invalid_client", error_description: "Identifiants client inconnus" } };
    if (formulaire.get("grant_type") !== "client_credentials") {
      return {
        statut: 400,
        corps: { error: "unsupported_grant_type", error_description: "grant_type=client_credentials attendu" },
      };
    }
    const demandes = (formulaire.get("scope") ?? "").split(/\s+/).filter(Boolean);
    // Like an API manager: the token carries the requested scopes the application is subscribed to.
    const accordes = demandes.length === 0 ? client.scopes : demandes.filter((s) => client.scopes.includes(s));
    if (accordes.length === 0) {
      return {
        statut: 400,
        corps: {
          error: "invalid_scope",
          error_description: "Aucun des scopes demandés n'est accordé à cette application",
        },
      };
    }
    this.oublierExpires();
    const jeton = randomBytes(24).toString("base64url");
    this.jetons.set(jeton, {
      clientId: client.id,
      scopes: accordes,
      expireA: this.maintenant() + this.dureeSecondes * 1000,
    });
    return {
      statut: 200,
      corps: { access_token: jeton, token_type: "Bearer", expires_in: this.dureeSecondes, scope: accordes.join(" ") },
    };
  }

  /** The token behind `Authorization: Bearer …`, if valid now. */
  verifier(autorisation: string | undefined): JetonPasserelle | null {
    const m = /^Bearer\s+(\S+)$/i.exec(autorisation ?? "");
    const j = m ? this.jetons.get(m[1] as string) : undefined;
    return j && j.expireA > this.maintenant() ? j : null;
  }

  private oublierExpires() {
    const t = this.maintenant();
    for (const [k, v] of this.jetons) if (v.expireA <= t) this.jetons.delete(k);
  }
}
