import "server-only";

// What the data-authorization callback must know about the flow it ends, carried in a short-lived, signed,
// httpOnly cookie (the portal keeps nothing in memory between the two requests).
import { createHash } from "node:crypto";

import { jwtVerify, SignJWT } from "jose";

import { env } from "@/lib/server/env";

export const COOKIE_FLUX_DONNEES = "pf-flux-donnees";
const DUREE_S = 600;

export interface FluxDonnees {
  state: string;
  nonce: string;
  foyerId: string;
  responsableId: string;
  consentementId: string;
  /** The request being priced (first parent), or null (second parent through a link). */
  demandeId: string | null;
  /** The signed-in account that started the flow (first parent), or null. */
  compteId: string | null;
  /** The second parent's invitation token, consumed when the data arrives. */
  jetonInvitation: string | null;
}

const cle = () => createHash("sha256").update(`flux-donnees:${env().AUTH_SECRET}`).digest();

export async function sceller(f: FluxDonnees): Promise<string> {
  return new SignJWT({ ...f })
    .setProtectedHeader({ alg: "HS256" })
    .setIssuedAt()
    .setExpirationTime(`${DUREE_S}s`)
    .sign(cle());
}

export async function desceller(jeton: string | undefined): Promise<FluxDonnees | null> {
  if (!jeton) return null;
  try {
    const { payload } = await jwtVerify(jeton, cle(), { algorithms: ["HS256"] });
    return payload as unknown as FluxDonnees;
  } catch {
    return null;
  }
}

export const optionsCookieFlux = (secure: boolean) => ({
  httpOnly: true,
  sameSite: "lax" as const,
  path: "/api/franceconnect/donnees",
  secure,
  maxAge: DUREE_S,
});
