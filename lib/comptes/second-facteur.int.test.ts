import { randomUUID } from "node:crypto";

import { describe, expect, it } from "vitest";

import { codeSecondFacteurDemo } from "@/lib/demo/second-facteur-demo";
import { COMPTES_DEMO, semerDemoSiVide } from "@/lib/demo/seed";
import type { Db } from "@/lib/server/database";
import { surLesDeuxBases } from "@/tests/support/bases";
import { creerAdministrateur } from "./administrateur.mutation";
import { connexionLocale } from "./connexion-locale.mutation";
import { cleDeChiffrementTotp } from "./domain/chiffrement-secret";
import { codeTotp } from "./domain/totp";
import { reinitialiserParJeton } from "./reinitialisation.mutation";
import {
  confirmerEnrolement,
  LIMITES_SECOND_FACTEUR,
  reinitialiserSecondFacteur,
  secretAEnroler,
  verifierSecondFacteur,
} from "./second-facteur.mutation";
import { creerSession, validerSession } from "./sessions.mutation";

const REGLES = { inactiviteMinutes: 30, dureeMaxHeures: 12 };
const cle = cleDeChiffrementTotp("demo-secret-de-session-des-tests-0123456789");
// Chaque test avance l'horloge : un code n'est jamais rejoué d'un test à l'autre par accident.
let horloge = new Date("2026-12-03T08:00:00Z").getTime();
const plusTard = (secondes = 60) => new Date((horloge += secondes * 1000));

async function compte(db: Db, role: "agent" | "admin" | "citoyen" = "agent") {
  const c = await db.compte.create({
    data: { role, email: `${role}.${randomUUID()}@commune.test`, emailVerifieLe: new Date(), motDePasseHash: "x" },
  });
  return c.id;
}

const session = (db: Db, compteId: string, maintenant: Date, fournisseur: "local" | "proconnect" = "local") =>
  creerSession(db, { compteId, fournisseur, maintenant, regles: REGLES });

const etat = async (db: Db, sid: string, maintenant: Date) =>
  (await validerSession(db, sid, maintenant, REGLES))?.secondFacteur;

const essai = (compteId: string, sessionId: string, code: string, maintenant: Date, source = "198.51.100.1") => ({
  compteId,
  sessionId,
  code,
  maintenant,
  source,
  cle,
});

/** Enrôle le compte ; rend son secret et ses codes de secours. */
async function enroler(db: Db, compteId: string) {
  const t = plusTard();
  const sid = await session(db, compteId, t);
  const { secret } = (await secretAEnroler(db, compteId, cle))!;
  const r = await confirmerEnrolement(db, essai(compteId, sid, codeTotp(secret, t), t));
  if (!r.ok) throw new Error(`enrôlement refusé : ${r.raison}`);
  return { secret, codes: r.codesSecours };
}

