import { randomUUID } from "node:crypto";

import { describe, expect, it } from "vitest";

import { erreurDe, persona, utiliserBanc } from "@/tests/support/banc-dgfip";
import { lireConfigSimulateurDgfip } from "./config";

const CHEMIN = `/spi/${persona("marianne-dupont").spi}/situations/ir/assiettes/annrev/2025`;
const b = utiliserBanc("2026-09-15", {
  clients: [
    {
      id: "portail-famille-demo",
      secret: "demo-secret-client-dgfip-00000000",
      scopes: ["RessourceIR", "RessourceIRMultiple"],
    },
    { id: "sans-multiple", secret: "secret-sans-multiple-000", scopes: ["RessourceIR"] },
  ],
});

const formulaire = (corps: Record<string, string>, basic = "portail-famille-demo:demo-secret-client-dgfip-00000000") =>
  fetch(b.sim.urlJeton, {
    method: "POST",
    headers: {
      Authorization: `Basic ${Buffer.from(basic).toString("base64")}`,
      "Content-Type": "application/x-www-form-urlencoded",
    },
    body: new URLSearchParams(corps),
  });

describe("simulateur DGFiP : jeton de la passerelle (client credentials)", () => {
  it("délivre un jeton Bearer d'une heure portant les scopes demandés et accordés", async () => {
    const res = await formulaire({
      grant_type: "client_credentials",
      scope: "RessourceIR RessourceIRMultiple RessourceTHPrincipale",
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      token_type: "Bearer",
      expires_in: 3600,
      scope: "RessourceIR RessourceIRMultiple",
    });
  });

  it.each([
    [
      "des identifiants faux",
      { grant_type: "client_credentials" },
      "portail-famille-demo:mauvais",
      401,
      "invalid_client",
    ],
    ["un autre grant_type", { grant_type: "password" }, undefined, 400, "unsupported_grant_type"],
    [
      "aucun scope accordé",
      { grant_type: "client_credentials", scope: "RessourceLEP" },
      undefined,
      400,
      "invalid_scope",
    ],
  ])("refuse %s", async (_, corps, basic, statut, erreur) => {
    const res = await formulaire(corps, basic);
    expect(res.status).toBe(statut);
    expect(((await res.json()) as { error: string }).error).toBe(erreur);
  });

  it("refuse un appel sans jeton, avec un jeton inconnu, ou avec un jeton expiré (401/4011)", async () => {
    const sans = await fetch(`${b.sim.urlApi}${CHEMIN}`, { headers: { "X-Correlation-ID": randomUUID() } });
    expect(await erreurDe(sans)).toEqual({ statut: 401, code: "4011" });
    expect(await erreurDe(await b.appeler(CHEMIN, { jeton: "inconnu" }))).toEqual({ statut: 401, code: "4011" });
    const jeton = await b.jeton();
    expect((await b.appeler(CHEMIN, { jeton })).status).toBe(200);
    b.avancer(3601_000);
    expect(await erreurDe(await b.appeler(CHEMIN, { jeton }))).toEqual({ statut: 401, code: "4011" });
  });

  it("refuse la ressource multiple à une application non habilitée (403/4031)", async () => {
    const jeton = await b.jeton({ id: "sans-multiple", secret: "secret-sans-multiple-000" }, "RessourceIR");
    expect((await b.appeler(CHEMIN, { jeton })).status).toBe(200);
    const multiple = CHEMIN.replace("assiettes/annrev", "assiettes/multiple/annrev");
    expect(await erreurDe(await b.appeler(multiple, { jeton }))).toEqual({ statut: 403, code: "4031" });
  });
});

