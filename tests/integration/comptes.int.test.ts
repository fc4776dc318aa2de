import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";

import { ouvrirSessionOidc } from "@/lib/auth/ouvrir-session-oidc";
import { compteFranceConnect, compteProConnect } from "@/lib/comptes/comptes.mutation";
import { connexionLocale, MAX_ECHECS } from "@/lib/comptes/connexion-locale.mutation";
import { hacherMotDePasse } from "@/lib/comptes/domain/mot-de-passe";
import { consommerJeton, emettreJeton } from "@/lib/comptes/jetons.mutation";
import { creerSession, revoquerSession, validerSession } from "@/lib/comptes/sessions.mutation";
import { surLesDeuxBases } from "../support/bases";

const REGLES = { inactiviteMinutes: 30, dureeMaxHeures: 12 };
const t0 = new Date("2026-11-23T08:00:00Z");
const apres = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const identite = (sub: string, email = "marianne@exemple.test") => ({
  sub,
  given_name: "Marianne",
  family_name: "LEFEVRE",
  birthdate: "1986-03-14",
  email,
});
// The OIDC client verified the ID token before this point: only its claims matter here.
const idToken = (acr: string) =>
  new SignJWT({ acr, sub: "s" }).setProtectedHeader({ alg: "HS256" }).sign(new Uint8Array(32));

