// From an HTTP answer (status + DGFiP error code) to what it means for the portal: a reason, whether a retry may
// help, and the outcome recorded in the call log. Pure; the table is in classement.test.ts.
import type { IssueAppel } from "@/lib/generated/prisma/enums";
import type { RaisonEchecDgfip } from "./port";

export type Classement =
  | { genre: "succes" }
  /** 401 without the FranceConnect code: the gateway token may have been revoked; fetch a new one, once. */
  | { genre: "jeton_passerelle" }
  | { genre: "echec"; raison: RaisonEchecDgfip; reessayable: boolean };

const CODE_JETON_FRANCECONNECT = "4012";

/** `code`: the DGFiP error code, null when the body is not the DGFiP's error JSON. */
export function classerReponse(statut: number, code: string | null): Classement {
  if (statut === 200) return { genre: "succes" };
  if (statut === 204) return { genre: "echec", raison: "aucun_resultat", reessayable: false };
  // Only the DGFiP's own error body says "nothing for this year"; any other 404 (empty, a proxy's HTML page,
  // another JSON) comes from a URL that reaches no resource of the API: a configuration fault, not worth repeating.
  if (statut === 404)
    return { genre: "echec", raison: code === null ? "configuration" : "aucun_resultat", reessayable: false };
  if (statut === 410) {
    if (code === "4102") return { genre: "echec", raison: "usager_inconnu", reessayable: false };
    if (code === "4103") return { genre: "echec", raison: "situations_multiples", reessayable: false };
    if (code === "4101") return { genre: "echec", raison: "aucun_resultat", reessayable: false };
    // Un code que le portail ne connaît pas (la DGFiP décrit plusieurs cas qui répondent « un code erreur » sans
    // le nommer : docs/contrats-amont.md §5), ou pas de corps DGFiP : jamais lu comme « rien cette année », qui
    // ferait passer en silence à une autre année. Un agent examine.
    return { genre: "echec", raison: "reponse_inconnue", reessayable: false };
  }
  if (statut === 401)
    return code === CODE_JETON_FRANCECONNECT
      ? { genre: "echec", raison: "jeton_franceconnect", reessayable: false }
      : { genre: "jeton_passerelle" };
  if (statut === 403) return { genre: "echec", raison: "acces_refuse", reessayable: false };
  if (statut === 429) return { genre: "echec", raison: "quota", reessayable: true };
  if (statut === 400 || statut === 406 || statut === 415)
    return { genre: "echec", raison: "requete_invalide", reessayable: false };
  if (statut >= 500) return { genre: "echec", raison: "echec_amont", reessayable: true };
  // Anything else (3xx, 405, 409…) is not in the contract: an upstream anomaly, not worth repeating.
  return { genre: "echec", raison: "echec_amont", reessayable: false };
}

const ISSUES: Record<RaisonEchecDgfip, IssueAppel> = {
  aucun_resultat: "annee_indisponible",
  usager_inconnu: "spi_inconnu",
  situations_multiples: "situations_multiples",
  requete_invalide: "requete_invalide",
  acces_refuse: "acces_refuse",
  jeton_franceconnect: "jeton_invalide",
  quota: "quota",
  echec_amont: "echec_amont",
  // The call log's `codeErreur` says CONFIGURATION: no new enum value, the agent reads "service indisponible".
  configuration: "echec_amont",
  reponse_inconnue: "echec_amont",
};

export function issueDe(raison: RaisonEchecDgfip | null): IssueAppel {
  return raison ? ISSUES[raison] : "succes";
}
