// HTTP adapter of the API Impôt particulier port: shared quota → attempt → call log → retry policy. Logs carry
// metadata only (resource, mode, year, status, code, duration, correlation id, outcome): never the URL (it holds
// the SPI), a token or a body.
import { randomUUID } from "node:crypto";

import type { Logger } from "@/lib/server/logger";
import { issueDe } from "./classement";
import type { ConfigClientDgfip } from "./config";
import { journalMuet, sansLimite, type JournalAppels, type LimiteurQuota } from "./dependances";
import { JetonPasserelle } from "./jeton-passerelle";
import type { ApiImpotParticulier, DemandeSituationsIr, RaisonEchecDgfip, ResultatSituationsIr } from "./port";
import { attenteAvantNouvelEssai, delaiTentative, tientDansLeJeton } from "./reessais";
import { construireRequete, type RequeteDgfip } from "./requete";
import { tenter } from "./tentative";

export interface DependancesClientDgfip {
  fetch?: typeof fetch;
  limiteur?: LimiteurQuota;
  journal?: JournalAppels;
  logger?: Logger;
  maintenant?: () => number;
  attendre?: (ms: number) => Promise<void>;
  alea?: () => number;
  /** Alerts the administrators of a fault only they can fix (a misconfigured URL). Codes only, no personal data. */
  alerter?: (code: "dgfip_configuration") => Promise<void>;
}

type Echec = Extract<ResultatSituationsIr, { ok: false }>;

