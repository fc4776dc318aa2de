// The demo agent's and admin's second factor: a fixed TOTP secret, public like their passwords, so that anyone can
// try the portal. Only the demo seed (demo mode only) gives it to an account; only a demo portal shows its code.
import { codeTotp } from "@/lib/comptes/domain/totp";

export const SECRET_TOTP_DEMO = "KRUGS4ZAMNXWIZJAMRSW233OON2HEYLU";

/** The demo accounts' current code, for /connexion and the second-factor page; null outside demo mode. */
export function codeSecondFacteurDemo(demo: boolean, maintenant: Date): string | null {
  return demo ? codeTotp(SECRET_TOTP_DEMO, maintenant) : null;
}
