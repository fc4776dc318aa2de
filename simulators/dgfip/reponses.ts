// Writing answers. Every answer goes through `envoyer`, which also reports it to the optional observer (tests
// validate each 200 against the contract there).
import type { ServerResponse } from "node:http";

import type { ReponseObservee } from "./config";

export interface Sortie {
  res: ServerResponse;
  operationId: string | null;
  correlationId: string | null;
  panneInjectee?: boolean;
  observer?: (r: ReponseObservee) => void;
}

export function envoyer(
  s: Sortie,
  statut: number,
  typeContenu: string | null,
  corps: string,
  entetes: Record<string, string> = {},
) {
  if (s.res.headersSent || s.res.destroyed) return;
  const h: Record<string, string> = { "Cache-Control": "no-store", ...entetes };
  if (typeContenu) h["Content-Type"] = typeContenu;
  // The gateway echoes the caller's correlation id so both sides can trace one exchange.
  if (s.correlationId) h["X-Correlation-ID"] = s.correlationId;
  s.res.writeHead(statut, h);
  s.res.end(corps);
  s.observer?.({ operationId: s.operationId, statut, typeContenu, corps, panneInjectee: s.panneInjectee ?? false });
}

export function envoyerJson(
  s: Sortie,
  statut: number,
  corps: unknown,
  typeContenu = "application/json",
  entetes: Record<string, string> = {},
) {
  envoyer(s, statut, typeContenu, JSON.stringify(corps), entetes);
}

/** An error in the DGFiP's documented form: `{"erreur": {"code": …, "message": …}}`. */
function envoyerErreur(s: Sortie, statut: number, code: string, message: string, entetes: Record<string, string> = {}) {
  envoyerJson(s, statut, { erreur: { code, message } }, "application/json", entetes);
}

/** The errors this simulator emits, in one place (codes 4001, 4002, 4031, 4101, 4102 are the DGFiP's; the others
 *  are this simulator's choices, see README). */
export const ERREURS = {
  requeteMalFormee: (detail: string) => [400, "4000", `Requête mal formée : ${detail}`] as const,
  spiMalForme: [400, "4001", "Mauvais format de SPI (13 chiffres attendus)"] as const,
  anneeMalFormee: [400, "4002", "Mauvais format d'année (annrev)"] as const,
  jetonPasserelle: [401, "4011", "Jeton d'accès à la passerelle absent, invalide ou expiré"] as const,
  jetonFranceConnect: [401, "4012", "Jeton FranceConnect (X-FranceConnect-OAuth) invalide ou expiré"] as const,
  accesRefuse: (detail: string) => [403, "4031", `L'utilisateur n'a pas accès à la ressource : ${detail}`] as const,
  aucunResultat: [410, "4101", "La requête avec le spi et l'année ne renvoie aucun résultat"] as const,
  usagerInconnu: [410, "4102", "Le spi envoyé ne correspond à aucun usager"] as const,
  declarantInconnu: [
    410,
    "4102",
    "L'usager FranceConnect ne correspond à aucun déclarant à l'impôt sur le revenu",
  ] as const,
  situationsMultiples: [
    410,
    "4103",
    "Plusieurs situations pour cette année de revenus : interroger la ressource situations/ir/assiettes/multiple",
  ] as const,
  nonAcceptable: [406, "4060", "Type de contenu demandé (Accept) non servi par cette ressource"] as const,
  quota: [429, "4290", "Quota d'appels dépassé"] as const,
  ressourceInconnue: [404, "4040", "Ressource inconnue"] as const,
  nonSimulee: [501, "5010", "Ressource du contrat non simulée"] as const,
  franceConnectIndisponible: [502, "5020", "FranceConnect injoignable pour vérifier le jeton"] as const,
  indisponible: [503, "5030", "Service indisponible"] as const,
};

export type Erreur = readonly [number, string, string];

/** The gateway's own body for a path that reaches no API resource (WSO2 API Manager's form): not the DGFiP's
 *  `{"erreur": …}`, so the portal reads it as a misconfigured URL, not as "no data". */
const CORPS_PASSERELLE_404 = {
  code: "404",
  type: "Status report",
  message: "Runtime Error",
  description: "No matching resource found for given API Request",
};

/** An error status with another body than the DGFiP's: empty, a proxy's HTML page, or the gateway's JSON. */
export function repondreErreurNonDgfip(s: Sortie, statut: number, corps: "vide" | "html" | "autre-json") {
  if (corps === "vide") return envoyer(s, statut, null, "");
  if (corps === "html")
    return envoyer(
      s,
      statut,
      "text/html; charset=utf-8",
      `<!DOCTYPE html><html><head><title>${statut}</title></head><body><h1>${statut}</h1></body></html>`,
    );
  envoyerJson(s, statut, { ...CORPS_PASSERELLE_404, code: String(statut) });
}

export function repondreErreur(s: Sortie, [statut, code, message]: Erreur, entetes: Record<string, string> = {}) {
  envoyerErreur(s, statut, code, message, entetes);
}
