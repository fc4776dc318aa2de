// The HTTP adapter against the simulator over HTTP: every persona, both modes, the headers it sends, the call log.
import { describe, expect, it } from "vitest";

import { creerLogger } from "@/lib/server/logger";
import { persona, utiliserBanc, type Banc } from "@/tests/support/banc-dgfip";
import { clientDeTest } from "@/tests/support/client-dgfip";

const b = utiliserBanc("2026-09-15");

const spi = (id: string) => ({ mode: "spi" as const, spi: persona(id).spi });
const fc = (id: string, options?: Parameters<Banc["fc"]["emettre"]>[1]) => {
  const { jeton, expireLe } = b.fc.emettre(persona(id), options);
  return { mode: "franceconnect" as const, jetonFranceConnect: jeton, jetonExpireLe: expireLe };
};

describe("client DGFiP, mode SPI : chaque personne de la population", () => {
  it.each([
    ["marianne-dupont", 2025, { ok: true, rfr: 48200 }],
    ["sophie-martin", 2025, { ok: true, rfr: 19800 }],
    ["julien-bernard", 2025, { ok: true, rfr: 31500 }],
    ["claire-petit", 2025, { ok: true, rfr: 24300 }],
    ["eric-lambert", 2025, { ok: true, rfr: 36400 }],
    ["amelie-roux", 2025, { ok: true, rfr: 0 }],
    ["henri-de-villiers", 2025, { ok: true, rfr: 412000 }],
    ["lea-girard", 2025, { ok: true, rfr: 28700 }],
    ["karim-benali", 2024, { ok: true, rfr: 27600 }],
    ["karim-benali", 2025, { ok: false, raison: "aucun_resultat", code: "4101" }],
    ["lucas-moreau", 2025, { ok: false, raison: "aucun_resultat", code: "4101" }],
    ["nadia-faure", 2025, { ok: false, raison: "usager_inconnu", code: "4102" }],
    ["jeanne-robert", 2025, { ok: false, raison: "situations_multiples", code: "4103" }],
  ] as [string, number, { ok: true; rfr: number } | { ok: false; raison: string; code: string }][])(
    "étant donné %s et les revenus %i : %j",
    async (id, annee, attendu) => {
      const { api } = clientDeTest(b);
      const r = await api.situationsIr({ ...spi(id), annee, multiple: false });
      if (attendu.ok) expect(r.ok && r.situations[0]?.rfr).toBe(attendu.rfr);
      else
        expect(r).toMatchObject({ ok: false, raison: attendu.raison, statut: 410, code: attendu.code, tentatives: 1 });
    },
  );

  it("la ressource multiple rend les deux situations de l'année du décès, et une seule sinon", async () => {
    const { api } = clientDeTest(b);
    const robert = await api.situationsIr({ ...spi("jeanne-robert"), annee: 2025, multiple: true });
    expect(robert.ok && robert.situations.map((s) => [s.sitFam, s.dateFinPeriode])).toEqual([
      ["M", "2025-06-14"],
      ["V", "2025-12-31"],
    ]);
    const dupont = await api.situationsIr({ ...spi("marianne-dupont"), annee: 2025, multiple: true });
    expect(dupont.ok && dupont.situations).toHaveLength(1);
  });

  it("un SPI mal formé ou une année impossible ne partent pas : requête invalide, aucun appel", async () => {
    const { api, requetes } = clientDeTest(b);
    expect(await api.situationsIr({ mode: "spi", spi: "301234567890", annee: 2025, multiple: false })).toMatchObject({
      ok: false,
      raison: "requete_invalide",
      tentatives: 0,
    });
    expect(await api.situationsIr({ ...spi("marianne-dupont"), annee: 25, multiple: false })).toMatchObject({
      raison: "requete_invalide",
    });
    expect(requetes).toHaveLength(0);
  });
});

