// What the portal's HTTP server (scripts/serveur.ts) hands to Next.js. Next.js believes X-Forwarded-Proto (and Host,
// Port) from anyone: a visitor could make a plain-HTTP request look like HTTPS. They are kept only when the TCP peer
// is a trusted reverse proxy (PROXYS_DE_CONFIANCE); otherwise removed, and Next.js fills them from the connection.
import { ENTETE_PAIR, pairDeConfiance, type ProxysDeConfiance } from "./adresse-client";

const ENTETES_DU_PROXY = ["x-forwarded-proto", "x-forwarded-host", "x-forwarded-port"] as const;

export function entetesTransmis(
  entetes: Record<string, string | string[] | undefined>,
  pair: string | undefined,
  proxys: ProxysDeConfiance,
): void {
  if (!pairDeConfiance(pair, proxys)) for (const nom of ENTETES_DU_PROXY) delete entetes[nom];
  // Always replaced: a value sent by the client is never kept.
  entetes[ENTETE_PAIR] = pair ?? "";
}
