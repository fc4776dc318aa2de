import { describe, expect, it } from "vitest";

import { chargerPopulation } from "../population/schema";
import { donneesParFournisseur, libellesIdentite } from "./catalogue-donnees";
import { authentifier, claimsIdentite, subPairwise, trouverPersona } from "./comptes";
import { lireConfigurationEnv } from "./configuration";
import { html } from "./pages/gabarit";
import { pageConnexion } from "./pages/page-connexion";

const population = chargerPopulation();

describe("comptes du simulateur", () => {
  it("calcule un sub stable, propre à chaque service, au format de FranceConnect", () => {
    const a = subPairwise("portail-famille-demo", "marianne-dupont");
    expect(a).toMatch(/^[0-9a-f]{64}v1$/);
    expect(subPairwise("portail-famille-demo", "marianne-dupont")).toBe(a);
    expect(subPairwise("autre-service", "marianne-dupont")).not.toBe(a);
    expect(subPairwise("portail-famille-demo", "pierre-dupont")).not.toBe(a);
  });

  it.each([
    [
      "la bonne adresse et le bon mot de passe",
      "marianne.dupont@exemple.test",
      "Demo-Marianne-2026",
      "marianne-dupont",
    ],
    ["l'adresse en majuscules", " MARIANNE.DUPONT@EXEMPLE.TEST ", "Demo-Marianne-2026", "marianne-dupont"],
    ["le mot de passe d'une autre personne", "marianne.dupont@exemple.test", "Demo-Pierre-2026", undefined],
    ["une adresse inconnue", "personne@exemple.test", "Demo-Marianne-2026", undefined],
  ])(
    "étant donné %s, la connexion par identifiant trouve la bonne personne",
    (_cas, identifiant, motDePasse, attendu) => {
      expect(authentifier(population, identifiant, motDePasse)?.id).toBe(attendu);
    },
  );

  it("ne transmet birthplace que pour une personne née en France", () => {
    expect(claimsIdentite(trouverPersona(population, "marianne-dupont")!).birthplace).toBe("59350");
    expect("birthplace" in claimsIdentite(trouverPersona(population, "nadia-faure")!)).toBe(false);
  });
});

describe("libellés et pages", () => {
  it("libelle en français les données d'identité et de la DGFiP, par fournisseur", () => {
    expect(libellesIdentite(["openid", "identite_pivot"])).toEqual([
      "Prénom(s)",
      "Nom de naissance",
      "Date de naissance",
      "Sexe",
      "Lieu de naissance (code INSEE de la commune)",
      "Pays de naissance (code INSEE)",
    ]);
    expect(donneesParFournisseur(["openid", "dgfip_rfr", "cnaf_enfants", "dgfip_sitfam"])).toEqual([
      {
        fournisseur: "la Direction générale des Finances publiques (DGFiP)",
        libelles: ["Revenu fiscal de référence", "Situation de famille (mariage, PACS, célibat, veuvage, divorce)"],
      },
      {
        fournisseur: "la Caisse nationale des allocations familiales (CNAF) et la MSA",
        libelles: ["Identités des enfants"],
      },
    ]);
  });

  it("échappe les valeurs insérées dans le HTML", () => {
    expect(html`<p>${'<script>alert("x")</script>'}</p>`.valeur).toBe(
      "<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</p>",
    );
    expect(html`<ul>${["a&b", html`<li>ok</li>`]}</ul>`.valeur).toBe("<ul>a&amp;b<li>ok</li></ul>");
  });

  it("étiquette chaque champ de la page de connexion et n'y met aucun script", () => {
    const contenu = pageConnexion({
      action: "/i/1",
      nomService: "Portail Famille",
      personas: population.personas,
      donneesTransmises: [],
    });
    expect(contenu).toContain('<html lang="fr">');
    expect(contenu).not.toMatch(/<script|https?:\/\/fonts/);
    for (const id of [...contenu.matchAll(/<input[^>]*\sid="([^"]+)"/g)].map((m) => m[1])) {
      expect(contenu, id).toContain(`<label for="${id}"`);
    }
  });
});

describe("configuration par variables d'environnement", () => {
  it("prend les valeurs par défaut de la démonstration", () => {
    expect(lireConfigurationEnv({})).toMatchObject({
      hote: "127.0.0.1",
      port: 4000,
      dureeAccessToken: 60,
      dureeCode: 30,
      issuer: undefined,
    });
  });

  it("nomme la variable fautive", () => {
    expect(() => lireConfigurationEnv({ SIMULATEUR_FRANCECONNECT_PORT: "quatre-mille" })).toThrow(
      /SIMULATEUR_FRANCECONNECT_PORT/,
    );
  });
});