describe("client DGFiP, mode FranceConnect", () => {
  it("répond pour le foyer de la personne connectée, sans revenu imposable, et envoie son jeton", async () => {
    const { api, requetes } = clientDeTest(b);
    const d = fc("marianne-dupont");
    const r = await api.situationsIr({ ...d, annee: 2025, multiple: false });
    expect(r.ok && r.situations[0]).toMatchObject({ rfr: 48200, nbPart: 3 });
    expect(r.ok && r.situations[0]?.revImposable).toBeUndefined();
    expect(requetes[0]?.entetes.get("x-franceconnect-oauth")).toBe(d.jetonFranceConnect);
    expect(requetes[0]?.url).toBe(`${b.sim.urlApi}/situations/ir/assiettes/annrev/2025`);
  });

  it("jeton FranceConnect expiré côté FranceConnect : refus, sans nouvel essai", async () => {
    const { api, journal } = clientDeTest(b);
    const d = fc("sophie-martin");
    b.fc.avancer(61_000);
    expect(await api.situationsIr({ ...d, annee: 2025, multiple: false })).toMatchObject({
      ok: false,
      raison: "jeton_franceconnect",
      statut: 401,
      code: "4012",
      tentatives: 1,
    });
    expect(journal.map((a) => a.issue)).toEqual(["jeton_invalide"]);
  });

  it("jeton FranceConnect déjà mort pour le portail : aucun appel", async () => {
    const { api, requetes } = clientDeTest(b);
    const d = { ...fc("sophie-martin"), jetonExpireLe: new Date(Date.now() - 1) };
    expect(await api.situationsIr({ ...d, annee: 2025, multiple: false })).toMatchObject({
      ok: false,
      raison: "jeton_franceconnect",
      tentatives: 0,
      correlationId: null,
    });
    expect(requetes).toHaveLength(0);
  });

  it("non-déclarants (étudiant rattaché, inconnue des impôts) : usager inconnu ; scopes insuffisants : accès refusé", async () => {
    const { api } = clientDeTest(b);
    for (const id of ["lucas-moreau", "nadia-faure"]) {
      expect(await api.situationsIr({ ...fc(id), annee: 2025, multiple: false })).toMatchObject({
        ok: false,
        raison: "usager_inconnu",
      });
    }
    const sansAnnee = fc("marianne-dupont", { scopes: ["dgfip_rfr", "dgfip_annee_n_moins_1"] });
    expect(await api.situationsIr({ ...sansAnnee, annee: 2024, multiple: false })).toMatchObject({
      ok: false,
      raison: "acces_refuse",
      code: "4031",
    });
  });
});

describe("client DGFiP : ce qui part et ce qui reste", () => {
  it("envoie le type vendeur, ID_Teleservice et un X-Correlation-ID UUID neuf par appel, repris dans le journal", async () => {
    const { api, requetes, journal } = clientDeTest(b);
    await api.situationsIr({ ...spi("marianne-dupont"), annee: 2025, multiple: false });
    await api.situationsIr({ ...spi("marianne-dupont"), annee: 2025, multiple: true });
    expect(requetes.map((r) => r.entetes.get("accept"))).toEqual([
      "application/prs.dgfip.part.situations.ir.assiettes.v1+json",
      "application/prs.dgfip.part.situations.ir.assiettes.multiple.v1+json",
    ]);
    expect(requetes.every((r) => r.entetes.get("id_teleservice") === "PORTAIL-FAMILLE-TEST")).toBe(true);
    expect(requetes.every((r) => !r.entetes.has("x-franceconnect-oauth"))).toBe(true);
    const ids = requetes.map((r) => r.entetes.get("x-correlation-id"));
    expect(ids[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(2);
    expect(
      journal.map((a) => [a.ressource, a.mode, a.anneeRevenus, a.statutHttp, a.issue, a.tentative, a.correlationId]),
    ).toEqual([
      ["ir_assiettes", "spi", 2025, 200, "succes", 1, ids[0]],
      ["ir_assiettes_multiple", "spi", 2025, 200, "succes", 1, ids[1]],
    ]);
  });

  it("ne journalise ni le SPI, ni un jeton, ni une donnée fiscale", async () => {
    const lignes: string[] = [];
    const logger = creerLogger("debug", { write: (l: string) => void lignes.push(l) });
    const d = fc("henri-de-villiers");
    const { api } = clientDeTest(b, { deps: { logger } });
    await api.situationsIr({ ...d, annee: 2025, multiple: false });
    await api.situationsIr({ ...spi("henri-de-villiers"), annee: 2025, multiple: false });
    const { api: refuse } = clientDeTest(b, { config: { clientSecret: "faux-secret-0000000000" }, deps: { logger } });
    await refuse.situationsIr({ ...spi("henri-de-villiers"), annee: 2025, multiple: false });
    const tout = lignes.join("\n");
    expect(lignes.length).toBeGreaterThanOrEqual(3);
    for (const secret of [persona("henri-de-villiers").spi, d.jetonFranceConnect, "412000", "VILLIERS", "faux-secret"])
      expect(tout).not.toContain(secret);
    expect(tout).toContain("habilitation_dgfip");
  });
});
