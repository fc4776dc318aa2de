// The HTTP adapter under every injected fault, its retry bounds (attempts, Retry-After, FranceConnect token life),
// and its gateway token cache, against the simulator over HTTP.
import { describe, expect, it } from "vitest";

import { demarrerBanc, persona, utiliserBanc } from "@/tests/support/banc-dgfip";
import { clientDeTest, panneFois } from "@/tests/support/client-dgfip";

const b = utiliserBanc("2026-09-15");

const DUPONT = { mode: "spi" as const, spi: persona("marianne-dupont").spi, annee: 2025, multiple: false };

describe("client DGFiP : pannes et nouvel essai borné", () => {
  it.each([
    ["statut=429", "quota", 429, "4290"],
    ["statut=500", "echec_amont", 500, "5000"],
    ["statut=503", "echec_amont", 503, "5030"],
  ])("%s permanent : %s après 3 tentatives, chacune journalisée", async (panne, raison, statut, code) => {
    const c = clientDeTest(b, { panne });
    expect(await c.api.situationsIr(DUPONT)).toMatchObject({ ok: false, raison, statut, code, tentatives: 3 });
    expect(c.journal.map((a) => a.tentative)).toEqual([1, 2, 3]);
    expect(c.attentes).toHaveLength(2);
  });

  it("503 deux fois puis réponse : succès à la troisième tentative, attentes croissantes", async () => {
    const c = clientDeTest(b, {
      panne: panneFois("statut=503", 2),
      config: { attenteBaseMs: 100 },
      deps: { alea: () => 0 },
    });
    expect(await c.api.situationsIr(DUPONT)).toMatchObject({ ok: true, tentatives: 3 });
    expect(c.attentes).toEqual([50, 100]);
    expect(c.journal.map((a) => a.issue)).toEqual(["echec_amont", "echec_amont", "succes"]);
  });

  it("429 avec Retry-After : l'attente respecte l'en-tête ; au-delà de l'attente maximale, abandon immédiat", async () => {
    const c = clientDeTest(b, { panne: panneFois("statut=429", 1) });
    expect(await c.api.situationsIr(DUPONT)).toMatchObject({ ok: true, tentatives: 2 });
    expect(c.attentes[0]).toBeGreaterThanOrEqual(1000);
    const court = clientDeTest(b, { panne: panneFois("statut=429", 1), config: { attenteMaxMs: 500 } });
    expect(await court.api.situationsIr(DUPONT)).toMatchObject({ ok: false, raison: "quota", tentatives: 1 });
  });

  it.each([
    ["statut=204", "aucun_resultat", 204],
    ["statut=404", "aucun_resultat", 404],
  ])("%s : %s, sans nouvel essai", async (panne, raison, statut) => {
    const c = clientDeTest(b, { panne });
    expect(await c.api.situationsIr(DUPONT)).toMatchObject({ ok: false, raison, statut, tentatives: 1 });
  });

  it.each(["corps=tronque", "corps=invalide"])(
    "%s : échec amont (corps hors contrat), sans nouvel essai",
    async (panne) => {
      const c = clientDeTest(b, { panne });
      expect(await c.api.situationsIr(DUPONT)).toMatchObject({
        ok: false,
        raison: "echec_amont",
        statut: 200,
        code: "CORPS_INVALIDE",
        tentatives: 1,
      });
    },
  );

  it("délai dépassé (suspendre) : échec amont DELAI après 3 tentatives de 150 ms", async () => {
    const c = clientDeTest(b, { panne: "suspendre", config: { delaiAppelMs: 150 } });
    const debut = performance.now();
    expect(await c.api.situationsIr(DUPONT)).toMatchObject({
      ok: false,
      raison: "echec_amont",
      statut: null,
      code: "DELAI",
      tentatives: 3,
    });
    expect(performance.now() - debut).toBeLessThan(2_000);
  });

  it("latence : la réponse arrive, sans nouvel essai", async () => {
    const c = clientDeTest(b, { panne: "latence=120" });
    expect(await c.api.situationsIr(DUPONT)).toMatchObject({ ok: true, tentatives: 1 });
  });

  it("400 de la passerelle (X-Correlation-ID abîmé) : requête invalide, notre anomalie, sans nouvel essai", async () => {
    const c = clientDeTest(b, { alterer: (h) => h.set("X-Correlation-ID", "pas-un-uuid") });
    expect(await c.api.situationsIr(DUPONT)).toMatchObject({
      ok: false,
      raison: "requete_invalide",
      statut: 400,
      code: "4000",
      tentatives: 1,
    });
  });

  it("403/4031 (application non habilitée à la ressource multiple) : accès refusé", async () => {
    const c = clientDeTest(b, { config: { scopes: ["RessourceIR"] } });
    expect(await c.api.situationsIr({ ...DUPONT, multiple: true })).toMatchObject({
      ok: false,
      raison: "acces_refuse",
      statut: 403,
      code: "4031",
    });
  });

  it("réseau coupé : échec amont RESEAU après 3 tentatives", async () => {
    const c = clientDeTest(b, { config: { urlApi: "http://127.0.0.1:9/impotparticulier/1.0" } });
    expect(await c.api.situationsIr(DUPONT)).toMatchObject({
      ok: false,
      raison: "echec_amont",
      code: "RESEAU",
      tentatives: 3,
    });
  });
});

