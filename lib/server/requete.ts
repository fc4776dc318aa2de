import "server-only";

import { headers } from "next/headers";

import {
  adresseClient,
  ENTETE_PAIR,
  lireProxysDeConfiance,
  type ProxysDeConfiance,
} from "@/lib/securite/domain/adresse-client";
import { env } from "./env";

let proxys: ProxysDeConfiance | undefined;

function proxysDeConfiance(): ProxysDeConfiance {
  proxys ??= lireProxysDeConfiance(env().PROXYS_DE_CONFIANCE);
  return proxys;
}

/** The client's address for rate limits: X-Forwarded-For only when the peer is a trusted proxy. */
export async function adresseSource(): Promise<string> {
  const h = await headers();
  return adresseClient({
    pair: h.get(ENTETE_PAIR),
    xForwardedFor: h.get("x-forwarded-for"),
    proxys: proxysDeConfiance(),
  });
}
