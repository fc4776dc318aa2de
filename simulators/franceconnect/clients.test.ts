import { describe, expect, it } from "vitest";

import { SCOPES_DONNEES } from "./catalogue-donnees";
import { chargerClients, lireClients, metadonneesOidc } from "./clients";
import { CHEMIN_CLIENTS_PAR_DEFAUT } from "./configuration";

const fs = (surcharge: Record<string, unknown> = {}) => ({
  client_id: "service",
  client_secret: "demo-secret-0000000000",
  nom: "Service",
  redirect_uris: ["http://localhost:3000/retour"],
  scopes: ["openid"],
  ...surcharge,
});

describe("clients enregistrés (clients.json)", () => {
  it("enregistre le portail pour les ports 3000, 3100 et 3200 (démo, e2e PostgreSQL, e2e embarqué), connexion et autorisation de données", () => {
    const clients = chargerClients(CHEMIN_CLIENTS_PAR_DEFAUT);
    const portail = clients.fournisseursDeService.find((c) => c.client_id === "portail-famille-demo")!;
    expect(portail.client_secret).toBe("demo-secret-client-franceconnect-0000");
    for (const port of [3000, 3100, 3200]) {
      expect(portail.redirect_uris).toContain(`http://localhost:${port}/api/auth/callback/franceconnect`);
      expect(portail.redirect_uris).toContain(`http://localhost:${port}/api/franceconnect/donnees/callback`);
      expect(portail.post_logout_redirect_uris).toContain(`http://localhost:${port}/deconnexion`);
    }
    expect(portail.scopes).toEqual(
      expect.arrayContaining(["openid", "identite_pivot", "dgfip_rfr", "cnaf_quotient_familial"]),
    );
    const dgfip = clients.fournisseursDeDonnees.find((c) => c.client_id === "dgfip-simulateur")!;
    expect(dgfip.client_secret).toBe("demo-secret-fd-dgfip-0000000000");
    expect(dgfip.scopes).toEqual(Object.keys(SCOPES_DONNEES).filter((s) => s.startsWith("dgfip_")));
  });

  it.each([
    [
      "un scope inconnu",
      { fournisseursDeService: [fs({ scopes: ["openid", "adresse"] })] },
      "scope inconnu de FranceConnect : « adresse »",
    ],
    [
      "un motif sans correspondance",
      { fournisseursDeService: [fs({ scopes: ["ants_*"] })] },
      "aucun scope ne correspond à « ants_* »",
    ],
    ["un client_id en double", { fournisseursDeService: [fs(), fs()] }, "client_id en double : service"],
    ["un secret trop court", { fournisseursDeService: [fs({ client_secret: "court" })] }, "au moins 16 caractères"],
    [
      "une adresse de retour qui n'est pas une URL",
      { fournisseursDeService: [fs({ redirect_uris: ["/retour"] })] },
      "doit être une URL http(s)",
    ],
  ])("étant donné %s, refuse le fichier avec un message en français", (_cas, brut, message) => {
    expect(() => lireClients(brut)).toThrow(message);
  });

  it("déclare chaque fournisseur de service comme FranceConnect l'attend d'oidc-provider", () => {
    const m = metadonneesOidc(
      lireClients({ fournisseursDeService: [fs({ scopes: ["openid", "dgfip_*"] })] }).fournisseursDeService[0]!,
    );
    expect(m).toMatchObject({
      token_endpoint_auth_method: "client_secret_post",
      id_token_signed_response_alg: "ES256",
      userinfo_signed_response_alg: "ES256",
      subject_type: "pairwise",
      grant_types: ["authorization_code"],
      response_types: ["code"],
    });
    expect(String(m.scope).split(" ")).toContain("dgfip_annee_n_moins_2_si_indispo_n_moins_1");
  });
});
