// The client's address, for rate limits. X-Forwarded-For is written by whoever sent the request, so it is read only
// when the peer (the TCP connection) is one of the configured reverse proxies, and then from the right: the first
// entry that is not itself a trusted proxy is the client (entries further left were written by the client).
import { BlockList, isIP } from "node:net";

export interface ProxysDeConfiance {
  liste: BlockList;
  vide: boolean;
}

/** `PROXYS_DE_CONFIANCE`: addresses or CIDR ranges separated by commas or spaces. Throws on an invalid entry. */
export function lireProxysDeConfiance(texte: string): ProxysDeConfiance {
  const liste = new BlockList();
  const entrees = texte.split(/[\s,]+/).filter(Boolean);
  for (const e of entrees) {
    const [ip, prefixe, ...reste] = e.split("/");
    const famille = isIP(ip ?? "");
    const bits = prefixe === undefined ? (famille === 6 ? 128 : 32) : Number(prefixe);
    if (!famille || reste.length > 0 || !Number.isInteger(bits) || bits < 0 || bits > (famille === 6 ? 128 : 32))
      throw new Error(`« ${e} » n'est ni une adresse IP ni une plage CIDR`);
    liste.addSubnet(ip!, bits, famille === 6 ? "ipv6" : "ipv4");
  }
  return { liste, vide: entrees.length === 0 };
}

/** `::ffff:10.1.2.3` (an IPv4 client on a dual-stack socket) → `10.1.2.3`; anything not an IP → null. */
function normaliser(adresse: string | null | undefined): string | null {
  const a = (adresse ?? "").trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  return isIP(a) ? a.toLowerCase() : null;
}

function estProxy(adresse: string, proxys: ProxysDeConfiance): boolean {
  return !proxys.vide && proxys.liste.check(adresse, isIP(adresse) === 6 ? "ipv6" : "ipv4");
}

/** True when the TCP peer is one of the configured reverse proxies. */
export function pairDeConfiance(pair: string | null | undefined, proxys: ProxysDeConfiance): boolean {
  const a = normaliser(pair);
  return a !== null && estProxy(a, proxys);
}

export function adresseClient(r: {
  pair: string | null | undefined;
  xForwardedFor: string | null | undefined;
  proxys: ProxysDeConfiance;
}): string {
  let client = normaliser(r.pair);
  if (!client) return "inconnue";
  const chaine = (r.xForwardedFor ?? "").split(",").reverse();
  for (const entree of chaine) {
    if (!estProxy(client, r.proxys)) break;
    const precedent = normaliser(entree);
    if (!precedent) break;
    client = precedent;
  }
  return client;
}

/**
 * The TCP peer's address. Next.js does not expose it, so the portal's HTTP server (scripts/serveur.ts) writes it in
 * this header on every request, replacing any value a client sent.
 */
export const ENTETE_PAIR = "x-portail-pair";
