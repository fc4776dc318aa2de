// Comment un agent peut encore obtenir des données fiscales certifiées pour un dossier (docs/contrats-amont.md §5).
// Un appel en mode SPI peut être répété à tout moment ; un appel en mode FranceConnect non (le jeton de 60 secondes
// de la famille est mort et la réponse ne porte pas de SPI) : la famille doit autoriser à nouveau depuis son espace,
// sauf si l'agent lit le numéro fiscal sur un avis d'imposition déposé par la famille, ce qui fait passer le cas en
// mode SPI. Pur.

export interface SituationReprise {
  /** The responsable's numéro fiscal is on file. */
  spiConnu: boolean;
  /** The account holder signs in with FranceConnect, so can authorize a new DGFiP call. */
  titulaireFranceConnect: boolean;
  /** Mode of the foyer's latest DGFiP call, if any. */
  modeDernierAppel: "spi" | "franceconnect" | null;
}

export interface OptionsReprise {
  /** Repeat the call with the SPI on file, or with the one the agent types (read on the uploaded notice). */
  relanceSpi: "spi_connu" | "spi_a_saisir";
  /** Ask the family to authorize a new FranceConnect call (message + waiting for the family). */
  nouvelleAutorisation: boolean;
  /** Why the last call cannot simply be repeated, when that is the case. */
  avertissement: string | null;
}

export function optionsReprise(s: SituationReprise): OptionsReprise {
  const avertissement =
    s.modeDernierAppel === "franceconnect"
      ? "Le dernier appel a été fait avec l'autorisation FranceConnect de la famille : il ne peut pas être relancé (l'autorisation ne vaut que 60 secondes et la réponse ne contient pas le numéro fiscal). Demandez à la famille d'autoriser à nouveau, ou interrogez la DGFiP avec le numéro fiscal lu sur son avis d'imposition."
      : null;
  return {
    relanceSpi: s.spiConnu ? "spi_connu" : "spi_a_saisir",
    nouvelleAutorisation: s.titulaireFranceConnect,
    avertissement,
  };
}

/** "se terminant par 901": enough for an agent to recognise the number, not enough to reuse it. */
export function finDuSpi(spi: string): string {
  return `se terminant par ${spi.slice(-3)}`;
}
