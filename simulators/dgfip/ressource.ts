// One call to an API resource, checked in the gateway's order: route → injected fault → gateway token (401) →
// scope (403) → quota (429) → headers and path parameters (400) → Accept (406) → the resource itself.
import type { IncomingMessage } from "node:http";

import type { Population } from "../population/schema";
import type { ConfigSimulateurDgfip } from "./config";
import type { Contrat } from "./contrat";
import { FranceConnectInjoignable, type VerificateurFranceConnect } from "./franceconnect";
import type { EmetteurJetons } from "./jetons-passerelle";
import {
  attendre,
  corpsMalForme,
  ENTETE_PANNE,
  lirePanne,
  PanneInvalide,
  type CompteurPannes,
  type Panne,
} from "./pannes";
import type { QuotaParMinute } from "./quota";
import { envoyer, ERREURS, repondreErreur, repondreErreurNonDgfip, type Erreur, type Sortie } from "./reponses";
import { situationsIr, type Demande } from "./situations";
import {
  appliquerVariante,
  ENTETE_VARIANTE,
  horsContrat,
  lireVariante,
  VarianteInvalide,
  type Variante,
} from "./variantes";

export interface Etat {
  config: ConfigSimulateurDgfip;
  contrat: Contrat;
  population: Population;
  emetteur: EmetteurJetons;
  quota: QuotaParMinute;
  pannes: CompteurPannes;
  franceConnect: VerificateurFranceConnect | null;
  suspendues: Set<NodeJS.Timeout>;
}

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const entete = (req: IncomingMessage, nom: string) => {
  const v = req.headers[nom];
  return Array.isArray(v) ? v[0] : v;
};

/** Accept absent, a wildcard, JSON or the contract's vendor type: served. Anything else: 406. */
function accepte(accept: string | undefined, typeMedia: string): boolean {
  if (!accept) return true;
  const types = accept.split(",").map((t) => t.split(";")[0]?.trim().toLowerCase());
  return types.some((t) => t === "*/*" || t === "application/*" || t === "application/json" || t === typeMedia);
}

/** Fault of this request (header) or of the run (configuration); `undefined` when the header is malformed. */
function panneDe(etat: Etat, req: IncomingMessage): Panne | null | undefined {
  const texte = entete(req, ENTETE_PANNE) ?? etat.config.panneGlobale;
  if (!texte) return null;
  try {
    const p = lirePanne(texte);
    return etat.pannes.appliquer(p) ? p : null;
  } catch (e) {
    if (e instanceof PanneInvalide) return undefined;
    throw e;
  }
}

/** Variant of this request (header), else of the persona, else of the run; `undefined` when malformed. */
function varianteDe(etat: Etat, req: IncomingMessage, dePersona: string | undefined): Variante | null | undefined {
  const texte = entete(req, ENTETE_VARIANTE) ?? dePersona ?? etat.config.varianteGlobale;
  if (!texte) return null;
  try {
    return lireVariante(texte);
  } catch (e) {
    if (e instanceof VarianteInvalide) return undefined;
    throw e;
  }
}

const STATUTS_PANNE: Record<number, Erreur> = {
  404: ERREURS.ressourceInconnue,
  410: ERREURS.aucunResultat,
  429: ERREURS.quota,
  500: [500, "5000", "Erreur technique"],
  502: [502, "5020", "Passerelle : service amont en erreur"],
  503: ERREURS.indisponible,
  504: [504, "5040", "Passerelle : délai dépassé"],
};

