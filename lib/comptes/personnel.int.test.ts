// « Comptes et rôles » sur les deux bases : invitation (lien à usage unique, limite de débit), désactivation et
// réactivation (sessions fermées, plus de connexion ni par mot de passe ni par ProConnect, jamais soi-même ni le
// dernier administrateur actif), réinitialisation imposée, restriction d'un agent ; chaque changement au journal.
import { randomUUID } from "node:crypto";

import { beforeAll, describe, expect, it } from "vitest";

import { surLesDeuxBases } from "@/tests/support/bases";
import { compteProConnect } from "./comptes.mutation";
import { connexionLocale } from "./connexion-locale.mutation";
import { hacherMotDePasse } from "./domain/mot-de-passe";
import { emettreJeton } from "./jetons.mutation";
import {
  definirPerimetre,
  desactiverPersonnel,
  imposerReinitialisation,
  inviterPersonnel,
  reactiverPersonnel,
} from "./personnel.mutation";
import { envoyerLienReinitialisation, reinitialiserParJeton } from "./reinitialisation.mutation";
import { creerSession, validerSession } from "./sessions.mutation";

const URL_PORTAIL = "https://portail.exemple.test";
const MOT_DE_PASSE = "Instruire-Les-Dossiers-2026";
const REGLES = { inactiviteMinutes: 30, dureeMaxHeures: 12 };
const maintenant = () => new Date();