surLesDeuxBases("second facteur des agents et administrateurs locaux", (base) => {
  describe("enrôlement", () => {
    it("une session agent locale sans second facteur attend l'enrôlement ; le premier code l'active et donne 10 codes de secours", async () => {
      const db = base().prisma;
      const id = await compte(db);
      const t = plusTard();
      const sid = await session(db, id, t);
      expect(await etat(db, sid, t)).toBe("a_enroler");

      const a = await secretAEnroler(db, id, cle);
      const b = await secretAEnroler(db, id, cle);
      expect(a?.secret).toMatch(/^[A-Z2-7]{16,}$/);
      expect(b?.secret).toBe(a?.secret);
      // Chiffré au repos : la base ne contient pas le secret.
      const stocke = await db.compte.findUniqueOrThrow({ where: { id } });
      expect(stocke.totpSecret).not.toContain(a!.secret);
      expect(stocke.totpActiveLe).toBeNull();

      const faux = String((Number(codeTotp(a!.secret, t)) + 1) % 1_000_000).padStart(6, "0");
      expect(await confirmerEnrolement(db, essai(id, sid, faux, t))).toEqual({ ok: false, raison: "faux" });
      expect(await etat(db, sid, t)).toBe("a_enroler");

      const r = await confirmerEnrolement(db, essai(id, sid, codeTotp(a!.secret, t), t));
      if (!r.ok) throw new Error(r.raison);
      expect(r.codesSecours).toHaveLength(10);
      expect(await etat(db, sid, t)).toBe("verifie");
      expect((await db.compte.findUniqueOrThrow({ where: { id } })).totpActiveLe).toEqual(t);
      const stockes = await db.codeSecours.findMany({ where: { compteId: id } });
      expect(stockes).toHaveLength(10);
      for (const c of r.codesSecours) {
        expect(stockes.map((s) => s.empreinte)).not.toContain(c);
        expect(JSON.stringify(stockes)).not.toContain(c);
      }
      expect(
        await db.journalAudit.findMany({ where: { cibleId: id, action: "compte.second_facteur_active" } }),
      ).toHaveLength(1);
      expect(await secretAEnroler(db, id, cle)).toBeNull();
      await expect(
        confirmerEnrolement(db, essai(id, sid, codeTotp(a!.secret, plusTard()), horlogeDate())),
      ).rejects.toThrow(/déjà un second facteur/);
    });

    it("les comptes ProConnect et les familles ne sont pas concernés", async () => {
      const db = base().prisma;
      const t = plusTard();
      expect(await etat(db, await session(db, await compte(db, "agent"), t, "proconnect"), t)).toBe("non_requis");
      expect(await etat(db, await session(db, await compte(db, "citoyen"), t), t)).toBe("non_requis");
      await expect(secretAEnroler(db, await compte(db, "citoyen"), cle)).rejects.toThrow(/pas de second facteur/);
    });
  });

  describe("connexion", () => {
    it("à chaque connexion un code est demandé ; un code déjà utilisé est refusé (rejeu) ; l'échec est journalisé", async () => {
      const db = base().prisma;
      const id = await compte(db, "admin");
      const { secret } = await enroler(db, id);
      const t = plusTard();
      const sid = await session(db, id, t);
      expect(await etat(db, sid, t)).toBe("a_verifier");
      const code = codeTotp(secret, t);
      expect(await verifierSecondFacteur(db, essai(id, sid, code, t))).toEqual({
        ok: true,
        moyen: "totp",
        codesRestants: 10,
      });
      expect(await etat(db, sid, t)).toBe("verifie");

      // Le même code, tout de suite, pour une autre session : refusé.
      const sid2 = await session(db, id, t);
      expect(await verifierSecondFacteur(db, essai(id, sid2, code, t))).toEqual({ ok: false, raison: "deja_utilise" });
      expect(await etat(db, sid2, t)).toBe("a_verifier");
      expect(await verifierSecondFacteur(db, essai(id, sid2, "000000", t))).toMatchObject({ ok: false });
      expect(
        (await db.journalAudit.findMany({ where: { cibleId: id, action: "connexion.second_facteur_echec" } })).length,
      ).toBe(2);
      // Le pas suivant passe (tolérance d'un pas : 30 s plus tard, le code suivant).
      const t2 = plusTard(30);
      expect(await verifierSecondFacteur(db, essai(id, sid2, codeTotp(secret, t2), t2))).toMatchObject({ ok: true });
    });

    it("un code de secours ouvre la session une seule fois", async () => {
      const db = base().prisma;
      const id = await compte(db);
      const { codes } = await enroler(db, id);
      const t = plusTard();
      const sid = await session(db, id, t);
      expect(await verifierSecondFacteur(db, essai(id, sid, codes[3]!.toLowerCase().replace(/-/g, " "), t))).toEqual({
        ok: true,
        moyen: "code_secours",
        codesRestants: 9,
      });
      const sid2 = await session(db, id, t);
      expect(await verifierSecondFacteur(db, essai(id, sid2, codes[3]!, t))).toEqual({ ok: false, raison: "faux" });
      expect(await verifierSecondFacteur(db, essai(id, sid2, "ABCD-EFGH-JKMN-PQRS", t))).toMatchObject({ ok: false });
      expect(await etat(db, sid2, t)).toBe("a_verifier");
      // Un code de secours d'un autre compte ne vaut rien ici.
      const autre = await compte(db);
      const { codes: codesAutre } = await enroler(db, autre);
      expect(await verifierSecondFacteur(db, essai(id, sid2, codesAutre[0]!, t))).toMatchObject({ ok: false });
    });

    it("les essais sont limités par compte et adresse, puis par compte quelle que soit l'adresse", async () => {
      const db = base().prisma;
      const id = await compte(db);
      const { secret } = await enroler(db, id);
      const t = plusTard();
      const sid = await session(db, id, t);
      for (let i = 0; i < LIMITES_SECOND_FACTEUR.compteSource.max; i++)
        expect(await verifierSecondFacteur(db, essai(id, sid, "000000", t, "203.0.113.9"))).toMatchObject({
          ok: false,
        });
      const bloque = await verifierSecondFacteur(db, essai(id, sid, codeTotp(secret, t), t, "203.0.113.9"));
      expect(bloque).toMatchObject({ ok: false, raison: "limite" });
      expect((bloque as { attenteSecondes: number }).attenteSecondes).toBeGreaterThan(0);
      expect(await etat(db, sid, t)).toBe("a_verifier");
      // D'une autre adresse, le titulaire passe encore…
      expect(await verifierSecondFacteur(db, essai(id, sid, codeTotp(secret, t), t, "203.0.113.10"))).toMatchObject({
        ok: true,
      });
      // …mais pas au-delà du plafond du compte, même en changeant d'adresse à chaque essai.
      const sid2 = await session(db, id, t);
      let dernier;
      for (let i = 0; i < LIMITES_SECOND_FACTEUR.compte.max; i++)
        dernier = await verifierSecondFacteur(db, essai(id, sid2, "000000", t, `192.0.2.${i}`));
      expect(dernier).toMatchObject({ ok: false, raison: "limite" });
    });
  });

  describe("réinitialisation par un administrateur", () => {
    it("efface secret et codes, ferme les sessions, est journalisée ; la connexion suivante repasse par l'enrôlement", async () => {
      const db = base().prisma;
      const admin = await compte(db, "admin");
      const agent = await compte(db, "agent");
      const { codes } = await enroler(db, agent);
      const t = plusTard();
      // Deux sessions ouvertes : celle de l'enrôlement et celle-ci.
      const ouverte = await session(db, agent, t);
      await verifierSecondFacteur(db, essai(agent, ouverte, codes[0]!, t));
      expect(await etat(db, ouverte, t)).toBe("verifie");

      await expect(reinitialiserSecondFacteur(db, { id: agent, role: "agent" }, admin, t)).rejects.toThrow(
        /administrateur/,
      );
      await expect(
        reinitialiserSecondFacteur(db, { id: admin, role: "admin" }, await compte(db, "citoyen"), t),
      ).rejects.toThrow(/agent ou d'un administrateur/);
      await reinitialiserSecondFacteur(db, { id: admin, role: "admin" }, agent, t);
      expect(await db.compte.findUniqueOrThrow({ where: { id: agent } })).toMatchObject({
        totpSecret: null,
        totpActiveLe: null,
        totpDernierPas: null,
      });
      expect(await db.codeSecours.count({ where: { compteId: agent } })).toBe(0);
      expect(await validerSession(db, ouverte, t, REGLES)).toBeNull();
      expect(
        await db.journalAudit.findMany({ where: { cibleId: agent, action: "compte.second_facteur_reinitialise" } }),
      ).toMatchObject([
        {
          acteurId: admin,
          acteurRole: "admin",
          cibleType: "compte",
          details: { etaitActif: true, codesEffaces: 10, sessionsFermees: 2 },
        },
      ]);
      const nouvelle = await session(db, agent, t);
      expect(await etat(db, nouvelle, t)).toBe("a_enroler");
    });
  });

  it("npm run admin:creer → lien d'activation → mot de passe → enrôlement obligatoire : un admin avec un second facteur qui marche", async () => {
    const db = base().prisma;
    const email = `premier.admin.${randomUUID()}@commune.test`;
    const t = plusTard();
    const { lien, compteId } = await creerAdministrateur(db, email, "https://portail.exemple.test", t);
    await reinitialiserParJeton(db, new URL(lien).searchParams.get("jeton")!, "Administrer-Le-Portail-2026", t);
    const r = await connexionLocale(db, email, "Administrer-Le-Portail-2026", "127.0.0.1");
    expect(r).toMatchObject({ ok: true, compteId, role: "admin" });
    const sid = await session(db, compteId, t);
    expect(await etat(db, sid, t)).toBe("a_enroler");
    const { secret } = (await secretAEnroler(db, compteId, cle))!;
    expect(await confirmerEnrolement(db, essai(compteId, sid, codeTotp(secret, t), t))).toMatchObject({ ok: true });
    expect(await etat(db, sid, t)).toBe("verifie");
    // Connexion suivante : mot de passe, puis code.
    const t2 = plusTard();
    const sid2 = await session(db, compteId, t2);
    expect(await etat(db, sid2, t2)).toBe("a_verifier");
    expect(await verifierSecondFacteur(db, essai(compteId, sid2, codeTotp(secret, t2), t2))).toMatchObject({
      ok: true,
    });
    expect(await etat(db, sid2, t2)).toBe("verifie");
  });
});

surLesDeuxBases("second facteur des comptes de démonstration", (base) => {
  it("l'agent et l'administrateur de démonstration ont un second facteur actif dont le code est celui montré en démo", async () => {
    const db = base().prisma;
    const t = plusTard();
    expect(await semerDemoSiVide(db, t, cle)).toBe(true);
    for (const c of Object.values(COMPTES_DEMO)) {
      const { id } = await db.compte.findUniqueOrThrow({ where: { email: c.email } });
      const sid = await session(db, id, t);
      expect(await etat(db, sid, t)).toBe("a_verifier");
      expect(await verifierSecondFacteur(db, essai(id, sid, codeSecondFacteurDemo(true, t)!, t))).toMatchObject({
        ok: true,
      });
      expect(await etat(db, sid, t)).toBe("verifie");
    }
  });
});

function horlogeDate() {
  return new Date(horloge);
}
