// Le simulateur API Particulier : les deux modalités, la population partagée (CNAF, MSA, inconnue, QF 0, QF changé
// le mois dernier, panne), le cache de 24 h et `no-cache`, la limite de débit, les pannes injectées. Chaque réponse
// est validée contre le contrat OpenAPI publié (utiliserBancApiParticulier le vérifie à la fin du fichier).
import { describe, expect, it } from "vitest";

import { JETON_DEMO } from "@/simulators/api-particulier/config";
import { chargerPopulation } from "@/simulators/population/schema";
import { erreurDe, SCOPES_CNAF, SIRET_DE_TEST, utiliserBancApiParticulier } from "@/tests/support/banc-api-particulier";

const population = chargerPopulation();
const persona = (id: string) => population.personas.find((p) => p.id === id)!;
// Le 15 mars 2026 : « le mois dernier » est février 2026.
const JETON_DEBIT = "demo-jeton-pour-l-essai-du-debit";
const b = utiliserBancApiParticulier("2026-03-15", { jetons: [JETON_DEMO, JETON_DEBIT] });

/** L'état civil d'une personne de la population, comme le portail l'envoie à /identite. */
function etatCivil(id: string): Record<string, string | string[]> {
  const i = persona(id).identite;
  const [annee, mois, jour] = i.birthdate.split("-");
  return {
    recipient: SIRET_DE_TEST,
    nomNaissance: i.family_name,
    "prenoms[]": i.given_name.split(" "),
    sexeEtatCivil: i.gender === "female" ? "F" : "M",
    codeCogInseePaysNaissance: i.birthcountry,
    ...(i.birthplace ? { codeCogInseeCommuneNaissance: i.birthplace } : {}),
    anneeDateNaissance: String(Number(annee)),
    moisDateNaissance: String(Number(mois)),
    jourDateNaissance: String(Number(jour)),
  };
}

type Reponse = {
  data: {
    allocataires: { nom_naissance: string; prenoms: string }[];
    enfants: unknown[];
    quotient_familial: Record<string, unknown>;
  };
};

describe("simulateur API Particulier, modalité FranceConnect", () => {
  it("sert le quotient de l'allocataire connecté, ses allocataires et ses enfants", async () => {
    const { jeton } = b.fc.emettre(persona("marianne-dupont"), { scopes: SCOPES_CNAF });
    const res = await b.appeler("franceconnect", { recipient: SIRET_DE_TEST }, { jeton });
    expect(res.status).toBe(200);
    const corps = (await res.json()) as Reponse;
    expect(corps.data.quotient_familial).toEqual({
      fournisseur: "CNAF",
      valeur: 612,
      annee: 2026,
      mois: 3,
      annee_calcul: 2026,
      mois_calcul: 1,
    });
    expect(corps.data.allocataires.map((a) => a.nom_naissance)).toEqual(["LEFEVRE", "DUPONT"]);
    expect(corps.data.enfants).toHaveLength(2);
  });

  it("refuse un jeton inactif (401 00101) et un jeton sans le scope cnaf_quotient_familial (403 00100)", async () => {
    expect(
      await erreurDe(await b.appeler("franceconnect", { recipient: SIRET_DE_TEST }, { jeton: "inconnu" })),
    ).toEqual({ statut: 401, code: "00101" });
    const { jeton } = b.fc.emettre(persona("marianne-dupont"), { scopes: ["openid", "dgfip_rfr"] });
    expect(await erreurDe(await b.appeler("franceconnect", { recipient: SIRET_DE_TEST }, { jeton }))).toEqual({
      statut: 403,
      code: "00100",
    });
  });

  it("famille MSA : le mois en cours seulement, recalculé ce mois-ci", async () => {
    const { jeton } = b.fc.emettre(persona("eric-lambert"), { scopes: SCOPES_CNAF });
    const res = await b.appeler("franceconnect", { recipient: SIRET_DE_TEST, annee: "2025", mois: "10" }, { jeton });
    expect(((await res.json()) as Reponse).data.quotient_familial).toEqual({
      fournisseur: "MSA",
      valeur: 690,
      annee: 2026,
      mois: 3,
      annee_calcul: 2026,
      mois_calcul: 3,
    });
  });

  it("inconnue de la CAF : 404 23003 ; panne de la caisse : « erreur inattendue » 404 35003 (chemin sans 502/504)", async () => {
    const villiers = b.fc.emettre(persona("henri-de-villiers"), { scopes: SCOPES_CNAF }).jeton;
    expect(await erreurDe(await b.appeler("franceconnect", { recipient: SIRET_DE_TEST }, { jeton: villiers }))).toEqual(
      { statut: 404, code: "23003" },
    );
    const bruno = b.fc.emettre(persona("bruno-marchand"), { scopes: SCOPES_CNAF }).jeton;
    expect(await erreurDe(await b.appeler("franceconnect", { recipient: SIRET_DE_TEST }, { jeton: bruno }))).toEqual({
      statut: 404,
      code: "35003",
    });
  });
});

