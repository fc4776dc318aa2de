// De « pourquoi la DGFiP n'a rien donné d'utilisable » à ce que l'instruction comprend (RaisonDossier) et à la façon
// d'obtenir encore les données (docs/contrats-amont.md §5). Un échec en mode FranceConnect ne peut pas être réessayé
// plus tard (jeton mort, pas de SPI dans la réponse) : la famille autorise à nouveau ; un échec en mode SPI peut être
// réessayé par un travail. Pur.
import type { ModeDgfip, RaisonEchecDgfip } from "@/lib/integrations/dgfip/port";
import type { AnneeCandidate } from "./annee-fiscale";

/** The RaisonDossier values (Prisma enum) this context produces; the domain imports no Prisma. */
export type RaisonDossierFiscale =
  | "echec_api"
  | "annee_indisponible"
  | "non_declarant"
  | "situations_multiples"
  | "spi_inconnu"
  | "habilitation_refusee"
  | "autorisation_a_renouveler"
  | "identite_divergente"
  | "identite_non_verifiee";

/** How the data can still come: a job repeats the SPI call, the family authorizes again, or an agent decides. */
export type Reprise = "job" | "nouvelle_autorisation" | "agent";

export interface Qualification {
  raisons: RaisonDossierFiscale[];
  reprise: Reprise;
}

export function qualifierEchec(raison: RaisonEchecDgfip, mode: ModeDgfip): Qualification {
  switch (raison) {
    case "aucun_resultat":
      return { raisons: ["annee_indisponible"], reprise: "agent" };
    case "usager_inconnu":
      // SPI mode: the number matches no taxpayer; FranceConnect mode: the person declares no income tax.
      return { raisons: [mode === "spi" ? "spi_inconnu" : "non_declarant"], reprise: "agent" };
    case "situations_multiples":
      return { raisons: ["situations_multiples"], reprise: "agent" };
    case "acces_refuse":
      return { raisons: ["habilitation_refusee"], reprise: "agent" };
    case "jeton_franceconnect":
      return { raisons: ["autorisation_a_renouveler"], reprise: "nouvelle_autorisation" };
    case "requete_invalide":
      return { raisons: ["echec_api"], reprise: "agent" };
    case "reponse_inconnue":
    case "configuration":
      // A misconfigured URL (admins are alerted) or a 410 the portal cannot read: the call failed, not the year;
      // no fallback to another year, no job that would only repeat it: an agent takes the case.
      return { raisons: ["echec_api"], reprise: "agent" };
    case "quota":
    case "echec_amont":
      return mode === "spi"
        ? { raisons: ["echec_api"], reprise: "job" }
        : { raisons: ["echec_api", "autorisation_a_renouveler"], reprise: "nouvelle_autorisation" };
  }
}

/**
 * No year asked had data (every answer "nothing for this year", 410/4101 in SPI mode). When the taxation calendar
 * says each of those years was taxed, the absence is not the year's but the person's: no declaration (a student
 * rattaché to the parents' foyer fiscal), so "pas déclarant", not "année indisponible". A year the calendar does
 * not know may simply not be served yet.
 */
export function qualifierAbsence(essayees: readonly AnneeCandidate[]): Qualification {
  const toutesTaxees = essayees.length > 0 && essayees.every((c) => c.taxee === true);
  return { raisons: [toutesTaxees ? "non_declarant" : "annee_indisponible"], reprise: "agent" };
}