surLesDeuxBases("comptes et sessions", (base) => {
  describe("compte FranceConnect", () => {
    it("est clé sur le sub : même courriel, deux sub → deux comptes ; même sub → le même compte, identité rafraîchie", async () => {
      const db = base().prisma;
      const a = await compteFranceConnect(db, identite("sub-a"));
      const b = await compteFranceConnect(db, identite("sub-b"));
      expect(a.id).not.toBe(b.id);
      const a2 = await compteFranceConnect(db, { ...identite("sub-a"), given_name: "Marianne Claire" });
      expect(a2.id).toBe(a.id);
      const lu = await db.compte.findUniqueOrThrow({ where: { id: a.id } });
      // The e-mail is a contact address: the first account gets it, the second (same address) does not.
      expect(lu).toMatchObject({
        prenoms: "Marianne Claire",
        identiteCertifiee: true,
        role: "citoyen",
        email: "marianne@exemple.test",
      });
      expect((await db.compte.findUniqueOrThrow({ where: { id: b.id } })).email).toBeNull();
    });
  });

  describe("connexion OIDC", () => {
    it("refuse un ID token de niveau insuffisant sans créer de compte ni de session", async () => {
      const db = base().prisma;
      const avant = await db.compte.count();
      const r = await ouvrirSessionOidc(db, REGLES, {
        fournisseur: "franceconnect",
        idToken: await idToken("eidas0"),
        profil: identite("sub-niveau"),
        maintenant: t0,
      });
      expect(r).toEqual({ erreur: "niveau_insuffisant" });
      expect(await db.compte.count()).toBe(avant);
    });

    it("ProConnect : un ID token sans second facteur (acr hors de la liste) est refusé ; eidas2 est admis", async () => {
      const db = base().prisma;
      await db.compte.create({ data: { role: "agent", email: "agent.mfa@val-de-lys.test", proConnectSub: "pc-mfa" } });
      const connexion = async (acr: string) =>
        ouvrirSessionOidc(db, REGLES, {
          fournisseur: "proconnect",
          idToken: await idToken(acr),
          profil: { sub: "pc-mfa", email: "agent.mfa@val-de-lys.test" },
          maintenant: t0,
          acrAcceptes: ["eidas1-mfa", "eidas2", "eidas3"],
        });
      expect(await connexion("eidas1")).toEqual({ erreur: "second_facteur_requis" });
      expect(await db.session.count({ where: { compte: { email: "agent.mfa@val-de-lys.test" } } })).toBe(0);
      expect(await connexion("eidas2")).toHaveProperty("sid");
    });

    it("ouvre une session pour un ID token eidas1 et garde l'ID token pour la déconnexion", async () => {
      const db = base().prisma;
      const jeton = await idToken("eidas1");
      const r = await ouvrirSessionOidc(db, REGLES, {
        fournisseur: "franceconnect",
        idToken: jeton,
        profil: identite("sub-ok"),
        maintenant: t0,
      });
      expect(r).toHaveProperty("sid");
      const s = await validerSession(db, (r as { sid: string }).sid, apres(1), REGLES);
      expect(s).toMatchObject({
        fournisseur: "franceconnect",
        idToken: jeton,
        compte: { role: "citoyen", prenoms: "Marianne" },
      });
    });

    it("ProConnect n'ouvre que des comptes d'agents existants, reliés par courriel la première fois", async () => {
      const db = base().prisma;
      await db.compte.create({ data: { role: "agent", email: "agent.pc@val-de-lys.test" } });
      await db.compte.create({ data: { role: "citoyen", email: "citoyen.pc@exemple.test" } });
      expect(await compteProConnect(db, { sub: "pc-1", email: "agent.pc@val-de-lys.test" })).not.toBeNull();
      expect(await compteProConnect(db, { sub: "pc-1" })).not.toBeNull();
      expect(await compteProConnect(db, { sub: "pc-2", email: "citoyen.pc@exemple.test" })).toBeNull();
      expect(await compteProConnect(db, { sub: "pc-3", email: "inconnu@val-de-lys.test" })).toBeNull();
    });
  });

  describe("sessions", () => {
    it("expirent après 30 minutes d'inactivité, 12 heures au plus, ou à la révocation", async () => {
      const db = base().prisma;
      const { id: compteId } = await db.compte.create({ data: { role: "citoyen" } });
      const sid = await creerSession(db, { compteId, fournisseur: "local", maintenant: t0, regles: REGLES });
      expect(await validerSession(db, sid, apres(29), REGLES)).not.toBeNull();
      // Activity at 29 min moved the idle clock: still valid at 29 + 29.
      expect(await validerSession(db, sid, apres(58), REGLES)).not.toBeNull();
      expect(await validerSession(db, sid, apres(58 + 31), REGLES)).toBeNull();

      const sid2 = await creerSession(db, { compteId, fournisseur: "local", maintenant: t0, regles: REGLES });
      for (let m = 25; m < 12 * 60; m += 25) expect(await validerSession(db, sid2, apres(m), REGLES)).not.toBeNull();
      expect(await validerSession(db, sid2, apres(12 * 60 + 1), REGLES)).toBeNull();

      const sid3 = await creerSession(db, { compteId, fournisseur: "local", maintenant: t0, regles: REGLES });
      await revoquerSession(db, sid3, apres(1));
      expect(await validerSession(db, sid3, apres(2), REGLES)).toBeNull();
    });

    it("n'acceptent pas un identifiant inconnu ni un compte fermé", async () => {
      const db = base().prisma;
      expect(await validerSession(db, "inconnu", t0, REGLES)).toBeNull();
      const { id: compteId } = await db.compte.create({ data: { role: "citoyen", fermeLe: t0 } });
      const sid = await creerSession(db, { compteId, fournisseur: "local", maintenant: t0, regles: REGLES });
      expect(await validerSession(db, sid, apres(1), REGLES)).toBeNull();
    });
  });

  describe("connexion locale", () => {
    it(`après ${MAX_ECHECS} échecs depuis une adresse, cette adresse attend, même avec le bon mot de passe ; l'agent se connecte depuis la sienne`, async () => {
      const db = base().prisma;
      await db.compte.create({
        data: {
          role: "agent",
          email: "verrou@val-de-lys.test",
          emailVerifieLe: t0,
          motDePasseHash: await hacherMotDePasse("Bon-Mot-De-Passe-2026"),
        },
      });
      const inconnu = "198.51.100.66";
      for (let i = 1; i <= MAX_ECHECS; i++)
        expect(await connexionLocale(db, "verrou@val-de-lys.test", "faux", inconnu)).toEqual({
          ok: false,
          raison: "identifiants",
        });
      expect(await connexionLocale(db, "VERROU@val-de-lys.test", "Bon-Mot-De-Passe-2026", inconnu)).toMatchObject({
        ok: false,
        raison: "limite",
      });
      // A stranger cannot lock the agent out: from the agent's own address, the right password works.
      expect(
        await connexionLocale(db, "verrou@val-de-lys.test", "Bon-Mot-De-Passe-2026", "203.0.113.20"),
      ).toMatchObject({ ok: true });
      // Once the window is over, the first address may try again.
      await db.limiteDebit.updateMany({ data: { debut: new Date(Date.now() - 3600_000) } });
      expect(await connexionLocale(db, "verrou@val-de-lys.test", "Bon-Mot-De-Passe-2026", inconnu)).toMatchObject({
        ok: true,
      });
    });

    it("répond pareil pour un courriel inconnu et un mauvais mot de passe ; refuse un courriel non vérifié", async () => {
      const db = base().prisma;
      expect(await connexionLocale(db, "personne@exemple.test", "x", "203.0.113.7")).toEqual({
        ok: false,
        raison: "identifiants",
      });
      await db.compte.create({
        data: {
          role: "citoyen",
          email: "nonverifie@exemple.test",
          motDePasseHash: await hacherMotDePasse("Bellecombe-2026"),
        },
      });
      expect(await connexionLocale(db, "nonverifie@exemple.test", "Bellecombe-2026", "203.0.113.7")).toEqual({
        ok: false,
        raison: "email_non_verifie",
      });
    });
  });

  describe("jetons de lien", () => {
    it("ne servent qu'une fois, au bon usage, avant expiration", async () => {
      const db = base().prisma;
      const { id: compteId } = await db.compte.create({ data: { role: "citoyen" } });
      const jeton = await emettreJeton(db, { type: "verification_email", compteId, dureeHeures: 24, maintenant: t0 });
      expect(await consommerJeton(db, "reinitialisation_mot_de_passe", jeton, apres(1))).toBeNull();
      expect(await consommerJeton(db, "verification_email", jeton, apres(1))).toEqual({ compteId, foyerId: null });
      expect(await consommerJeton(db, "verification_email", jeton, apres(2))).toBeNull();
      const expire = await emettreJeton(db, { type: "verification_email", compteId, dureeHeures: 1, maintenant: t0 });
      expect(await consommerJeton(db, "verification_email", expire, apres(61))).toBeNull();
      expect(await db.jetonCompte.count({ where: { empreinte: jeton } })).toBe(0);
    });
  });
});
