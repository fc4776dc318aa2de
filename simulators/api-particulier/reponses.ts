// Écriture des réponses : toutes passent par `envoyer`, qui les signale aussi à l'observateur facultatif (les tests
// valident là chacune contre le contrat). Les erreurs ont la forme documentée `{"errors": [{code, title, detail}]}`.
import type { ServerResponse } from "node:http";

import type { ReponseObservee } from "./config";

export interface Sortie {
  res: ServerResponse;
  operationId: string | null;
  panneInjectee?: boolean;
  /** En-têtes ajoutés à toute réponse de cet appel (RateLimit-*). */
  entetes?: Record<string, string>;
  observer?: (r: ReponseObservee) => void;
}

export function envoyer(s: Sortie, statut: number, corps: unknown | null, entetes: Record<string, string> = {}) {
  if (s.res.headersSent || s.res.destroyed) return;
  const texte = corps === null ? "" : typeof corps === "string" ? corps : JSON.stringify(corps);
  const h: Record<string, string> = { "Cache-Control": "no-store", ...s.entetes, ...entetes };
  if (corps !== null) h["Content-Type"] = "application/json; charset=utf-8";
  s.res.writeHead(statut, h);
  s.res.end(texte);
  s.observer?.({
    operationId: s.operationId,
    statut,
    typeContenu: corps === null ? null : "application/json",
    corps: texte,
    entetes: Object.fromEntries(Object.entries(h).map(([k, v]) => [k.toLowerCase(), v])),
    panneInjectee: s.panneInjectee ?? false,
  });
}

export type Erreur = readonly [statut: number, code: string, titre: string, detail: string];

/** Les erreurs que ce simulateur émet, en un seul endroit : codes et titres du contrat (sauf mention « choix »). */
export const ERREURS = {
  jetonInvalide: [401, "00101", "Interdit", "Votre token n'est pas valide ou n'est pas renseigné"],
  privileges: [
    403,
    "00100",
    "Privilèges insuffisants",
    "Votre token est valide mais vos privilèges sont insuffisants. Listez vos privilèges sur /api/introspect",
  ],
  dossierAbsentCnaf: [
    404,
    "23003",
    "Dossier allocataire absent CNAF",
    "Le dossier allocataire n'a pas été trouvé auprès de la CNAF.",
  ],
  nonReference: [
    404,
    "35003",
    "Allocataire non référencé",
    "L'allocataire n'est pas référencé auprès des caisses éligibles",
  ],
  conflit: [
    409,
    "00015",
    "Conflit",
    "Une requête associé à votre jeton est déjà en cours de traitement pour ces paramètres. Veuillez attendre la fin du traitement avant d'effectuer une nouvelle requête.",
  ],
  civilite: [
    422,
    "00366",
    "Entité non traitable",
    "Un ou plusieurs paramètres de civilité ne sont pas correctement formatés",
  ],
  recipient: [422, "00203", "Entité non traitable", "Le paramètre recipient est obligatoire"],
  tropDeRequetes: [429, "00429", "Trop de requêtes", "Vous avez effectué trop de requêtes"],
  fournisseurInconnu: [
    502,
    "37999",
    "Erreur inconnue du fournisseur de données",
    "La réponse retournée par le fournisseur de données est invalide et inconnue de notre service.",
  ],
  fournisseurIndisponible: [
    504,
    "37001",
    "Service non disponible",
    "Service du fournisseur de données temporairement indisponible ou en maintenance.",
  ],
  erreurInattendue: [
    404,
    "35003",
    "Erreur inattendue",
    "Une erreur inattendue est survenue lors de la collecte des données",
  ],
  // Choix (hors des réponses du contrat, décrits par son texte ou inévitables) :
  periode: (detail: string) => [400, "00400", "Paramètre invalide", detail] as const,
  routeInconnue: [404, "00404", "Ressource inconnue", "Cette route n'existe pas"],
  interne: [500, "00500", "Erreur interne", "Erreur interne du simulateur"],
  indisponible: [503, "00503", "Service indisponible", "API Particulier est temporairement indisponible"],
} as const satisfies Record<string, Erreur | ((d: string) => Erreur)>;

export function repondreErreur(s: Sortie, [statut, code, title, detail]: Erreur, entetes: Record<string, string> = {}) {
  envoyer(s, statut, { errors: [{ code, title, detail, source: null, meta: {} }] }, entetes);
}
