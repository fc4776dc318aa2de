// Which data a grid needs that the commune cannot obtain from the DGFiP, for the grid editor's warning. FranceConnect
// serves only the scopes of the commune's habilitation (its fiscal settings; by default the current DataPass list),
// and no scope serves the revenu imposable: only SPI mode (a numéro fiscal typed by a local account) returns it.
// A datum the grid needs and the family's route cannot bring sends the request to an agent (donnees_manquantes),
// never to the highest price. Pure.
import { SCOPES_DONNEES_DGFIP_PAR_DEFAUT } from "@/lib/fiscal/domain/scopes-franceconnect";
import type { DefinitionGrille } from "./definition.schema";

export interface SourceInobtenable {
  donnee: "revenu_imposable" | "rfr" | "parts";
  message: string;
}

const AGENT = "ces demandes iront à un agent, qui saisira la donnée d'après l'avis d'imposition";

export function sourcesInobtenables(
  def: Pick<DefinitionGrille, "quotient">,
  scopesFranceConnect: readonly string[],
): SourceInobtenable[] {
  if (def.quotient.source === "caf") return [];
  const scopes = new Set(scopesFranceConnect.length > 0 ? scopesFranceConnect : SCOPES_DONNEES_DGFIP_PAR_DEFAUT);
  const avertissements: SourceInobtenable[] = [];
  if (def.quotient.revenu === "revenu_imposable")
    avertissements.push({
      donnee: "revenu_imposable",
      message: `Le quotient est calculé sur le revenu imposable : FranceConnect ne transmet pas le revenu imposable (aucun scope ne le sert), seul le numéro fiscal saisi par un compte local le donne. Pour les familles connectées avec FranceConnect, ${AGENT}.`,
    });
  else if (!scopes.has("dgfip_rfr"))
    avertissements.push({
      donnee: "rfr",
      message: `Le quotient est calculé sur le revenu fiscal de référence, mais l'habilitation FranceConnect de la commune (Données fiscales) n'a pas le scope dgfip_rfr : pour les familles connectées avec FranceConnect, ${AGENT}.`,
    });
  if (!scopes.has("dgfip_nbpart"))
    avertissements.push({
      donnee: "parts",
      message: `L'habilitation FranceConnect de la commune (Données fiscales) n'a pas le scope dgfip_nbpart (nombre de parts) : pour les familles connectées avec FranceConnect, ${AGENT}.`,
    });
  return avertissements;
}
