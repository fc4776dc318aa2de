import { messageLimite } from "@/lib/securite/message-limite";
import { ErreurMetier } from "@/lib/server/erreurs";
import type { EchecSecondFacteur } from "./second-facteur.mutation";

/** The French message of a refused code, next to the field. */
export function erreurSecondFacteur(e: EchecSecondFacteur): ErreurMetier {
  if (e.raison === "limite") return new ErreurMetier("trop_de_tentatives", messageLimite(e.attenteSecondes, "codes"));
  if (e.raison === "deja_utilise")
    return new ErreurMetier(
      "code_deja_utilise",
      "Ce code a déjà servi : attendez que votre application en affiche un nouveau (30 secondes au plus).",
      "code",
    );
  return new ErreurMetier(
    "code_incorrect",
    "Code incorrect : saisissez le code à 6 chiffres affiché maintenant par votre application, ou un code de secours.",
    "code",
  );
}
