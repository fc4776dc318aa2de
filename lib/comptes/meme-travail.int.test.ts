// Whether an e-mail has an account must not show, neither in the answer nor in the work done: every path computes
// exactly one password hash (a dummy one when there is no account). Counted, not timed.
import { randomUUID } from "node:crypto";

import { beforeEach, describe, expect, it, vi } from "vitest";

import { surLesDeuxBases } from "@/tests/support/bases";
import { creerCompteLocal } from "./compte-local.mutation";
import { connexionLocale } from "./connexion-locale.mutation";
import * as motDePasse from "./domain/mot-de-passe";

vi.mock("./domain/mot-de-passe", async (original) => {
  const m = await original<typeof import("./domain/mot-de-passe")>();
  return { ...m, hacherMotDePasse: vi.fn(m.hacherMotDePasse), verifierMotDePasse: vi.fn(m.verifierMotDePasse) };
});

const URL_PORTAIL = "https://portail.exemple.test";
const t0 = new Date("2026-11-23T08:00:00Z");
const adresse = () => `famille.${randomUUID()}@exemple.test`;
const calculs = () =>
  vi.mocked(motDePasse.hacherMotDePasse).mock.calls.length + vi.mocked(motDePasse.verifierMotDePasse).mock.calls.length;

surLesDeuxBases("même travail que l'adresse ait un compte ou non", (base) => {
  beforeEach(() => vi.clearAllMocks());

  describe("création de compte", () => {
    it("une adresse déjà prise coûte le même calcul de mot de passe qu'une adresse libre", async () => {
      const db = base().prisma;
      const email = adresse();
      const nouveau = { email, motDePasse: "Bellecombe-2026", prenoms: "Anouk", nom: "ALBERTI" };
      await creerCompteLocal(db, nouveau, URL_PORTAIL, t0);
      const libre = calculs();
      vi.clearAllMocks();
      await creerCompteLocal(db, nouveau, URL_PORTAIL, t0);
      expect(libre).toBe(1);
      expect(calculs()).toBe(libre);
    });
  });

  describe("connexion", () => {
    it("une adresse inconnue, un compte fermé et un mauvais mot de passe coûtent chacun un calcul et donnent la même réponse", async () => {
      const db = base().prisma;
      const email = adresse();
      await db.compte.create({
        data: { role: "agent", email, motDePasseHash: await motDePasse.hacherMotDePasse("Bon-Mot-De-Passe-2026!") },
      });
      const ferme = adresse();
      await db.compte.create({
        data: { role: "citoyen", email: ferme, motDePasseHash: "scrypt$1$1$1$AA$AA", fermeLe: t0 },
      });
      const reponses = [];
      const travail = [];
      for (const e of [adresse(), ferme, email]) {
        vi.clearAllMocks();
        reponses.push(await connexionLocale(db, e, "Mauvais-Mot-2026!", "203.0.113.7"));
        travail.push(calculs());
      }
      expect(travail).toEqual([1, 1, 1]);
      expect(reponses).toEqual(Array(3).fill({ ok: false, raison: "identifiants" }));
    });
  });
});
