import { describe, expect, it } from "vitest";

import { simulateurPartage } from "./cadre-de-test";
import { Navigateur } from "./navigateur-de-test";
import {
  attendre,
  AUTRE_SERVICE,
  checktoken,
  configurerClient,
  demandeAutorisation,
  demarrer,
  echangerCode,
  introspection,
  seConnecter,
} from "./outils-de-test";

const t = simulateurPartage();

function parametres(retirer: string[] = [], remplacer: Record<string, string> = {}): string {
  const demande = new URL(demandeAutorisation(t.config).url);
  retirer.forEach((p) => demande.searchParams.delete(p));
  Object.entries(remplacer).forEach(([k, v]) => demande.searchParams.set(k, v));
  return demande.href;
}

describe("simulateur FranceConnect : ce que FranceConnect refuse", () => {
  it.each([
    ["sans nonce", ["nonce"], {}, "« nonce » est obligatoire"],
    ["avec un nonce de 21 caractères", [], { nonce: "a".repeat(21) }, "au moins 22 caractères (reçu : 21)"],
    ["sans state", ["state"], {}, "« state » est obligatoire"],
    ["sans acr_values", ["acr_values"], {}, "« acr_values » est obligatoire"],
    ["avec prompt=none", [], { prompt: "none" }, "valeur de « prompt » non acceptée : none"],
    [
      "avec PKCE",
      [],
      { code_challenge: "x".repeat(43), code_challenge_method: "S256" },
      "code_challenge, code_challenge_method",
    ],
  ] as [string, string[], Record<string, string>, string][])(
    "étant donné une demande %s, affiche la page d'erreur Y030007 sans rediriger",
    async (_cas, retirer, remplacer, detail) => {
      const r = await new Navigateur().requete(parametres(retirer, remplacer));
      expect(r.reponse.status).toBe(400);
      expect(r.reponse.headers.get("location")).toBeNull();
      expect(r.corps).toContain("Y030007");
      expect(r.corps).toContain("invalid_request");
      expect(r.corps).toContain(detail);
      expect(r.corps).toContain('<html lang="fr">');
    },
  );

  it("accepte un nonce de 22 caractères exactement", async () => {
    const r = await new Navigateur().requete(parametres([], { nonce: "a".repeat(22) }));
    expect(r.reponse.status).toBe(303);
    expect(r.reponse.headers.get("location")).toMatch(/\/api\/v2\/interaction\//);
  });

  it("refuse une adresse de retour non enregistrée, sans y rediriger", async () => {
    const r = await new Navigateur().requete(parametres([], { redirect_uri: "http://localhost:3000/ailleurs" }));
    expect(r.reponse.status).toBe(400);
    expect(r.reponse.headers.get("location")).toBeNull();
    expect(r.corps).toContain("invalid_redirect_uri");
    expect(r.corps).toContain("pas enregistrée pour ce service");
  });

  it("renvoie invalid_scope au service qui demande un scope hors de son habilitation", async () => {
    const autre = await configurerClient(t.sim.url, AUTRE_SERVICE);
    const demande = demandeAutorisation(autre, AUTRE_SERVICE, { scope: "openid identite_pivot dgfip_rfr" });
    const r = await new Navigateur().requete(demande.url);
    const retour = new URL(r.reponse.headers.get("location")!);
    expect(retour.origin + retour.pathname).toBe(AUTRE_SERVICE.redirection);
    expect(retour.searchParams.get("error")).toBe("invalid_scope");
    expect(retour.searchParams.get("state")).toBe(demande.state);
  });

  it("refuse une page de connexion ouverte dans un autre navigateur (sans le cookie d'interaction)", async () => {
    const debut = await new Navigateur().requete(demandeAutorisation(t.config).url);
    const interaction = new URL(debut.reponse.headers.get("location")!, debut.url).href;
    const ailleurs = await new Navigateur().requete(interaction);
    expect(ailleurs.reponse.status).toBe(400);
    expect(ailleurs.corps).toContain("La demande de connexion a expiré ou n&#39;existe plus.");
  });

  it("n'accepte un code qu'une fois", async () => {
    const demande = demandeAutorisation(t.config);
    const retour = await seConnecter(new Navigateur(), demande, { persona: "karim-benali" });
    await echangerCode(t.config, retour.url, demande);
    await expect(echangerCode(t.config, retour.url, demande)).rejects.toMatchObject({ error: "invalid_grant" });
  });
});

describe("simulateur FranceConnect : durées de vie", () => {
  // Lifetimes of 1 s so that expiry can be observed (FranceConnect: code 30 s, access token 60 s). Expiry falls on a
  // whole second, so a 1 s artefact may die 1 ms after issue: each test shortens only what it observes.
  async function avecDurees(durees: { dureeCode?: number; dureeAccessToken?: number }, persona: string) {
    const court = await demarrer(durees);
    const c = await configurerClient(court.url);
    const demande = demandeAutorisation(c);
    const retour = await seConnecter(new Navigateur(), demande, { persona });
    return { court, c, demande, retour };
  }

  it("refuse un code expiré (durée de vie configurée à 1 s)", async () => {
    const { court, c, demande, retour } = await avecDurees({ dureeCode: 1 }, "karim-benali");
    try {
      await attendre(2_100);
      await expect(echangerCode(c, retour.url, demande)).rejects.toMatchObject({ error: "invalid_grant" });
    } finally {
      await court.fermer();
    }
  });

  it("refuse un access token expiré à /userinfo et le dit inactif à checktoken", async () => {
    const { court, c, demande, retour } = await avecDurees({ dureeAccessToken: 1 }, "lea-girard");
    try {
      const jetons = await echangerCode(c, retour.url, demande);
      await attendre(2_100);
      const info = await fetch(`${court.url}/userinfo`, {
        headers: { authorization: `Bearer ${jetons.access_token}` },
      });
      expect(info.status).toBe(401);
      expect(info.headers.get("www-authenticate")).toMatch(/invalid_token/);
      const verification = await checktoken(court.url, jetons.access_token);
      expect(verification.status).toBe(200);
      expect((await introspection(verification)).token_introspection).toEqual({ active: false });
    } finally {
      await court.fermer();
    }
  });
});
