import { statSync } from "node:fs";
import path from "node:path";

import { createRemoteJWKSet, jwtVerify } from "jose";
import { describe, expect, it } from "vitest";

import { simulateurPartage } from "./cadre-de-test";
import { NOM_FICHIER_CLES } from "./cles";
import { Navigateur } from "./navigateur-de-test";
import {
  checktoken,
  configurerClient,
  demandeAutorisation,
  demarrer,
  dossierTemporaire,
  echangerCode,
  introspection,
  PORTAIL,
  seConnecter,
} from "./outils-de-test";

const t = simulateurPartage();

async function sessionOuverte(persona: string) {
  const navigateur = new Navigateur();
  const demande = demandeAutorisation(t.config, PORTAIL, { scope: "openid identite_pivot dgfip_rfr" });
  const page = await navigateur.suivre(demande.url, t.origine);
  const action = page.corps.match(/action="([^"]+\/persona)"/)![1]!;
  const consentement = await navigateur.suivre(new URL(action, page.url).href, t.origine, { persona });
  const actionAccord = consentement.corps.match(/action="([^"]+\/consentement)"/)![1]!;
  const retour = await navigateur.suivre(new URL(actionAccord, page.url).href, t.origine, { accord: "oui" });
  return { navigateur, jetons: await echangerCode(t.config, retour.url, demande) };
}

function urlDeDeconnexion(params: Record<string, string>): string {
  return `${t.sim.url}/session/end?${new URLSearchParams(params)}`;
}

describe("simulateur FranceConnect : déconnexion", () => {
  it("termine la session sans page de confirmation, revient avec state, et rend le jeton inactif", async () => {
    const { navigateur, jetons } = await sessionOuverte("eric-lambert");
    const actif = await introspection(await checktoken(t.sim.url, jetons.access_token));
    expect((actif.token_introspection as { active: boolean }).active).toBe(true);

    const retour = await navigateur.requete(
      urlDeDeconnexion({
        id_token_hint: jetons.id_token!,
        state: "etat-de-deconnexion",
        post_logout_redirect_uri: "http://localhost:3000/deconnexion",
      }),
    );
    expect(retour.reponse.status).toBe(303);
    expect(retour.reponse.headers.get("location")).toBe("http://localhost:3000/deconnexion?state=etat-de-deconnexion");
    expect(navigateur.nomsDesCookies(t.origine)).not.toContain("_session");

    const apres = await introspection(await checktoken(t.sim.url, jetons.access_token));
    expect(apres.token_introspection).toEqual({ active: false });
    // No single sign-on any more: the login page is shown again.
    const page = await navigateur.suivre(demandeAutorisation(t.config).url, t.origine);
    expect(page.reponse.status).toBe(200);
    expect(page.corps).toContain("Choisir une personne fictive");
  });

  it("affiche la page de FranceConnect quand aucune adresse de retour n'est donnée", async () => {
    const { navigateur, jetons } = await sessionOuverte("amelie-roux");
    const fin = await navigateur.suivre(urlDeDeconnexion({ id_token_hint: jetons.id_token! }), t.origine);
    expect(fin.reponse.status).toBe(200);
    expect(fin.corps).toContain("Vous êtes déconnecté(e) de FranceConnect");
  });

  it("exige id_token_hint et refuse une adresse de retour non enregistrée", async () => {
    const sansIndice = await new Navigateur().requete(
      urlDeDeconnexion({ post_logout_redirect_uri: "http://localhost:3000/deconnexion" }),
    );
    expect(sansIndice.reponse.status).toBe(400);
    expect(sansIndice.corps).toContain("« id_token_hint » est obligatoire");

    const { navigateur, jetons } = await sessionOuverte("henri-de-villiers");
    const ailleurs = await navigateur.requete(
      urlDeDeconnexion({ id_token_hint: jetons.id_token!, post_logout_redirect_uri: "http://localhost:3000/ailleurs" }),
    );
    expect(ailleurs.reponse.status).toBe(400);
    expect(ailleurs.reponse.headers.get("location")).toBeNull();
    expect(ailleurs.corps).toContain("post_logout_redirect_uri not registered");
    // The session survived the refused logout.
    expect((await introspection(await checktoken(t.sim.url, jetons.access_token))).token_introspection).toMatchObject({
      active: true,
    });
  });
});

describe("simulateur FranceConnect : clés persistantes", () => {
  it("garde sa clé de signature d'un démarrage à l'autre : un ID token reste vérifiable", async () => {
    const dossier = dossierTemporaire();
    const premier = await demarrer({ dossierDonnees: dossier });
    const c = await configurerClient(premier.url);
    const demande = demandeAutorisation(c);
    const retour = await seConnecter(new Navigateur(), demande, { persona: "pierre-dupont" });
    const { id_token } = await echangerCode(c, retour.url, demande);
    const jwks1 = await (await fetch(`${premier.url}/jwks`)).json();
    await premier.fermer();

    const second = await demarrer({ dossierDonnees: dossier });
    try {
      const jwks2 = await (await fetch(`${second.url}/jwks`)).json();
      expect(jwks2).toEqual(jwks1);
      // The issuer changed with the port (port 0): check the signature only.
      await expect(jwtVerify(id_token!, createRemoteJWKSet(new URL(`${second.url}/jwks`)))).resolves.toBeDefined();
      expect(statSync(path.join(dossier, NOM_FICHIER_CLES)).mode & 0o777).toBe(0o600);
    } finally {
      await second.fermer();
    }
  });
});
