// The `state` sent to the identity provider's end_session comes back on the post-logout return: is it ours? Pure.
import { timingSafeEqual } from "node:crypto";

export type ControleEtatDeconnexion = "conforme" | "absent" | "different";

export function controlerEtatDeconnexion(
  envoye: string | null | undefined,
  recu: string | null | undefined,
): ControleEtatDeconnexion {
  if (!envoye || !recu) return "absent";
  const a = Buffer.from(envoye);
  const b = Buffer.from(recu);
  return a.length === b.length && timingSafeEqual(a, b) ? "conforme" : "different";
}