describe("simulateur DGFiP : en-têtes et paramètres", () => {
  it.each([
    ["X-Correlation-ID absent", CHEMIN, { "X-Correlation-ID": "" }, 400, "4000"],
    ["X-Correlation-ID qui n'est pas un UUID", CHEMIN, { "X-Correlation-ID": "requete-42" }, 400, "4000"],
    ["un SPI de 12 chiffres", "/spi/301234567890/situations/ir/assiettes/annrev/2025", {}, 400, "4001"],
    ["un SPI avec des lettres", "/spi/30123456789AB/situations/ir/assiettes/annrev/2025", {}, 400, "4001"],
    ["une année mal formée", CHEMIN.replace("2025", "20x5"), {}, 400, "4002"],
    ["une année à cinq chiffres", CHEMIN.replace("2025", "20250"), {}, 400, "4002"],
    ["le mode FranceConnect sans X-FranceConnect-OAuth", "/situations/ir/assiettes/annrev/2025", {}, 400, "4000"],
    [
      "le mode FranceConnect multiple sans X-FranceConnect-OAuth",
      "/situations/ir/assiettes/multiple/annrev/2025",
      {},
      400,
      "4000",
    ],
    ["un Accept que la ressource ne sert pas", CHEMIN, { Accept: "text/html" }, 406, "4060"],
    // The gateway's own 404 body, not the DGFiP's error JSON: a misconfigured URL, not "no data" (issue 15, point 11).
    ["une ressource hors contrat", "/spi/3012345678901/inconnue", {}, 404, undefined],
    [
      "une ressource du contrat non simulée",
      "/spi/3012345678901/situations/th/assiettes/principale/annrev/2025",
      {},
      501,
      "5010",
    ],
  ])("répond à %s (%s, en-têtes %j) par %i/%s", async (_, chemin, entetes, statut, code) => {
    expect(await erreurDe(await b.appeler(chemin, { entetes }))).toEqual({ statut, code });
  });

  it("sert le type vendeur, JSON ou */* demandés dans Accept, et renvoie le X-Correlation-ID reçu", async () => {
    for (const accept of ["application/prs.dgfip.part.situations.ir.assiettes.v1+json", "application/json", "*/*"]) {
      const id = randomUUID();
      const res = await b.appeler(CHEMIN, { entetes: { Accept: accept, "X-Correlation-ID": id } });
      expect(res.status).toBe(200);
      expect(res.headers.get("x-correlation-id")).toBe(id);
    }
  });

  it("le validateur du contrat n'est pas complaisant : types faux, champ hors contrat, mauvais Content-Type", () => {
    const base = { operationId: "SituationsIrAssiettesV1", statut: 200, panneInjectee: false };
    const type = "application/prs.dgfip.part.situations.ir.assiettes.v1+json";
    expect(b.validateur.verifier({ ...base, typeContenu: type, corps: JSON.stringify({ rfr: 1, nbPart: 2 }) })).toEqual(
      [],
    );
    expect(b.validateur.verifier({ ...base, typeContenu: type, corps: JSON.stringify({ rfr: "1" }) })).not.toEqual([]);
    expect(
      b.validateur.verifier({ ...base, typeContenu: type, corps: JSON.stringify({ dateDebutPeriode: "2025-01-01" }) }),
    ).not.toEqual([]);
    expect(b.validateur.verifier({ ...base, typeContenu: "application/json", corps: "{}" })).not.toEqual([]);
  });
});

describe("simulateur DGFiP : configuration par variables d'environnement", () => {
  it("lit date du jour, calendrier, applications et panne ; refuse un calendrier mal écrit", () => {
    const c = lireConfigSimulateurDgfip({
      DGFIP_SIM_PORT: "4110",
      DGFIP_SIM_AUJOURDHUI: "2026-03-10",
      DGFIP_SIM_TAXATION: "2025=2026-07-22,2024=2025-07-20",
      DGFIP_SIM_CLIENTS: "a:secret-a:RessourceIR+RessourceIRMultiple,b:secret-b:RessourceIR",
      DGFIP_SIM_PANNE: "statut=503",
    });
    expect(c.port).toBe(4110);
    expect(c.maintenant().toISOString().slice(0, 10)).toBe("2026-03-10");
    expect(c.datesTaxation).toEqual({ 2025: "2026-07-22", 2024: "2025-07-20" });
    expect(c.clients.map((x) => [x.id, x.scopes])).toEqual([
      ["a", ["RessourceIR", "RessourceIRMultiple"]],
      ["b", ["RessourceIR"]],
    ]);
    expect(c.panneGlobale).toBe("statut=503");
    expect(() => lireConfigSimulateurDgfip({ DGFIP_SIM_TAXATION: "2025:juillet" })).toThrow(/DGFIP_SIM_TAXATION/);
  });
});
