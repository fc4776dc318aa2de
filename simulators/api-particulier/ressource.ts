// Un appel au quotient familial, contrôlé dans l'ordre d'API Particulier : panne injectée → jeton (401) → droits
// (403) → débit du jeton (429) → `recipient` (422) → état civil (422) → période (400) → l'allocataire (404) → panne
// du dossier (504) → cache de 24 h → réponse. README.md décrit chaque choix.
import type { IncomingMessage } from "node:http";

import { siretValide } from "../../lib/integrations/api-particulier/siret";
import { FranceConnectInjoignable, personaDeLIdentite, type VerificateurFranceConnect } from "../dgfip/franceconnect";
import {
  attendre,
  corpsMalForme,
  ENTETE_PANNE,
  lirePanne,
  PanneInvalide,
  type CompteurPannes,
  type Panne,
} from "../dgfip/pannes";
import { dossierCafDe, type Persona, type Population } from "../population/schema";
import type { ConfigSimulateurApiParticulier } from "./config";
import { OPERATIONS, type Modalite } from "./contrat";
import { DebitParJeton } from "./debit";
import { moisDemande, personaDeLEtatCivil, quotientDuMois, type EtatCivilRecu } from "./quotients";
import { envoyer, ERREURS, repondreErreur, type Erreur, type Sortie } from "./reponses";

export interface Etat {
  config: ConfigSimulateurApiParticulier;
  population: Population;
  debit: DebitParJeton;
  pannes: CompteurPannes;
  franceConnect: VerificateurFranceConnect | null;
  cache: Map<string, { expireA: number; corps: string }>;
  suspendues: Set<NodeJS.Timeout>;
}

const STATUTS_PANNE = [204, 404, 409, 429, 500, 502, 503, 504] as const;
const ERREURS_PANNE: Record<number, Erreur> = {
  404: ERREURS.dossierAbsentCnaf,
  409: ERREURS.conflit,
  429: ERREURS.tropDeRequetes,
  500: ERREURS.interne,
  502: ERREURS.fournisseurInconnu,
  503: ERREURS.indisponible,
  504: ERREURS.fournisseurIndisponible,
};
/** Statuts documentés par le contrat pour chaque chemin (hors 200) : une panne hors de ceux-ci est hors contrat. */
const DOCUMENTES: Record<Modalite, number[]> = {
  identite: [401, 403, 404, 409, 422, 429, 502, 504],
  franceconnect: [401, 403, 404, 409, 422, 429],
};
const TAILLE_MAX_CACHE = 10_000;

const entete = (req: IncomingMessage, nom: string) => {
  const v = req.headers[nom];
  return Array.isArray(v) ? v[0] : v;
};

function panneDe(etat: Etat, req: IncomingMessage): Panne | null | undefined {
  const texte = entete(req, ENTETE_PANNE) ?? etat.config.panneGlobale;
  if (!texte) return null;
  try {
    const p = lirePanne(texte, STATUTS_PANNE);
    return etat.pannes.appliquer(p) ? p : null;
  } catch (e) {
    if (e instanceof PanneInvalide) return undefined;
    throw e;
  }
}

const entier = (v: string | null) => (v !== null && /^\d{1,4}$/.test(v) ? Number(v) : v === null ? null : NaN);

/** L'état civil de `/identite`, ou null quand un paramètre manque ou est mal formé (422 00366). */
function lireEtatCivil(q: URLSearchParams): EtatCivilRecu | null {
  const prenoms = q.getAll("prenoms[]").map((p) => p.trim());
  const nomNaissance = q.get("nomNaissance")?.trim() ?? "";
  const sexe = q.get("sexeEtatCivil");
  const pays = q.get("codeCogInseePaysNaissance") ?? "";
  const commune = q.get("codeCogInseeCommuneNaissance");
  const [a, m, j] = ["anneeDateNaissance", "moisDateNaissance", "jourDateNaissance"].map((n) => entier(q.get(n)));
  if (prenoms.length < 1 || prenoms.length > 3 || prenoms.some((p) => !p) || !nomNaissance) return null;
  if ((sexe !== "M" && sexe !== "F") || !/^\d{5}$/.test(pays)) return null;
  if (pays === "99100" ? !commune || !/^[0-9][0-9AB]\d{3}$/.test(commune) : commune !== null) return null;
  if ([a, m, j].some((x) => Number.isNaN(x))) return null;
  return {
    nomNaissance,
    prenoms,
    sexe,
    pays,
    commune,
    anneeNaissance: a ?? null,
    moisNaissance: a ? (m ?? null) : null,
    jourNaissance: a && m ? (j ?? null) : null,
  };
}

function allocataire(p: Persona) {
  return {
    nom_naissance: p.identite.family_name,
    nom_usage: p.identite.preferred_username ?? null,
    prenoms: p.identite.given_name,
    date_naissance: p.identite.birthdate,
    sexe: p.identite.gender === "female" ? "F" : "M",
  };
}

