import { describe, expect, it } from "vitest";

import { simulateurPartage } from "./cadre-de-test";
import { actionDuFormulaire, Navigateur } from "./navigateur-de-test";
import {
  checktoken,
  demandeAutorisation,
  echangerCode,
  FD_DGFIP,
  introspection,
  PORTAIL,
  seConnecter,
} from "./outils-de-test";

const DONNEES = {
  redirect_uri: "http://localhost:3000/api/franceconnect/donnees/callback",
  scope: "openid identite_pivot dgfip_rfr dgfip_nbpart dgfip_annee_n_moins_1",
};

const t = simulateurPartage();

/** A signed-in navigator (identity scopes), then the page reached by a data authorization. */
async function pageDeConsentement(persona: string) {
  const navigateur = new Navigateur();
  const connexion = demandeAutorisation(t.config);
  await seConnecter(navigateur, connexion, { persona });
  const demande = demandeAutorisation(t.config, PORTAIL, DONNEES);
  const page = await navigateur.suivre(demande.url, t.origine);
  return { navigateur, demande, page };
}

describe("simulateur FranceConnect : données DGFiP, consentement et checktoken", () => {
  it("liste en français les données demandées, leur source et leur destinataire", async () => {
    const { page } = await pageDeConsentement("marianne-dupont");
    expect(page.reponse.status).toBe(200);
    expect(page.corps).toContain("Autoriser la transmission de vos données");
    expect(page.corps).toContain("Marianne Claire LEFEVRE");
    expect(page.corps).toContain("Direction générale des Finances publiques");
    for (const libelle of [
      "Revenu fiscal de référence",
      "Nombre de parts fiscales du foyer",
      "Pour la dernière année de revenus",
    ]) {
      expect(page.corps).toContain(libelle);
    }
    expect(page.corps).not.toContain("Adresse fiscale");
    expect(page.corps).toContain("Destinataire : <strong>Portail Famille</strong>");
  });

  it("renvoie access_denied quand la personne refuse", async () => {
    const { navigateur, demande, page } = await pageDeConsentement("marianne-dupont");
    const retour = await navigateur.suivre(actionDuFormulaire(page, "/annulation"), t.origine, {});
    const callback = new URL(retour.url);
    expect(callback.origin + callback.pathname).toBe(DONNEES.redirect_uri);
    expect(callback.searchParams.get("error")).toBe("access_denied");
    expect(callback.searchParams.get("state")).toBe(demande.state);
    expect(callback.searchParams.get("iss")).toBe(t.sim.url);
  });

  it("exige la case cochée, puis délivre un jeton que checktoken décrit, signé pour le fournisseur de données", async () => {
    const { navigateur, demande, page } = await pageDeConsentement("marianne-dupont");
    const sansAccord = await navigateur.suivre(actionDuFormulaire(page, "/consentement"), t.origine, {});
    expect(sansAccord.reponse.status).toBe(400);
    expect(sansAccord.corps).toContain("Cochez la case");

    const retour = await navigateur.suivre(actionDuFormulaire(sansAccord, "/consentement"), t.origine, {
      accord: "oui",
    });
    const jetons = await echangerCode(t.config, retour.url, demande);
    expect(jetons.scope?.split(" ")).toEqual(
      expect.arrayContaining(["dgfip_rfr", "dgfip_nbpart", "dgfip_annee_n_moins_1"]),
    );

    const reponse = await checktoken(t.sim.url, jetons.access_token);
    expect(reponse.status).toBe(200);
    expect(reponse.headers.get("content-type")).toBe("application/token-introspection+jwt");
    const jwt = await introspection(reponse, t.sim.url, FD_DGFIP.id);
    expect(jwt.entete).toMatchObject({ alg: "ES256", typ: "token-introspection+jwt" });
    const ti = jwt.token_introspection as Record<string, unknown>;
    expect(ti).toMatchObject({
      active: true,
      client_id: PORTAIL.id,
      acr: "eidas1",
      identity: {
        given_name: "Marianne Claire",
        family_name: "LEFEVRE",
        preferred_username: "DUPONT",
        birthdate: "1986-03-14",
        gender: "female",
        birthplace: "59350",
        birthcountry: "99100",
      },
    });
    // Only the scopes the DGFiP serves: not openid nor identite_pivot.
    expect(String(ti.scope).split(" ").sort()).toEqual(["dgfip_annee_n_moins_1", "dgfip_nbpart", "dgfip_rfr"]);
    expect(ti.exp).toBe((ti.iat as number) + 60);
    expect(ti.sub).toMatch(/^[0-9a-f]{64}v1$/);
    expect(ti.sub).not.toBe(jetons.claims()!.sub);
  });

  it("redemande le consentement à chaque autorisation de données (il n'est pas mémorisé)", async () => {
    const { navigateur, page } = await pageDeConsentement("sophie-martin");
    await navigateur.suivre(actionDuFormulaire(page, "/consentement"), t.origine, { accord: "oui" });
    const encore = await navigateur.suivre(demandeAutorisation(t.config, PORTAIL, DONNEES).url, t.origine);
    expect(encore.reponse.status).toBe(200);
    expect(encore.corps).toContain("Autoriser la transmission de vos données");
  });

  it("étant donné la session du premier parent, le second autorise ses propres données avec prompt=login", async () => {
    const { navigateur } = await pageDeConsentement("julien-bernard");
    const demande = demandeAutorisation(t.config, PORTAIL, { ...DONNEES, prompt: "login" });
    const connexion = await navigateur.suivre(demande.url, t.origine);
    expect(connexion.corps).toContain("Choisir une personne fictive");
    const consentement = await navigateur.suivre(actionDuFormulaire(connexion, "/persona"), t.origine, {
      persona: "claire-petit",
    });
    expect(consentement.corps).toContain("Claire PETIT");
    const retour = await navigateur.suivre(actionDuFormulaire(consentement, "/consentement"), t.origine, {
      accord: "oui",
    });
    const jetons = await echangerCode(t.config, retour.url, demande);
    const ti = (await introspection(await checktoken(t.sim.url, jetons.access_token), t.sim.url)).token_introspection;
    expect(ti).toMatchObject({ active: true, identity: { family_name: "PETIT", given_name: "Claire" } });
  });

  it("omet birthplace pour une personne née à l'étranger", async () => {
    const { navigateur, demande, page } = await pageDeConsentement("nadia-faure");
    const retour = await navigateur.suivre(actionDuFormulaire(page, "/consentement"), t.origine, { accord: "oui" });
    const jetons = await echangerCode(t.config, retour.url, demande);
    const ti = (await introspection(await checktoken(t.sim.url, jetons.access_token), t.sim.url))
      .token_introspection as { identity: object };
    expect(ti.identity).toEqual({
      given_name: "Nadia",
      family_name: "FAURE",
      birthdate: "1992-10-11",
      gender: "female",
      birthcountry: "99134",
    });
  });

  it.each([
    ["un mauvais secret", { id: FD_DGFIP.id, secret: "demo-secret-fd-dgfip-mauvais000" }],
    ["un fournisseur inconnu", { id: "inconnu", secret: FD_DGFIP.secret }],
    ["les identifiants d'un fournisseur de service", { id: PORTAIL.id, secret: PORTAIL.secret }],
  ])("répond 401 à checktoken avec %s", async (_cas, fd) => {
    const r = await checktoken(t.sim.url, "peu-importe", fd);
    expect(r.status).toBe(401);
    expect(await r.json()).toEqual({ error: "invalid_client", error_description: "Client authentication failed." });
  });

  it("dit inactif un jeton inconnu, dans la même réponse signée", async () => {
    const r = await checktoken(t.sim.url, "jeton-inconnu");
    expect(r.status).toBe(200);
    const jwt = await introspection(r, t.sim.url);
    expect(jwt.token_introspection).toEqual({ active: false });
    expect(jwt.aud).toBe(FD_DGFIP.id);
  });

  it("accepte aussi les identifiants dans le corps, comme le vrai FranceConnect", async () => {
    const r = await fetch(`${t.sim.url}/checktoken`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ token: "jeton-inconnu", client_id: FD_DGFIP.id, client_secret: FD_DGFIP.secret }),
    });
    expect(r.status).toBe(200);
  });
});
