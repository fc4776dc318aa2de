// The simulator's answer variants (X-Simulateur-Variante, a persona's varianteReponse, DGFIP_SIM_VARIANTE): the
// same data in the other forms a real answer takes (issue 15, point 9).
import { describe, expect, it } from "vitest";

import { demarrerBanc, erreurDe, persona, utiliserBanc } from "@/tests/support/banc-dgfip";
import { lireVariante } from "./variantes";

const SIMPLE = `/spi/${persona("marianne-dupont").spi}/situations/ir/assiettes/annrev/2025`;
const MULTIPLE = `/spi/${persona("jeanne-robert").spi}/situations/ir/assiettes/multiple/annrev/2025`;
const b = utiliserBanc("2026-09-15");

const avec = async (variante: string, chemin = SIMPLE) => {
  const res = await b.appeler(chemin, { entetes: { "X-Simulateur-Variante": variante } });
  expect(res.status).toBe(200);
  return (await res.json()) as Record<string, unknown>;
};

describe("simulateur DGFiP : variantes de forme des réponses 200", () => {
  it("sans variante : la forme soignée (aftDetail complet, nombres en nombres)", async () => {
    const r = (await (await b.appeler(SIMPLE)).json()) as Record<string, unknown>;
    expect(r).toMatchObject({ rfr: 48200, nbPart: 3, aftDetail: { getcodePostal: "00100" } });
    expect(r).not.toHaveProperty("pensAlPer");
  });

  it("nulls : chaque propriété du contrat absente de la réponse vaut null", async () => {
    const r = await avec("nulls");
    expect(r).toMatchObject({ rfr: 48200, pensAlPer: null, datRec: null, rev: null, sitParIso: null });
    expect(r).not.toHaveProperty("dateDebutPeriode");
  });

  it("nombres-en-texte : chaque nombre est une chaîne, jusque dans pac", async () => {
    const r = await avec("nombres-en-texte");
    expect(r).toMatchObject({ rfr: "48200", nbPart: "3", pac: { nbPac: "2" } });
  });

  it("aft=absent / aft=partiel : aftDetail retiré, ou réduit à la voie ; aft reste", async () => {
    const absent = await avec("aft=absent");
    expect(absent).not.toHaveProperty("aftDetail");
    expect(absent.aft).toMatch(/00100 BELLECOMBE SUR LYS$/);
    expect((await avec("aft=partiel")).aftDetail).toEqual({ voie: "12 RUE DES TILLEULS" });
  });

  it("commune=… : le nom de commune sous une autre forme, dans aftDetail et dans aft", async () => {
    const r = await avec(`commune=${encodeURIComponent("Bellecombe-sur-Lys Cédex")}`);
    expect(r.aftDetail).toMatchObject({ getcommune: "Bellecombe-sur-Lys Cédex" });
    expect(r.aft).toMatch(/00100 Bellecombe-sur-Lys Cédex$/);
  });

  it("code-postal-nombre : le code postal en nombre JSON (00100 devient 100)", async () => {
    expect((await avec("code-postal-nombre")).aftDetail).toMatchObject({ getcodePostal: 100 });
  });

  it("s'applique à chaque situation de la ressource multiple, sans toucher aux périodes", async () => {
    const r = (await avec("nombres-en-texte;aft=absent", MULTIPLE)) as { situationsIR: Record<string, unknown>[] };
    expect(r.situationsIR.map((s) => [s.rfr, s.dateFinPeriode, "aftDetail" in s])).toEqual([
      ["17600", "2025-06-14", false],
      ["14200", "2025-12-31", false],
    ]);
  });

  it("un en-tête de variante mal écrit répond 400 4000", async () => {
    for (const v of ["inconnue", "aft=ailleurs", "commune=%E0%A4%A"])
      expect(await erreurDe(await b.appeler(SIMPLE, { entetes: { "X-Simulateur-Variante": v } }))).toEqual({
        statut: 400,
        code: "4000",
      });
  });

  it("lireVariante lit toutes les directives ensemble", () => {
    expect(lireVariante("nulls; nombres-en-texte ;aft=partiel;commune=ST%20AMAND;code-postal-nombre")).toEqual({
      nulls: true,
      "nombres-en-texte": true,
      aft: "partiel",
      commune: "ST AMAND",
      "code-postal-nombre": true,
    });
  });
});

describe("simulateur DGFiP : variante de tout un passage (DGFIP_SIM_VARIANTE)", () => {
  it("s'applique à chaque réponse 200, l'en-tête l'emporte", async () => {
    const banc = await demarrerBanc("2026-09-15", { varianteGlobale: "aft=absent" });
    try {
      expect(await (await banc.appeler(SIMPLE)).json()).not.toHaveProperty("aftDetail");
      const r = (await (
        await banc.appeler(SIMPLE, { entetes: { "X-Simulateur-Variante": "aft=partiel" } })
      ).json()) as Record<string, unknown>;
      expect(r.aftDetail).toEqual({ voie: "12 RUE DES TILLEULS" });
    } finally {
      await banc.fermer();
    }
  });
});