export async function traiterQuotient(etat: Etat, req: IncomingMessage, s: Sortie, modalite: Modalite) {
  s.operationId = OPERATIONS[modalite];
  const q = new URL(req.url ?? "/", "http://simulateur").searchParams;

  const panne = panneDe(etat, req);
  if (panne === undefined) return repondreErreur(s, ERREURS.periode(`${ENTETE_PANNE} invalide`));
  if (panne?.latence) await attendre(panne.latence);
  s.panneInjectee = Boolean(panne?.corps || (panne?.statut && !DOCUMENTES[modalite].includes(panne.statut)));
  if (panne?.suspendre) {
    const t = setTimeout(() => s.res.destroy(), 60_000);
    etat.suspendues.add(t);
    s.res.on("close", () => {
      clearTimeout(t);
      etat.suspendues.delete(t);
    });
    return;
  }
  if (panne?.statut === 204) return envoyer(s, 204, null);
  const erreurPanne = panne?.statut ? ERREURS_PANNE[panne.statut] : undefined;
  if (erreurPanne) return repondreErreur(s, erreurPanne, panne?.statut === 429 ? { "Retry-After": "1" } : {});

  // Jeton : celui de la collectivité (identité) ou celui de la famille, vérifié auprès de FranceConnect.
  const jeton = /^Bearer\s+(\S+)$/i.exec(entete(req, "authorization") ?? "")?.[1];
  if (!jeton) return repondreErreur(s, ERREURS.jetonInvalide);
  let personneFc: Persona | null = null;
  if (modalite === "identite") {
    if (!etat.config.jetons.includes(jeton)) return repondreErreur(s, ERREURS.jetonInvalide);
  } else {
    if (!etat.franceConnect) return repondreErreur(s, ERREURS.jetonInvalide);
    const intro = await etat.franceConnect.introspecter(jeton).catch((e: unknown) => {
      if (e instanceof FranceConnectInjoignable) return null;
      throw e;
    });
    // Le chemin FranceConnect ne documente ni 502 ni 504 : une panne y répond « erreur inattendue » (404 35003).
    if (intro === null) return repondreErreur(s, ERREURS.erreurInattendue);
    if (!intro.actif) return repondreErreur(s, ERREURS.jetonInvalide);
    if (!intro.scopes.has("cnaf_quotient_familial")) return repondreErreur(s, ERREURS.privileges);
    personneFc = personaDeLIdentite(etat.population, intro.identite);
  }

  const debit = etat.debit.consommer(jeton);
  s.entetes = debit.entetes;
  if (!debit.accorde) return repondreErreur(s, ERREURS.tropDeRequetes, { "Retry-After": String(debit.attenteS) });

  const recipient = q.get("recipient");
  if (!recipient || !siretValide(recipient)) return repondreErreur(s, ERREURS.recipient);
  let personne = personneFc;
  if (modalite === "identite") {
    const ec = lireEtatCivil(q);
    if (!ec) return repondreErreur(s, ERREURS.civilite);
    personne = personaDeLEtatCivil(etat.population, ec);
  }
  const annee = entier(q.get("annee"));
  const mois = entier(q.get("mois"));
  if (Number.isNaN(annee) || Number.isNaN(mois) || (mois !== null && (mois < 1 || mois > 12)))
    return repondreErreur(s, ERREURS.periode("annee ou mois mal formé"));
  const periode = moisDemande(etat.config.maintenant(), annee, mois);
  if (!periode.ok) return repondreErreur(s, ERREURS.periode(periode.detail));

  if (!personne) return repondreErreur(s, ERREURS.nonReference);
  const dossier = dossierCafDe(etat.population, personne.id);
  if (!dossier) return repondreErreur(s, ERREURS.dossierAbsentCnaf);
  if (dossier.panneSimulee === "indisponible")
    return repondreErreur(s, modalite === "identite" ? ERREURS.fournisseurIndisponible : ERREURS.erreurInattendue);

  const maintenant = etat.config.maintenant().getTime();
  const cle = `${modalite}:${personne.id}:${recipient}:${periode.index}`;
  const enCache = etat.cache.get(cle);
  const sansCache = /(^|,)\s*no-cache\s*(,|$)/i.test(entete(req, "cache-control") ?? "");
  if (enCache && enCache.expireA > maintenant && !sansCache && !panne?.corps) {
    const reste = Math.ceil((enCache.expireA - maintenant) / 1000);
    return envoyer(s, 200, enCache.corps, { "X-Response-Cached": "true", "X-Cache-Expires-in": String(reste) });
  }
  const corps = {
    data: {
      allocataires: dossier.allocataires.map((id) => allocataire(etat.population.personas.find((p) => p.id === id)!)),
      enfants: dossier.enfants,
      adresse: dossier.adresse,
      quotient_familial: quotientDuMois(dossier, new Date(maintenant), periode.index),
    },
    links: {},
    meta: {},
  };
  const texte = panne?.corps ? corpsMalForme(panne.corps, JSON.stringify(corps)) : JSON.stringify(corps);
  if (!panne?.corps) {
    if (etat.cache.size > TAILLE_MAX_CACHE) etat.cache.delete(etat.cache.keys().next().value as string);
    etat.cache.set(cle, { expireA: maintenant + etat.config.dureeCacheSecondes * 1000, corps: texte });
  }
  envoyer(s, 200, texte, {
    "X-Response-Cached": "false",
    "X-Cache-Expires-in": String(etat.config.dureeCacheSecondes),
  });
}
