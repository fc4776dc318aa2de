// Adaptateur HTTP du port API Particulier : limiteur partagé (jeton de la collectivité) → essai → journal des
// appels → règle des nouveaux essais. Les journaux ne portent que des métadonnées (ressource, modalité, statut,
// code, durée, identifiant, issue) : jamais l'URL (elle porte l'état civil), un jeton ou un corps.
import { randomUUID } from "node:crypto";

import type { Logger } from "@/lib/server/logger";
import { delaiTentative, tientDansLeJeton } from "../dgfip/reessais";
import { ALERTES, issueDe } from "./classement";
import type { ConfigClientApiParticulier } from "./config";
import { journalMuet, sansLimite, type JournalAppels, type LimiteurDebit } from "./dependances";
import type {
  ApiParticulier,
  DemandeQuotientFamilial,
  RaisonEchecApiParticulier,
  ResultatQuotientFamilial,
} from "./port";
import { construireRequete } from "./requete";
import { tenter } from "./tentative";

export interface DependancesClientApiParticulier {
  /** SIRET de la collectivité, envoyé comme `recipient` (null : non renseigné, rien ne part). */
  siret: () => Promise<string | null>;
  fetch?: typeof fetch;
  /** Limiteur du jeton de la collectivité, partagé par les instances (modalité identité). */
  limiteur?: LimiteurDebit;
  journal?: JournalAppels;
  logger?: Logger;
  maintenant?: () => number;
  attendre?: (ms: number) => Promise<void>;
  alea?: () => number;
}

type Echec = Extract<ResultatQuotientFamilial, { ok: false }>;

const echec = (
  raison: RaisonEchecApiParticulier,
  tentatives: number,
  statut: number | null = null,
  code: string | null = null,
): Echec => ({ ok: false, raison, statut, code, tentatives });

export function creerClientApiParticulier(
  config: ConfigClientApiParticulier,
  deps: DependancesClientApiParticulier,
): ApiParticulier {
  const fetcher = deps.fetch ?? fetch;
  const limiteur = deps.limiteur ?? sansLimite;
  const journal = deps.journal ?? journalMuet;
  const maintenant = deps.maintenant ?? Date.now;
  const attendre = deps.attendre ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const alea = deps.alea ?? Math.random;

  function signaler(raison: RaisonEchecApiParticulier | null, log: Record<string, unknown>) {
    const alerte = raison ? ALERTES[raison] : undefined;
    if (alerte) deps.logger?.error({ ...log, alerte }, "API Particulier : anomalie de configuration ou du portail");
    else if (raison === null || raison === "aucun_dossier" || raison === "non_reference")
      deps.logger?.info(log, "appel API Particulier");
    else deps.logger?.warn(log, "appel API Particulier sans réponse exploitable");
  }

  async function consigner(
    d: DemandeQuotientFamilial,
    raison: RaisonEchecApiParticulier | null,
    appel: { statut: number | null; code: string | null; correlationId: string; dureeMs: number; tentative: number },
  ) {
    const ligne = {
      ressource: "quotient_familial",
      mode: d.modalite,
      statutHttp: appel.statut,
      codeErreur: appel.code,
      dureeMs: appel.dureeMs,
      correlationId: appel.correlationId,
      issue: issueDe(raison),
      tentative: appel.tentative,
      foyerId: d.foyerId ?? null,
    };
    signaler(raison, { fournisseur: "api_particulier", ...ligne });
    try {
      await journal.enregistrer(ligne);
    } catch (err) {
      // La réponse ne doit pas être perdue parce que le journal a échoué ; la ligne de log ci-dessus reste.
      deps.logger?.warn({ err, correlationId: appel.correlationId }, "journal des appels API Particulier indisponible");
    }
  }

  /** Attend une place du limiteur partagé, dans l'attente permise. */
  async function reserver(): Promise<boolean> {
    const debut = maintenant();
    for (;;) {
      const r = await limiteur.reserver();
      if (r.accorde) return true;
      if (maintenant() - debut + r.attenteMs > config.attenteLimiteurMaxMs) return false;
      await attendre(r.attenteMs + Math.round(alea() * 20));
    }
  }

  /** Attente avant un nouvel essai, ou null quand la règle abandonne. */
  function attenteAvant(reessai: "conflit" | "limite" | "amont", tentative: number, retryAfterS: number | null) {
    if (reessai === "conflit") return config.pauseConflitMs;
    if (tentative >= config.tentativesMax) return null;
    const plafond = Math.min(config.attenteMaxMs, config.attenteBaseMs * 2 ** (tentative - 1));
    const recul = Math.round(plafond / 2 + (alea() * plafond) / 2);
    if (reessai === "amont" || retryAfterS === null) return recul;
    return Math.max(recul, retryAfterS * 1000);
  }

  async function quotientFamilial(d: DemandeQuotientFamilial): Promise<ResultatQuotientFamilial> {
    const construction = construireRequete(config.urlApi, await deps.siret(), d);
    if (!construction.ok) {
      signaler(construction.raison, { fournisseur: "api_particulier", mode: d.modalite, tentative: 0 });
      return echec(construction.raison, 0);
    }
    const req = construction.requete;
    const limite = d.modalite === "franceconnect" ? d.jetonExpireLe.getTime() : null;
    const bearer = d.modalite === "franceconnect" ? d.jetonFranceConnect : config.jetonCollectivite;
    let tentative = 0;
    let conflitReessaye = false;
    let dernier: Echec = echec("jeton_franceconnect", 0);
    for (;;) {
      // Modalité FranceConnect : un jeton sur le point de mourir ne vaut pas une requête.
      if (!tientDansLeJeton(limite, maintenant(), 0)) return dernier;
      // Le jeton de la collectivité est commun à toutes les instances : 20 appels/s au plus, avec marge.
      if (d.modalite === "identite" && !(await reserver())) {
        await consigner(d, "limite_debit", {
          statut: null,
          code: "LIMITEUR_LOCAL",
          correlationId: randomUUID(),
          dureeMs: 0,
          tentative: tentative + 1,
        });
        return echec("limite_debit", tentative, null, "LIMITEUR_LOCAL");
      }
      tentative += 1;
      const debut = maintenant();
      const issue = await tenter(req, d.modalite, bearer, delaiTentative(config, limite, debut), fetcher, maintenant);
      const c = issue.classement;
      await consigner(d, c.genre === "succes" ? null : c.raison, {
        statut: issue.statut,
        code: issue.code,
        correlationId: randomUUID(),
        dureeMs: maintenant() - debut,
        tentative,
      });
      if (c.genre === "succes" && issue.quotient)
        return { ok: true, quotient: issue.quotient, tentatives: tentative, enCache: issue.enCache };
      if (c.genre === "succes") return echec("amont_indisponible", tentative, 200, "CORPS_INVALIDE");
      dernier = echec(c.raison, tentative, issue.statut, issue.code);
      if (c.reessai === "non") return dernier;
      if (c.reessai === "conflit") {
        if (conflitReessaye) return dernier;
        conflitReessaye = true;
      }
      const attente = attenteAvant(c.reessai, tentative, issue.retryAfterS);
      if (attente === null) return dernier;
      // Modalité identité : un Retry-After trop long rend la main (la campagne ou l'agent reprendra plus tard).
      if (limite === null && attente > Math.max(config.attenteRetryAfterMaxMs, config.pauseConflitMs)) return dernier;
      // Modalité FranceConnect : toute attente doit tenir dans la vie du jeton.
      if (!tientDansLeJeton(limite, maintenant(), attente)) return dernier;
      await attendre(attente);
    }
  }

  return { quotientFamilial };
}
