// Consent page, shown when a service provider asks for data scopes (dgfip_*, cnaf_*): it lists, in French, what
// will be shared, from which data provider, and with whom. Accepting needs the box ticked (checked by the browser
// and again by the server); refusing sends the user back with `access_denied`.
import { html, page } from "./gabarit";

export interface DonneesPageConsentement {
  action: string;
  nomService: string;
  nomUsager: string;
  donneesParFournisseur: { fournisseur: string; libelles: string[] }[];
  identiteTransmise: string[];
  erreur?: string;
}

export function pageConsentement(d: DonneesPageConsentement): string {
  const groupes = d.donneesParFournisseur.map(
    (g, i) => html`<section aria-labelledby="fournisseur-${i}">
  <h2 id="fournisseur-${i}">Informations récupérées auprès de ${g.fournisseur}</h2>
  <ul>${g.libelles.map((l) => html`<li>${l}</li>`)}</ul>
</section>`,
  );
  const identite =
    d.identiteTransmise.length > 0
      ? html`<section aria-labelledby="titre-identite">
  <h2 id="titre-identite">Données d'identité transmises par FranceConnect</h2>
  <ul>${d.identiteTransmise.map((l) => html`<li>${l}</li>`)}</ul>
</section>`
      : "";
  const contenu = html`<h1>Autoriser la transmission de vos données</h1>
<p>Vous êtes connecté(e) en tant que <strong>${d.nomUsager}</strong>.</p>
<p>Le service <strong>${d.nomService}</strong> demande à recevoir les données ci-dessous. Elles lui seront transmises
directement, à lui seul, et seulement si vous l'acceptez.</p>
${groupes}
${identite}
<p>Destinataire : <strong>${d.nomService}</strong>.</p>
<form method="post" action="${d.action}/consentement">
  ${d.erreur ? html`<div class="erreurs" role="alert" aria-labelledby="titre-erreurs"><h2 id="titre-erreurs">Accord manquant</h2><p><a href="#accord">${d.erreur}</a></p></div>` : ""}
  <div class="case">
    <input type="checkbox" id="accord" name="accord" value="oui" required${d.erreur ? html` aria-invalid="true" aria-describedby="titre-erreurs" autofocus` : ""}>
    <label for="accord">J'accepte que FranceConnect transmette ces données à ${d.nomService}</label>
  </div>
  <button type="submit">Continuer sur ${d.nomService}</button>
</form>
<form method="post" action="${d.action}/annulation">
  <button type="submit" class="secondaire">Refuser et revenir sur ${d.nomService}</button>
</form>`;
  return page({ titre: d.erreur ? "Erreur : consentement" : "Consentement", contenu });
}
