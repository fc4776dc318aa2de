// What the portal asks of the API Impôt particulier, independent of HTTP: the fiscal service depends on this
// interface only; `client-http.ts` implements it against the DGFiP gateway (or the simulator: configuration decides).
import type { SituationIr } from "./schemas";

export type ModeDgfip = "spi" | "franceconnect";

interface DemandeCommune {
  /** Income year (annrev). */
  annee: number;
  /** The `multiple` resource: several situations in the year (death, marriage…) come back as a list. */
  multiple: boolean;
  /** For the call log only (AppelAmont.foyerId): never sent upstream. */
  foyerId?: string;
}

export type DemandeSituationsIr = DemandeCommune &
  (
    | { mode: "spi"; spi: string }
    | {
        mode: "franceconnect";
        /** The citizen's FranceConnect access token, sent in X-FranceConnect-OAuth. */
        jetonFranceConnect: string;
        /** When that token dies (60 s after issue): no attempt, no retry beyond it. */
        jetonExpireLe: Date;
      }
  );

/** Why the DGFiP gave no usable answer, in the portal's words. */
export type RaisonEchecDgfip =
  /** 410/4101, 204, 404 with the DGFiP's error body: nothing for this year (not yet taxed, or no declaration). */
  | "aucun_resultat"
  /** 410/4102: SPI mode, the number matches no taxpayer; FranceConnect mode, the person is not an IR declarant. */
  | "usager_inconnu"
  /** Several situations in the year on the single-situation resource (simulator: 410/4103): use `multiple`. */
  | "situations_multiples"
  /** 400 (or 406): the portal built a bad request: a bug on our side. */
  | "requete_invalide"
  /** 403/4031, or gateway credentials refused: the habilitation or the configuration is wrong. Alert. */
  | "acces_refuse"
  /** The FranceConnect token is dead or refused: the family must authorize again. */
  | "jeton_franceconnect"
  /** 429 until the retries ran out, or the shared quota left no slot in time. */
  | "quota"
  /** 5xx, timeout, network error, body outside the contract. */
  | "echec_amont"
  /** 404 without the DGFiP's error body (empty, HTML, another JSON): the URL is misconfigured. Admins alerted. */
  | "configuration"
  /** 410 with a code the portal does not know, or without the DGFiP's body: never a fallback to another year. */
  | "reponse_inconnue";

export type ResultatSituationsIr =
  | { ok: true; situations: SituationIr[]; correlationId: string; tentatives: number }
  | {
      ok: false;
      raison: RaisonEchecDgfip;
      statut: number | null;
      code: string | null;
      /** Correlation id of the last attempt (null when no request left the portal). */
      correlationId: string | null;
      tentatives: number;
    };

export interface ApiImpotParticulier {
  /** IR assiettes of one foyer fiscal for one income year. Never throws for upstream problems: see `raison`. */
  situationsIr(demande: DemandeSituationsIr): Promise<ResultatSituationsIr>;
}