export function creerClientDgfip(config: ConfigClientDgfip, deps: DependancesClientDgfip = {}): ApiImpotParticulier {
  const fetcher = deps.fetch ?? fetch;
  const limiteur = deps.limiteur ?? sansLimite;
  const journal = deps.journal ?? journalMuet;
  const maintenant = deps.maintenant ?? Date.now;
  const attendre = deps.attendre ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const alea = deps.alea ?? Math.random;
  const passerelle = new JetonPasserelle(
    { ...config, margeRenouvellementMs: config.margeRenouvellementJetonMs },
    fetcher,
    maintenant,
  );

  const echec = (
    raison: RaisonEchecDgfip,
    tentatives: number,
    statut: number | null = null,
    code: string | null = null,
    correlationId: string | null = null,
  ): Echec => ({
    ok: false,
    raison,
    statut,
    code,
    correlationId,
    tentatives,
  });

  /** Waits for a slot of the shared quota, within the configured wait and the FranceConnect token's life. */
  async function reserver(limite: number | null): Promise<boolean> {
    const debut = maintenant();
    for (;;) {
      const r = await limiteur.reserver();
      if (r.accorde) return true;
      const fin = maintenant() - debut + r.attenteMs;
      if (fin > config.attenteQuotaMaxMs || !tientDansLeJeton(limite, maintenant(), r.attenteMs)) return false;
      await attendre(r.attenteMs + Math.round(alea() * 50));
    }
  }

  /** `raison` null: success; "jeton_passerelle": a 401 that a fresh gateway token may cure (no alert yet). */
  interface Consigne {
    raison: RaisonEchecDgfip | "jeton_passerelle" | null;
    statut: number | null;
    code: string | null;
    correlationId: string;
    dureeMs: number;
    tentative: number;
  }

  async function consigner(
    d: DemandeSituationsIr,
    req: RequeteDgfip,
    { raison, statut, code, correlationId, dureeMs, tentative }: Consigne,
  ) {
    const appel = {
      ressource: req.ressource,
      mode: d.mode,
      anneeRevenus: d.annee,
      statutHttp: statut,
      codeErreur: code,
      dureeMs,
      correlationId,
      issue: raison === "jeton_passerelle" ? ("jeton_invalide" as const) : issueDe(raison),
      tentative,
      foyerId: d.foyerId ?? null,
    };
    const log = { fournisseur: "dgfip", ...appel };
    if (raison === "acces_refuse")
      deps.logger?.error(
        { ...log, alerte: "habilitation_dgfip" },
        "DGFiP : accès refusé, vérifier l'habilitation et les identifiants",
      );
    else if (raison === "configuration") {
      deps.logger?.error(
        { ...log, alerte: "configuration_dgfip" },
        "DGFiP : réponse 404 sans le corps d'erreur de la DGFiP, vérifier DGFIP_API_URL (faute de configuration)",
      );
      try {
        await deps.alerter?.("dgfip_configuration");
      } catch (err) {
        deps.logger?.warn({ err, correlationId }, "alerte aux administrateurs impossible");
      }
    } else if (raison === "requete_invalide")
      deps.logger?.error(log, "DGFiP : requête refusée comme mal formée (anomalie du portail)");
    else if (raison === null || raison === "aucun_resultat") deps.logger?.info(log, "appel DGFiP");
    else deps.logger?.warn(log, "appel DGFiP sans réponse exploitable");
    try {
      await journal.enregistrer(appel);
    } catch (err) {
      // The DGFiP's answer must not be lost because the call log failed; the log line above remains.
      deps.logger?.warn({ err, correlationId }, "journal des appels DGFiP indisponible");
    }
  }

  async function situationsIr(d: DemandeSituationsIr): Promise<ResultatSituationsIr> {
    const req = construireRequete(config.urlApi, config.idTeleservice, d);
    if (!req) return echec("requete_invalide", 0);
    const limite = d.mode === "franceconnect" ? d.jetonExpireLe.getTime() : null;
    let tentative = 0;
    let passerelleRenouvelee = false;
    let dernier: Echec = echec("jeton_franceconnect", 0);
    for (;;) {
      // FranceConnect mode: a token about to die is not worth a request (nor a retry).
      if (!tientDansLeJeton(limite, maintenant(), 0)) return dernier;
      const correlationId = randomUUID();
      if (!(await reserver(limite))) {
        await consigner(d, req, {
          raison: "quota",
          statut: null,
          code: "QUOTA_LOCAL",
          correlationId,
          dureeMs: 0,
          tentative: tentative + 1,
        });
        return echec("quota", tentative, null, "QUOTA_LOCAL", correlationId);
      }
      tentative += 1;
      const debut = maintenant();
      const issue = await tenter(
        req,
        d.multiple,
        correlationId,
        delaiTentative(config, limite, debut),
        passerelle,
        fetcher,
        maintenant,
      );
      const c = issue.classement;
      // A 401 that persists with a fresh gateway token: in FranceConnect mode most likely the citizen's token
      // (whatever code the gateway uses for it), in SPI mode our credentials.
      const refusPersistant: RaisonEchecDgfip = d.mode === "franceconnect" ? "jeton_franceconnect" : "acces_refuse";
      const raison =
        c.genre === "succes"
          ? null
          : c.genre === "echec"
            ? c.raison
            : passerelleRenouvelee
              ? refusPersistant
              : "jeton_passerelle";
      await consigner(d, req, {
        raison,
        statut: issue.statut,
        code: issue.code,
        correlationId,
        dureeMs: maintenant() - debut,
        tentative,
      });
      if (c.genre === "succes")
        return { ok: true, situations: issue.situations ?? [], correlationId, tentatives: tentative };
      if (c.genre === "jeton_passerelle") {
        // A gateway token refused before its announced expiry: fetch a new one and try again, once.
        if (issue.jeton) passerelle.invalider(issue.jeton);
        dernier = echec(refusPersistant, tentative, issue.statut, issue.code, correlationId);
        if (passerelleRenouvelee) return dernier;
        passerelleRenouvelee = true;
        continue;
      }
      dernier = echec(c.raison, tentative, issue.statut, issue.code, correlationId);
      if (!c.reessayable) return dernier;
      const attente = attenteAvantNouvelEssai(config, tentative, issue.retryAfterS, alea());
      if (attente === null || !tientDansLeJeton(limite, maintenant(), attente)) return dernier;
      await attendre(attente);
    }
  }

  return { situationsIr };
}