surLesDeuxBases("comptes et rôles (administration)", (base) => {
  const db = () => base().prisma;
  let admin: { id: string; role: "admin" };

  const personnel = async (role: "agent" | "admin", o: { proConnectSub?: string } = {}) => {
    const email = `${role}.${randomUUID()}@commune.test`;
    const c = await db().compte.create({
      data: {
        role,
        email,
        emailVerifieLe: new Date(),
        motDePasseHash: await hacherMotDePasse(MOT_DE_PASSE),
        proConnectSub: o.proConnectSub,
      },
    });
    return { id: c.id, email, role };
  };
  const ouvrirSession = (compteId: string) =>
    creerSession(db(), { compteId, fournisseur: "local", maintenant: maintenant(), regles: REGLES });
  const audit = (cibleId: string) =>
    db().journalAudit.findMany({
      where: { cibleId },
      orderBy: { creeLe: "asc" },
      select: { action: true, acteurId: true, details: true },
    });
  const jetonDuCourriel = async (email: string) => {
    const c = await db().courrielSortant.findFirstOrThrow({
      where: { destinataire: email },
      orderBy: { creeLe: "desc" },
    });
    return new URL(/https:\/\/\S+/.exec(c.corps)![0]).searchParams.get("jeton")!;
  };

  beforeAll(async () => {
    admin = { id: (await personnel("admin")).id, role: "admin" };
  });

  describe("inviter", () => {
    it("crée le compte sans mot de passe et envoie un lien à usage unique qui l'active", async () => {
      const email = `nouvel.agent.${randomUUID()}@commune.test`;
      const id = await inviterPersonnel(
        db(),
        admin,
        { email, role: "agent", prenoms: "Noé", nom: "Martin" },
        { urlPortail: URL_PORTAIL, source: "192.0.2.1", maintenant: maintenant() },
      );
      expect(await db().compte.findUniqueOrThrow({ where: { id } })).toMatchObject({
        role: "agent",
        email,
        motDePasseHash: null,
        emailVerifieLe: null,
        desactiveLe: null,
      });
      const courriel = await db().courrielSortant.findFirstOrThrow({ where: { destinataire: email } });
      expect(courriel.sujet).toBe("Votre compte d'agent au Portail Famille");
      expect(courriel.corps).not.toContain("Noé");
      expect(await audit(id)).toEqual([{ action: "compte.invite", acteurId: admin.id, details: { role: "agent" } }]);

      const jeton = await jetonDuCourriel(email);
      await expect(reinitialiserParJeton(db(), jeton, "court", maintenant())).rejects.toThrow();
      await reinitialiserParJeton(db(), jeton, MOT_DE_PASSE, maintenant());
      expect(await connexionLocale(db(), email, MOT_DE_PASSE, "192.0.2.1")).toMatchObject({ ok: true, compteId: id });
      await expect(reinitialiserParJeton(db(), jeton, "Un-Autre-Mot-De-Passe-2026", maintenant())).rejects.toThrow(
        /plus valable/,
      );
    });

    it("refuse une adresse qui a déjà un compte, sans rien créer", async () => {
      const existant = await personnel("agent");
      await expect(
        inviterPersonnel(
          db(),
          admin,
          { email: existant.email, role: "admin", prenoms: "A", nom: "B" },
          { urlPortail: URL_PORTAIL, source: "192.0.2.2", maintenant: maintenant() },
        ),
      ).rejects.toThrow(/existe déjà/);
      expect((await db().compte.findUniqueOrThrow({ where: { id: existant.id } })).role).toBe("agent");
      expect(await db().courrielSortant.count({ where: { destinataire: existant.email } })).toBe(0);
    });

    it("est limitée en débit par administrateur : au-delà, rien n'est créé ni envoyé", async () => {
      const autreAdmin = { id: (await personnel("admin")).id, role: "admin" as const };
      const inviter = (email: string) =>
        inviterPersonnel(
          db(),
          autreAdmin,
          { email, role: "agent", prenoms: "A", nom: "B" },
          {
            urlPortail: URL_PORTAIL,
            source: `198.51.100.${Math.floor(Math.random() * 200)}`,
            maintenant: maintenant(),
          },
        );
      for (let n = 0; n < 10; n++) await inviter(`lot.${n}.${randomUUID()}@commune.test`);
      const email = `de-trop.${randomUUID()}@commune.test`;
      await expect(inviter(email)).rejects.toThrow(/Trop de|trop de/);
      expect(await db().compte.count({ where: { email } })).toBe(0);
    });
  });

  describe("désactiver, réactiver", () => {
    it("ferme les sessions et les liens en cours, refuse la connexion (mot de passe, ProConnect), puis la rend", async () => {
      const sub = randomUUID();
      const agent = await personnel("agent", { proConnectSub: sub });
      const sid = await ouvrirSession(agent.id);
      const jetonEnCours = await emettreJeton(db(), {
        type: "reinitialisation_mot_de_passe",
        compteId: agent.id,
        dureeHeures: 1,
        maintenant: maintenant(),
      });

      await desactiverPersonnel(db(), admin, agent.id, maintenant());
      expect(await validerSession(db(), sid, maintenant(), REGLES)).toBeNull();
      expect(await connexionLocale(db(), agent.email, MOT_DE_PASSE, "192.0.2.3")).toMatchObject({ ok: false });
      expect(await compteProConnect(db(), { sub })).toBeNull();
      await expect(reinitialiserParJeton(db(), jetonEnCours, MOT_DE_PASSE, maintenant())).rejects.toThrow(
        /plus valable/,
      );
      await envoyerLienReinitialisation(db(), agent.email, URL_PORTAIL, maintenant());
      expect(await db().courrielSortant.count({ where: { destinataire: agent.email } })).toBe(0);
      // Une session ouverte après coup (par un autre chemin) ne vaut rien non plus.
      expect(await validerSession(db(), await ouvrirSession(agent.id), maintenant(), REGLES)).toBeNull();

      await reactiverPersonnel(db(), admin, agent.id, maintenant());
      expect(await connexionLocale(db(), agent.email, MOT_DE_PASSE, "192.0.2.3")).toMatchObject({ ok: true });
      expect(await compteProConnect(db(), { sub })).toEqual({ id: agent.id });
      expect((await audit(agent.id)).map((a) => [a.action, a.acteurId])).toEqual([
        ["compte.desactive", admin.id],
        ["compte.reactive", admin.id],
      ]);
    });

    it("un administrateur ne se désactive pas lui-même", async () => {
      await expect(desactiverPersonnel(db(), admin, admin.id, maintenant())).rejects.toThrow(/votre propre compte/);
      expect((await db().compte.findUniqueOrThrow({ where: { id: admin.id } })).desactiveLe).toBeNull();
    });

    it("le dernier administrateur actif ne peut pas être désactivé", async () => {
      const autre = await personnel("admin");
      // Tous les autres administrateurs de cette base sont désactivés : il ne reste qu'admin et autre.
      const actifs = await db().compte.findMany({
        where: { role: "admin", desactiveLe: null, id: { notIn: [admin.id, autre.id] } },
        select: { id: true },
      });
      for (const a of actifs) await desactiverPersonnel(db(), admin, a.id, maintenant());
      await desactiverPersonnel(db(), admin, autre.id, maintenant());
      await expect(desactiverPersonnel(db(), { id: autre.id, role: "admin" }, admin.id, maintenant())).rejects.toThrow(
        /dernier compte d'administrateur actif/,
      );
      expect((await db().compte.findUniqueOrThrow({ where: { id: admin.id } })).desactiveLe).toBeNull();
      for (const a of [...actifs, autre]) await reactiverPersonnel(db(), admin, a.id, maintenant());
    });

    it("une famille n'est pas un compte du personnel : introuvable", async () => {
      const famille = await db().compte.create({ data: { role: "citoyen", email: `f.${randomUUID()}@exemple.test` } });
      await expect(desactiverPersonnel(db(), admin, famille.id, maintenant())).rejects.toThrow(/n'existe pas/);
      await expect(desactiverPersonnel(db(), admin, "pas-un-uuid", maintenant())).rejects.toThrow(/n'existe pas/);
    });
  });

  it("réinitialisation imposée : l'ancien mot de passe ne vaut plus, sessions fermées, lien envoyé", async () => {
    const agent = await personnel("agent");
    const sid = await ouvrirSession(agent.id);
    await imposerReinitialisation(db(), admin, agent.id, { urlPortail: URL_PORTAIL, maintenant: maintenant() });
    expect(await validerSession(db(), sid, maintenant(), REGLES)).toBeNull();
    expect(await connexionLocale(db(), agent.email, MOT_DE_PASSE, "192.0.2.4")).toMatchObject({ ok: false });
    const jeton = await jetonDuCourriel(agent.email);
    await reinitialiserParJeton(db(), jeton, "Un-Nouveau-Mot-De-Passe-2026", maintenant());
    expect(await connexionLocale(db(), agent.email, "Un-Nouveau-Mot-De-Passe-2026", "192.0.2.4")).toMatchObject({
      ok: true,
    });
    expect((await audit(agent.id)).map((a) => a.action)).toEqual([
      "compte.reinitialisation_imposee",
      "compte.mot_de_passe_reinitialise",
    ]);
  });

  it("restreindre un agent : communes et écoles enregistrées, au journal ; un administrateur ne se restreint pas", async () => {
    const agent = await personnel("agent");
    await db().commune.upsert({
      where: { codeInsee: "00199" },
      create: { codeInsee: "00199", nom: "Val-de-Test", codesPostaux: ["00190"] },
      update: {},
    });
    const ecole = await db().ecole.create({ data: { nom: "École du Test", communeCodeInsee: "00199" } });
    await definirPerimetre(
      db(),
      admin,
      agent.id,
      { restreint: true, communes: ["00199"], ecoles: [ecole.id] },
      maintenant(),
    );
    expect(
      await db().compte.findUniqueOrThrow({
        where: { id: agent.id },
        select: { perimetreRestreint: true, perimetreCommunes: true, perimetreEcoles: true },
      }),
    ).toMatchObject({
      perimetreRestreint: true,
      perimetreCommunes: [{ communeCodeInsee: "00199" }],
      perimetreEcoles: [{ ecoleId: ecole.id }],
    });
    await expect(
      definirPerimetre(db(), admin, agent.id, { restreint: true, communes: ["99999"], ecoles: [] }, maintenant()),
    ).rejects.toThrow(/n'existe plus/);
    await definirPerimetre(db(), admin, agent.id, { restreint: false, communes: ["00199"], ecoles: [] }, maintenant());
    expect(await db().perimetreAgentCommune.count({ where: { compteId: agent.id } })).toBe(0);
    expect(await audit(agent.id)).toEqual([
      {
        action: "compte.perimetre_modifie",
        acteurId: admin.id,
        details: { restreint: true, communes: ["00199"], ecoles: [ecole.id] },
      },
      {
        action: "compte.perimetre_modifie",
        acteurId: admin.id,
        details: { restreint: false, communes: [], ecoles: [] },
      },
    ]);
    await expect(
      definirPerimetre(db(), admin, admin.id, { restreint: true, communes: [], ecoles: [] }, maintenant()),
    ).rejects.toThrow(/Seul un compte d'agent/);
  });

  it("l'ouverture d'une session enregistre la dernière connexion", async () => {
    const agent = await personnel("agent");
    expect((await db().compte.findUniqueOrThrow({ where: { id: agent.id } })).derniereConnexionLe).toBeNull();
    const le = new Date("2026-12-01T09:30:00Z");
    await creerSession(db(), { compteId: agent.id, fournisseur: "local", maintenant: le, regles: REGLES });
    expect((await db().compte.findUniqueOrThrow({ where: { id: agent.id } })).derniereConnexionLe).toEqual(le);
  });
});