describe("client DGFiP, mode FranceConnect : nouvel essai borné par la vie du jeton (60 s)", () => {
  it("le délai d'une tentative est raccourci à la vie restante du jeton, et rien n'est retenté après", async () => {
    const { jeton } = b.fc.emettre(persona("marianne-dupont"));
    const c = clientDeTest(b, { panne: "suspendre", config: { delaiAppelMs: 5_000 } });
    const debut = performance.now();
    const r = await c.api.situationsIr({
      mode: "franceconnect",
      jetonFranceConnect: jeton,
      jetonExpireLe: new Date(Date.now() + 1_300),
      annee: 2025,
      multiple: false,
    });
    expect(r).toMatchObject({ ok: false, raison: "echec_amont", code: "DELAI", tentatives: 1 });
    expect(performance.now() - debut).toBeLessThan(2_500);
  });

  it("503 : autant d'essais que la vie du jeton en permet, pas un de plus", async () => {
    const { jeton, expireLe } = b.fc.emettre(persona("marianne-dupont"));
    const large = clientDeTest(b, { panne: "statut=503" });
    expect(
      await large.api.situationsIr({
        mode: "franceconnect",
        jetonFranceConnect: jeton,
        jetonExpireLe: expireLe,
        annee: 2025,
        multiple: false,
      }),
    ).toMatchObject({ tentatives: 3 });
    const juste = clientDeTest(b, {
      panne: "statut=503",
      config: { attenteBaseMs: 2_000, attenteMaxMs: 4_000 },
      deps: { alea: () => 0 },
    });
    const r = await juste.api.situationsIr({
      mode: "franceconnect",
      jetonFranceConnect: jeton,
      jetonExpireLe: new Date(Date.now() + 1_500),
      annee: 2025,
      multiple: false,
    });
    expect(r).toMatchObject({ ok: false, raison: "echec_amont", tentatives: 1 });
    expect(juste.attentes).toEqual([]);
  });
});

describe("client DGFiP : jeton de la passerelle", () => {
  it("un seul jeton pour des appels successifs et simultanés", async () => {
    const c = clientDeTest(b);
    await Promise.all([1, 2, 3, 4, 5].map(() => c.api.situationsIr(DUPONT)));
    await c.api.situationsIr(DUPONT);
    expect(c.appelsJeton()).toBe(1);
  });

  it("renouvelé avant son expiration (marge), d'après l'horloge du portail", async () => {
    let decalage = 0;
    const c = clientDeTest(b, { deps: { maintenant: () => Date.now() + decalage } });
    await c.api.situationsIr(DUPONT);
    decalage = 3_600_000 - 61_000;
    await c.api.situationsIr(DUPONT);
    expect(c.appelsJeton()).toBe(1);
    decalage = 3_600_000 - 59_000;
    await c.api.situationsIr(DUPONT);
    expect(c.appelsJeton()).toBe(2);
  });

  it("refusé par la passerelle avant l'échéance annoncée (401) : un nouveau jeton, un seul nouvel essai", async () => {
    const local = await demarrerBanc("2026-09-15", { dureeJetonSecondes: 2 });
    try {
      const c = clientDeTest(local, { config: { margeRenouvellementJetonMs: 0 } });
      await c.api.situationsIr(DUPONT);
      local.avancer(5_000); // the simulator's clock: its token is dead, the client's cache does not know yet
      // The client believes it valid for 2 s of its own clock: the gateway says 401, the client fetches again.
      expect(await c.api.situationsIr(DUPONT)).toMatchObject({ ok: true, tentatives: 2 });
      expect(c.appelsJeton()).toBe(2);
      expect(c.journal.map((a) => [a.statutHttp, a.issue])).toEqual([
        [200, "succes"],
        [401, "jeton_invalide"],
        [200, "succes"],
      ]);
    } finally {
      await local.fermer();
    }
  });

  it("identifiants refusés par /token : accès refusé, sans marteler la passerelle", async () => {
    const c = clientDeTest(b, { config: { clientSecret: "mauvais-secret-000000" } });
    expect(await c.api.situationsIr(DUPONT)).toMatchObject({
      ok: false,
      raison: "acces_refuse",
      statut: 401,
      code: "JETON_PASSERELLE",
      tentatives: 1,
    });
    expect(c.requetes).toHaveLength(0);
  });
});

describe("client DGFiP : quota partagé", () => {
  it("pas de place dans la fenêtre et attente trop longue : « quota » sans appel, journalisé QUOTA_LOCAL", async () => {
    const c = clientDeTest(b, {
      deps: { limiteur: { reserver: async () => ({ accorde: false, attenteMs: 30_000 }) } },
    });
    expect(await c.api.situationsIr(DUPONT)).toMatchObject({
      ok: false,
      raison: "quota",
      code: "QUOTA_LOCAL",
      tentatives: 0,
    });
    expect(c.requetes).toHaveLength(0);
    expect(c.journal.map((a) => [a.issue, a.codeErreur, a.statutHttp])).toEqual([["quota", "QUOTA_LOCAL", null]]);
  });

  it("place libérée dans l'attente permise : l'appel part après l'attente", async () => {
    let refus = 1;
    const limiteur = {
      reserver: async () => (refus-- > 0 ? { accorde: false as const, attenteMs: 300 } : { accorde: true as const }),
    };
    const c = clientDeTest(b, { deps: { limiteur } });
    expect(await c.api.situationsIr(DUPONT)).toMatchObject({ ok: true, tentatives: 1 });
    expect(c.attentes[0]).toBeGreaterThanOrEqual(300);
  });
});
