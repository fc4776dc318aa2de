// Login page (prompt « login »): pick a persona of the shared population, or type its e-mail and password.
// Stands for FranceConnect's choice of identity provider + the provider's own login form, in one page.
import type { Persona } from "../../population/schema";
import { html, page } from "./gabarit";

export type ErreurConnexion = { champ: "persona" | "identifiant"; message: string };

export interface DonneesPageConnexion {
  /** Base URL of this interaction's routes (…/interaction/<uid>). */
  action: string;
  nomService: string;
  personas: Persona[];
  donneesTransmises: string[];
  erreur?: ErreurConnexion;
  identifiantSaisi?: string;
  /** ProConnect profile: the page is titled ProConnect and asks whether a second factor was used. */
  proConnect?: boolean;
}

const idRadio = (p: Persona) => `persona-${p.id}`;

function resumeErreur(e: ErreurConnexion | undefined, premiere: Persona | undefined) {
  if (!e) return "";
  const cible = e.champ === "persona" && premiere ? idRadio(premiere) : "identifiant";
  return html`<div class="erreurs" role="alert" aria-labelledby="titre-erreurs">
  <h2 id="titre-erreurs">La connexion n'a pas abouti</h2>
  <p><a href="#${cible}">${e.message}</a></p>
</div>`;
}

export function pageConnexion(d: DonneesPageConnexion): string {
  const erreurPersona = d.erreur?.champ === "persona" ? d.erreur : undefined;
  const erreurIdentifiant = d.erreur?.champ === "identifiant" ? d.erreur : undefined;
  const choix = d.personas.map(
    (p, i) => html`<div class="choix">
      <input type="radio" name="persona" value="${p.id}" id="${idRadio(p)}" required
        aria-describedby="aide-${p.id}"${erreurPersona && i === 0 ? html` autofocus` : ""}>
      <label for="${idRadio(p)}">${p.identite.given_name} ${p.identite.family_name}
        <span class="aide" id="aide-${p.id}">${p.description}</span></label>
    </div>`,
  );
  const secondFacteur = d.proConnect
    ? html`<fieldset>
      <legend>Authentification de l'agent</legend>
      <div class="choix"><input type="radio" name="acr" value="eidas1-mfa" id="acr-mfa" checked>
        <label for="acr-mfa">Avec un second facteur (acr eidas1-mfa)</label></div>
      <div class="choix"><input type="radio" name="acr" value="eidas1" id="acr-simple">
        <label for="acr-simple">Mot de passe seul (acr eidas1)</label></div>
    </fieldset>`
    : "";
  const contenu = html`<h1>Connexion avec ${d.proConnect ? "ProConnect" : "FranceConnect"}</h1>
<p>Le service <strong>${d.nomService}</strong> demande à vous identifier.</p>
${resumeErreur(d.erreur, d.personas[0])}
<section aria-labelledby="titre-personas">
  <h2 id="titre-personas">Choisir une personne fictive</h2>
  <form method="post" action="${d.action}/persona">
    <fieldset${erreurPersona ? html` aria-describedby="erreur-persona"` : ""}>
      <legend>Personne à connecter</legend>
      ${erreurPersona ? html`<p class="message-erreur" id="erreur-persona">${erreurPersona.message}</p>` : ""}
      ${choix}
    </fieldset>
    ${secondFacteur}
    <button type="submit">Se connecter avec cette personne</button>
  </form>
</section>
<section aria-labelledby="titre-identifiants">
  <h2 id="titre-identifiants">Ou se connecter avec un identifiant et un mot de passe</h2>
  <form method="post" action="${d.action}/identifiant">
    ${erreurIdentifiant ? html`<p class="message-erreur" id="erreur-identifiant">${erreurIdentifiant.message}</p>` : ""}
    <label for="identifiant">Adresse électronique
      <span class="aide" id="aide-identifiant">Celle d'une personne fictive, par exemple marianne.dupont@exemple.test</span></label>
    <input type="email" id="identifiant" name="identifiant" autocomplete="username" required value="${d.identifiantSaisi ?? ""}"
      aria-describedby="aide-identifiant${erreurIdentifiant ? " erreur-identifiant" : ""}"${erreurIdentifiant ? html` aria-invalid="true" autofocus` : ""}>
    <label for="mot-de-passe">Mot de passe
      <span class="aide" id="aide-mot-de-passe">Les mots de passe de démonstration sont dans simulators/population/population.json</span></label>
    <input type="password" id="mot-de-passe" name="motDePasse" autocomplete="current-password" required aria-describedby="aide-mot-de-passe">
    <button type="submit">Se connecter</button>
  </form>
</section>
<section aria-labelledby="titre-donnees">
  <h2 id="titre-donnees">Données transmises à ${d.nomService}</h2>
  ${d.donneesTransmises.length > 0 ? html`<ul>${d.donneesTransmises.map((l) => html`<li>${l}</li>`)}</ul>` : html`<p>Aucune donnée d'identité : un identifiant technique seulement.</p>`}
</section>
<form method="post" action="${d.action}/annulation">
  <button type="submit" class="secondaire">Annuler et revenir sur ${d.nomService}</button>
</form>`;
  return page({ titre: d.erreur ? "Erreur : connexion" : "Connexion", contenu });
}
