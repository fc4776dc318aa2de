import { randomUUID } from "node:crypto";

import { describe, expect, it } from "vitest";

import type { Db } from "@/lib/server/database";
import { surLesDeuxBases } from "@/tests/support/bases";
import { confirmerEmail, creerCompteLocal } from "./compte-local.mutation";
import { hacherMotDePasse } from "./domain/mot-de-passe";
import { envoyerLienReinitialisation, reinitialiserParJeton } from "./reinitialisation.mutation";
import { creerSession, validerSession } from "./sessions.mutation";

const URL_PORTAIL = "https://portail.exemple.test";
const t0 = new Date("2026-11-23T08:00:00Z");
const REGLES = { inactiviteMinutes: 30, dureeMaxHeures: 12 };
const adresse = () => `famille.${randomUUID()}@exemple.test`;

/** The token of the last e-mail sent to this address, read from its link. */
async function jetonDuDernierCourriel(db: Db, destinataire: string): Promise<string> {
  const c = await db.courrielSortant.findFirstOrThrow({ where: { destinataire }, orderBy: { creeLe: "desc" } });
  return /jeton=([\w-]+)/.exec(c.corps)![1]!;
}

surLesDeuxBases("comptes locaux", (base) => {
  describe("création", () => {
    it("écrit ensemble le compte, son lien d'activation, le courriel et l'audit ; une adresse déjà prise ne change rien", async () => {
      const db = base().prisma;
      const email = adresse();
      const nouveau = { email, motDePasse: "Bellecombe-2026", prenoms: "Anouk", nom: "ALBERTI" };
      await creerCompteLocal(db, nouveau, URL_PORTAIL, t0);
      const compte = await db.compte.findUniqueOrThrow({ where: { email } });
      expect(compte).toMatchObject({ role: "citoyen", prenoms: "Anouk", nomUsage: "ALBERTI", emailVerifieLe: null });
      const courriel = await db.courrielSortant.findFirstOrThrow({ where: { destinataire: email } });
      expect(courriel.corps).toContain(`${URL_PORTAIL}/verifier-email?jeton=`);
      // A link and nothing personal: not even the first name typed in the form.
      expect(courriel.corps).not.toContain("Anouk");
      // The message knows when its link dies: past that, it is not sent and its link is erased (purge).
      expect(courriel.lienExpireLe).toEqual(new Date(t0.getTime() + 24 * 3_600_000));
      expect(await db.journalAudit.findMany({ where: { cibleId: compte.id } })).toMatchObject([
        { acteurId: compte.id, acteurRole: "citoyen", action: "compte.cree", cibleType: "compte" },
      ]);

      await creerCompteLocal(db, { ...nouveau, prenoms: "Autre" }, URL_PORTAIL, t0);
      expect(await db.compte.count({ where: { email } })).toBe(1);
      expect(await db.courrielSortant.count({ where: { destinataire: email } })).toBe(1);
      expect((await db.compte.findUniqueOrThrow({ where: { email } })).prenoms).toBe("Anouk");
    });

    it("le lien d'activation vérifie l'adresse, une seule fois", async () => {
      const db = base().prisma;
      const email = adresse();
      await creerCompteLocal(
        db,
        { email, motDePasse: "Bellecombe-2026", prenoms: "Léa", nom: "MARTIN" },
        URL_PORTAIL,
        t0,
      );
      const jeton = await jetonDuDernierCourriel(db, email);
      expect(await confirmerEmail(db, jeton, t0)).toBe(true);
      expect((await db.compte.findUniqueOrThrow({ where: { email } })).emailVerifieLe).toEqual(t0);
      expect(await confirmerEmail(db, jeton, t0)).toBe(false);
    });
  });

  it("aucun texte saisi par le visiteur ne part vers l'adresse non vérifiée (création, mot de passe oublié)", async () => {
    const db = base().prisma;
    const email = adresse();
    const piege = "Gagnez 1000 euros sur https://arnaque.example";
    await creerCompteLocal(db, { email, motDePasse: "Bellecombe-2026", prenoms: piege, nom: piege }, URL_PORTAIL, t0);
    await envoyerLienReinitialisation(db, email, URL_PORTAIL, t0);
    const courriels = await db.courrielSortant.findMany({ where: { destinataire: email } });
    expect(courriels).toHaveLength(2);
    for (const c of courriels) {
      expect(c.sujet).not.toContain("arnaque");
      expect(c.corps).not.toContain("arnaque");
      expect(c.corps).not.toContain("Gagnez");
    }
  });

  describe("mot de passe oublié", () => {
    async function agent(db: Db) {
      const email = adresse();
      const c = await db.compte.create({
        data: {
          role: "agent",
          email,
          prenoms: "Rémi",
          motDePasseHash: await hacherMotDePasse("Ancien-Mot-2026!"),
          echecsConnexion: 3,
        },
      });
      return { id: c.id, email };
    }

    it("n'envoie de lien qu'à un compte ouvert qui a un mot de passe", async () => {
      const db = base().prisma;
      const inconnue = adresse();
      await envoyerLienReinitialisation(db, inconnue, URL_PORTAIL, t0);
      const ferme = await agent(db);
      await db.compte.update({ where: { id: ferme.id }, data: { fermeLe: t0 } });
      await envoyerLienReinitialisation(db, ferme.email, URL_PORTAIL, t0);
      expect(await db.courrielSortant.count({ where: { destinataire: { in: [inconnue, ferme.email] } } })).toBe(0);

      const ouvert = await agent(db);
      await envoyerLienReinitialisation(db, ouvert.email, URL_PORTAIL, t0);
      expect(await jetonDuDernierCourriel(db, ouvert.email)).toMatch(/^[\w-]{40,}$/);
      const courriel = await db.courrielSortant.findFirstOrThrow({ where: { destinataire: ouvert.email } });
      expect(courriel.corps).not.toContain("Rémi");
    });

    it("un mot de passe trop faible pour le rôle ne consomme pas le lien ; le bon ferme les sessions et lève le verrou", async () => {
      const db = base().prisma;
      const a = await agent(db);
      await envoyerLienReinitialisation(db, a.email, URL_PORTAIL, t0);
      const jeton = await jetonDuDernierCourriel(db, a.email);
      const sid = await creerSession(db, { compteId: a.id, fournisseur: "local", maintenant: t0, regles: REGLES });

      // 13 characters: enough for a family, not for an agent (14).
      await expect(reinitialiserParJeton(db, jeton, "Court-2026-ab", t0)).rejects.toMatchObject({
        code: "mot_de_passe_faible",
      });
      expect(await validerSession(db, sid, t0, REGLES)).not.toBeNull();

      await reinitialiserParJeton(db, jeton, "Nouveau-Mot-De-Passe-2026", t0);
      expect(await db.compte.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({
        echecsConnexion: 0,
        verrouilleJusquA: null,
        emailVerifieLe: t0,
      });
      expect(await validerSession(db, sid, t0, REGLES)).toBeNull();
      expect(await db.journalAudit.findMany({ where: { cibleId: a.id } })).toMatchObject([
        { acteurId: a.id, acteurRole: "agent", action: "compte.mot_de_passe_reinitialise", cibleType: "compte" },
      ]);
      await expect(reinitialiserParJeton(db, jeton, "Encore-Un-Autre-2026", t0)).rejects.toMatchObject({
        code: "lien_perime",
      });
    });
  });
});