describe("simulateur API Particulier, modalité identité", () => {
  it("retrouve l'allocataire par son état civil ; QF 0 (ressources non déclarées) servi tel quel", async () => {
    const res = await b.appeler("identite", etatCivil("amelie-roux"));
    expect(res.status).toBe(200);
    expect(((await res.json()) as Reponse).data.quotient_familial).toMatchObject({ fournisseur: "CNAF", valeur: 0 });
  });

  it("quotient changé le mois dernier : 845 en janvier, 720 depuis février, calculé en février", async () => {
    const qf = async (mois: string) =>
      ((await (await b.appeler("identite", { ...etatCivil("julien-bernard"), annee: "2026", mois })).json()) as Reponse)
        .data.quotient_familial;
    expect(await qf("1")).toMatchObject({ valeur: 845, annee: 2026, mois: 1 });
    expect(await qf("3")).toMatchObject({ valeur: 720, annee: 2026, mois: 3, annee_calcul: 2026, mois_calcul: 2 });
  });

  it("une personne née à l'étranger se passe de commune de naissance", async () => {
    const res = await b.appeler("identite", etatCivil("nadia-faure"));
    expect(((await res.json()) as Reponse).data.quotient_familial).toMatchObject({ valeur: 380 });
  });

  it.each([
    ["recipient absent", { recipient: "" }, 422, "00203"],
    ["recipient mal formé (clé de Luhn)", { recipient: "00000000100017" }, 422, "00203"],
    ["sexe inconnu", { sexeEtatCivil: "X" }, 422, "00366"],
    ["né en France sans commune", { codeCogInseeCommuneNaissance: "" }, 422, "00366"],
    ["mois futur", { annee: "2026", mois: "4" }, 400, "00400"],
    ["au-delà des deux ans d'historique", { annee: "2023", mois: "12" }, 400, "00400"],
  ])("%s (%j) : %i %s", async (_, surcharge, statut, code) => {
    const params: Record<string, string | string[]> = { ...etatCivil("sophie-martin"), ...surcharge };
    for (const [k, v] of Object.entries(params)) if (v === "") delete params[k];
    expect(await erreurDe(await b.appeler("identite", params))).toEqual({ statut, code });
  });

  it("état civil inconnu : 404 35003 non référencé ; panne de la caisse : 504 37001 ; jeton de commune inconnu : 401", async () => {
    expect(await erreurDe(await b.appeler("identite", { ...etatCivil("sophie-martin"), nomNaissance: "X" }))).toEqual({
      statut: 404,
      code: "35003",
    });
    expect(await erreurDe(await b.appeler("identite", etatCivil("bruno-marchand")))).toEqual({
      statut: 504,
      code: "37001",
    });
    expect(await erreurDe(await b.appeler("identite", etatCivil("sophie-martin"), { jeton: "autre" }))).toEqual({
      statut: 401,
      code: "00101",
    });
  });
});

describe("simulateur API Particulier, cache, débit et pannes", () => {
  it("répond depuis son cache de 24 h ; Cache-Control: no-cache interroge la caisse", async () => {
    const params = { ...etatCivil("karim-benali"), annee: "2026", mois: "2" };
    const premier = await b.appeler("identite", params);
    expect(premier.headers.get("x-response-cached")).toBe("false");
    const second = await b.appeler("identite", params);
    expect(second.headers.get("x-response-cached")).toBe("true");
    expect(Number(second.headers.get("x-cache-expires-in"))).toBeGreaterThan(86_000);
    const frais = await b.appeler("identite", params, { entetes: { "Cache-Control": "no-cache" } });
    expect(frais.headers.get("x-response-cached")).toBe("false");
  });

  it("20 appels par seconde et par jeton : au-delà, 429 00429, Retry-After et RateLimit-*", async () => {
    const reponses = await Promise.all(
      Array.from({ length: 30 }, () => b.appeler("identite", etatCivil("sophie-martin"), { jeton: JETON_DEBIT })),
    );
    const refus = reponses.filter((r) => r.status === 429);
    // Sur une machine chargée les 30 requêtes peuvent s'étaler sur plus d'une seconde : au moins 20 passent.
    expect(refus.length).toBeGreaterThanOrEqual(1);
    expect(reponses.filter((r) => r.status === 200).length).toBeGreaterThanOrEqual(20);
    expect(await erreurDe(refus[0]!)).toEqual({ statut: 429, code: "00429" });
    expect(Number(refus[0]!.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(refus[0]!.headers.get("ratelimit-limit")).toBe("20");
    expect(refus[0]!.headers.get("ratelimit-remaining")).toBe("0");
    await Promise.all(reponses.filter((r) => !r.bodyUsed).map((r) => r.body?.cancel()));
  });

  it("même injection de pannes que le simulateur DGFiP : 409 une fois par clé, puis la réponse", async () => {
    const panne = { "X-Simulateur-Panne": "statut=409;fois=1;cle=conflit-essai" };
    const params = etatCivil("jeanne-robert");
    expect(await erreurDe(await b.appeler("identite", params, { entetes: panne }))).toEqual({
      statut: 409,
      code: "00015",
    });
    expect((await b.appeler("identite", params, { entetes: panne })).status).toBe(200);
    const tronque = await b.appeler("identite", params, { entetes: { "X-Simulateur-Panne": "corps=tronque" } });
    expect(tronque.status).toBe(200);
    await expect(tronque.json()).rejects.toThrow();
  });
});
