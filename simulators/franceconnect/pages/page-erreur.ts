// Error page, for what FranceConnect does not send back to the service provider: invalid authorization parameters
// (its code Y030007), unknown client or unregistered redirect URI, expired interaction, logout without
// id_token_hint. The OAuth `error` and `error_description` are shown as FranceConnect shows its error code.
import { html, page } from "./gabarit";

export interface DonneesPageErreur {
  message: string;
  code?: string;
  error: string;
  errorDescription?: string;
  details?: string[];
}

export function pageErreur(d: DonneesPageErreur): string {
  const contenu = html`<h1>Une erreur est survenue</h1>
<p>${d.message}</p>
<dl>
  ${d.code ? html`<dt>Code</dt><dd>${d.code}</dd>` : ""}
  <dt>Erreur</dt><dd>${d.error}</dd>
  ${d.errorDescription ? html`<dt>Description</dt><dd>${d.errorDescription}</dd>` : ""}
</dl>
${
  d.details && d.details.length > 0
    ? html`<h2>Détail pour les développeurs</h2><ul>${d.details.map((x) => html`<li>${x}</li>`)}</ul>`
    : ""
}
<p>Revenez sur le site du service et recommencez la connexion.</p>`;
  return page({ titre: "Erreur", contenu });
}

export function pageDeconnexionReussie(): string {
  return page({
    titre: "Déconnexion",
    contenu: html`<h1>Vous êtes déconnecté(e) de FranceConnect</h1><p>Vous pouvez fermer cette page.</p>`,
  });
}

export function pageAccueil(issuer: string): string {
  return page({
    titre: "Simulateur",
    contenu: html`<h1>Simulateur FranceConnect</h1>
<p>Fournisseur d'identité OpenID Connect de développement. Émetteur : <code>${issuer}</code>.</p>
<p><a href="${issuer}/.well-known/openid-configuration">Configuration de découverte</a></p>`,
  });
}