export async function traiterRessource(etat: Etat, req: IncomingMessage, s: Sortie, chemin: string): Promise<void> {
  const { api, operations } = etat.contrat;
  const requete = {
    method: req.method ?? "GET",
    path: chemin,
    headers: req.headers as Record<string, string>,
    query: {},
  };
  const op = api.router.matchOperation(requete);
  if (!op) return repondreErreurNonDgfip(s, 404, "autre-json");
  s.operationId = op.operationId ?? null;
  const simulee = operations.get(op.operationId ?? "");
  if (!simulee) return repondreErreur(s, ERREURS.nonSimulee);
  const correlation = entete(req, "x-correlation-id");
  if (correlation && UUID.test(correlation)) s.correlationId = correlation;

  const panne = panneDe(etat, req);
  if (panne === undefined) return repondreErreur(s, ERREURS.requeteMalFormee(`${ENTETE_PANNE} invalide`));
  if (varianteDe(etat, req, undefined) === undefined)
    return repondreErreur(s, ERREURS.requeteMalFormee(`${ENTETE_VARIANTE} invalide`));
  if (panne?.latence) await attendre(panne.latence);
  s.panneInjectee = Boolean(panne?.corps || panne?.statut);
  if (panne?.suspendre) {
    // Never answer: the caller's own timeout must fire. The socket is dropped after a minute at most.
    const t = setTimeout(() => s.res.destroy(), 60_000);
    etat.suspendues.add(t);
    s.res.on("close", () => {
      clearTimeout(t);
      etat.suspendues.delete(t);
    });
    return;
  }
  if (panne?.statut === 204) return envoyer(s, 204, null, "");
  if (panne?.statut && panne.erreur) return repondreErreurNonDgfip(s, panne.statut, panne.erreur);
  const erreurPanne = panne?.statut ? STATUTS_PANNE[panne.statut] : undefined;
  if (erreurPanne)
    return repondreErreur(
      s,
      panne?.code ? [erreurPanne[0], panne.code, erreurPanne[2]] : erreurPanne,
      panne?.statut === 429 ? { "Retry-After": "1" } : {},
    );

  const jeton = etat.emetteur.verifier(entete(req, "authorization"));
  if (!jeton) return repondreErreur(s, ERREURS.jetonPasserelle, { "WWW-Authenticate": 'Bearer error="invalid_token"' });
  if (!jeton.scopes.includes(simulee.scope))
    return repondreErreur(s, ERREURS.accesRefuse(`scope ${simulee.scope} non accordé`));
  const attente = etat.quota.consommer(jeton.clientId);
  if (attente !== null) return repondreErreur(s, ERREURS.quota, { "Retry-After": String(attente) });

  if (!correlation || !UUID.test(correlation))
    return repondreErreur(s, ERREURS.requeteMalFormee("X-Correlation-ID absent ou qui n'est pas un UUID"));
  const params = api.router.parseRequest(requete, op).params as Record<string, string>;
  if (params.spi !== undefined && !/^\d{13}$/.test(params.spi)) return repondreErreur(s, ERREURS.spiMalForme);
  if (!/^\d{4}$/.test(params.annrev ?? "")) return repondreErreur(s, ERREURS.anneeMalFormee);
  const jetonFc = entete(req, "x-franceconnect-oauth");
  // The contract omits this header on the FranceConnect `multiple` path; the simulator requires it on both.
  if (simulee.mode === "franceconnect" && !jetonFc)
    return repondreErreur(s, ERREURS.requeteMalFormee("X-FranceConnect-OAuth absent"));
  const validation = api.validator.validateRequest(requete, op);
  if (validation.errors?.length) return repondreErreur(s, ERREURS.requeteMalFormee("paramètres hors contrat"));
  if (!accepte(entete(req, "accept"), simulee.typeMedia)) return repondreErreur(s, ERREURS.nonAcceptable);

  const annrev = Number(params.annrev);
  const demande: Demande =
    simulee.mode === "spi"
      ? { mode: "spi", multiple: simulee.multiple, annrev, spi: params.spi as string }
      : { mode: "franceconnect", multiple: simulee.multiple, annrev, jeton: jetonFc as string };
  const { champsSimple, champsMultiple } = etat.contrat;
  const r = await situationsIr(
    {
      population: etat.population,
      maintenant: etat.config.maintenant(),
      datesTaxation: etat.config.datesTaxation,
      champsSimple,
      champsMultiple,
      franceConnect: etat.franceConnect,
    },
    demande,
  ).catch((e: unknown) => {
    if (e instanceof FranceConnectInjoignable) return { erreur: ERREURS.franceConnectIndisponible };
    throw e;
  });
  if ("erreur" in r) return repondreErreur(s, r.erreur);
  const variante = varianteDe(etat, req, r.variante);
  if (variante === undefined) return repondreErreur(s, [500, "5000", "Variante de la personne invalide"]);
  if (variante && horsContrat(variante)) s.panneInjectee = true;
  const corps = JSON.stringify(
    variante ? appliquerVariante(r.corps, variante, simulee.multiple ? champsMultiple : champsSimple) : r.corps,
  );
  envoyer(s, 200, simulee.typeMedia, panne?.corps ? corpsMalForme(panne.corps, corps) : corps);
}
