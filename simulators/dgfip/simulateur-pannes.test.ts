import { randomUUID } from "node:crypto";

import { describe, expect, it } from "vitest";

import { demarrerBanc, erreurDe, persona, utiliserBanc } from "@/tests/support/banc-dgfip";
import { lirePanne } from "./pannes";

const CHEMIN = `/spi/${persona("marianne-dupont").spi}/situations/ir/assiettes/annrev/2025`;
const b = utiliserBanc("2026-09-15");

const avecPanne = (panne: string) => b.appeler(CHEMIN, { entetes: { "X-Simulateur-Panne": panne } });

describe("simulateur DGFiP : pannes injectées par requête (en-tête X-Simulateur-Panne)", () => {
  it.each([
    [429, "4290"],
    [500, "5000"],
    [503, "5030"],
    [404, "4040"],
  ])("statut=%i répond %i avec le corps d'erreur documenté", async (statut, code) => {
    const res = await avecPanne(`statut=${statut}`);
    expect(await erreurDe(res)).toEqual({ statut, code });
    if (statut === 429) expect(res.headers.get("retry-after")).toBe("1");
  });

  it.each([
    ["vide", null, ""],
    ["html", "text/html; charset=utf-8", "<h1>404</h1>"],
    ["autre-json", "application/json", '"description":"No matching resource found for given API Request"'],
  ])("statut=404;erreur=%s répond 404 sans le corps d'erreur de la DGFiP", async (erreur, type, extrait) => {
    const res = await avecPanne(`statut=404;erreur=${erreur}`);
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toBe(type);
    const corps = await res.text();
    expect(corps).toContain(extrait);
    expect(corps).not.toContain('"erreur"');
  });

  it("statut=204 répond sans corps", async () => {
    const res = await avecPanne("statut=204");
    expect(res.status).toBe(204);
    expect(await res.text()).toBe("");
  });

  it("latence=150 retarde la réponse d'au moins 150 ms", async () => {
    const debut = performance.now();
    expect((await avecPanne("latence=150")).status).toBe(200);
    expect(performance.now() - debut).toBeGreaterThanOrEqual(145);
  });

  it("corps=tronque et corps=invalide répondent 200 avec un corps inexploitable", async () => {
    const tronque = await avecPanne("corps=tronque");
    expect(tronque.status).toBe(200);
    await expect(tronque.json()).rejects.toThrow();
    const invalide = (await (await avecPanne("corps=invalide")).json()) as { rfr: unknown };
    expect(typeof invalide.rfr).toBe("string");
  });

  it("suspendre ne répond jamais : c'est le délai de l'appelant qui tranche", async () => {
    const debut = performance.now();
    await expect(
      fetch(`${b.sim.urlApi}${CHEMIN}`, {
        headers: {
          Authorization: `Bearer ${await b.jeton()}`,
          "X-Correlation-ID": randomUUID(),
          "X-Simulateur-Panne": "suspendre",
        },
        signal: AbortSignal.timeout(200),
      }),
    ).rejects.toThrow();
    expect(performance.now() - debut).toBeLessThan(2_000);
  });

  it("fois=2;cle=… ne touche que les deux premières requêtes portant cette clé, sans gêner les autres", async () => {
    const panne = `statut=503;fois=2;cle=${randomUUID()}`;
    const statuts = [];
    for (let i = 0; i < 3; i += 1) statuts.push((await avecPanne(panne)).status);
    expect(statuts).toEqual([503, 503, 200]);
    expect((await b.appeler(CHEMIN)).status).toBe(200);
  });

  it("un en-tête de panne mal écrit est refusé (400/4000)", async () => {
    expect(await erreurDe(await avecPanne("statut=418"))).toEqual({ statut: 400, code: "4000" });
    expect(() => lirePanne("fois=2")).toThrow(/fois et cle/);
  });
});

describe("simulateur DGFiP : panne pour tout un passage et quota", () => {
  it("la panne globale de la configuration touche chaque appel de ressource, pas /token", async () => {
    const g = await demarrerBanc("2026-09-15", { panneGlobale: "statut=503" });
    try {
      expect((await g.appeler(CHEMIN)).status).toBe(503);
    } finally {
      await g.fermer();
    }
  });

  it("au-delà du quota par minute de l'application : 429 avec Retry-After", async () => {
    const q = await demarrerBanc("2026-09-15", { quotaParMinute: 3 });
    try {
      const jeton = await q.jeton();
      const statuts = [];
      for (let i = 0; i < 4; i += 1) statuts.push((await q.appeler(CHEMIN, { jeton })).status);
      expect(statuts).toEqual([200, 200, 200, 429]);
      const res = await q.appeler(CHEMIN, { jeton });
      expect(Number(res.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      expect((await erreurDe(res)).code).toBe("4290");
    } finally {
      await q.fermer();
    }
  });
});
