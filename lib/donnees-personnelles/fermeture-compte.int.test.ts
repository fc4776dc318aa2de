import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";

import { ouvrirSessionOidc } from "@/lib/auth/ouvrir-session-oidc";
import { connexionLocale } from "@/lib/comptes/connexion-locale.mutation";
import { hacherMotDePasse } from "@/lib/comptes/domain/mot-de-passe";
import { validerSession } from "@/lib/comptes/sessions.mutation";
import { enregistrerDocument } from "@/lib/documents/depot.mutation";
import { ErreurMetier } from "@/lib/server/erreurs";
import { surLesDeuxBases } from "@/tests/support/bases";
import { creerFamilleComplete } from "@/tests/support/famille-complete";
import { fichiers } from "@/tests/support/fichiers-de-test";
import { creerFamille, depotsDeTest } from "@/tests/support/pieces";
import { fermerCompte, NOM_PSEUDONYME } from "./fermeture-compte.mutation";

const MOT_DE_PASSE = "Bellecombe-sur-Lys-2026";
const idToken = () =>
  new SignJWT({ acr: "eidas1", sub: "s" }).setProtectedHeader({ alg: "HS256" }).sign(new Uint8Array(32));

surLesDeuxBases("fermeture du compte", (base) => {
  describe("dernier compte du foyer", () => {
    it("efface les données de la famille, garde ce que la commune doit garder, et refuse toute connexion ensuite", async () => {
      const db = base().prisma;
      const deps = depotsDeTest();
      const a = await creerFamilleComplete(db, deps, "Anouk", "ALBERTI");
      const b = await creerFamilleComplete(db, deps, "Basile", "BERNARDIN");
      await db.compte.update({
        where: { id: a.compte.id },
        data: { motDePasseHash: await hacherMotDePasse(MOT_DE_PASSE) },
      });
      const sessionA = (await db.session.findFirstOrThrow({ where: { compteId: a.compte.id } })).id;
      // E-mails waiting for the household's other addresses: its contact address and the second parent's.
      const contact = `contact.${a.foyerId}@exemple.test`;
      await db.foyer.update({ where: { id: a.foyerId }, data: { emailContact: contact } });
      const { email: conjoint } = await db.responsableLegal.findUniqueOrThrow({
        where: { foyerId_rang: { foyerId: a.foyerId, rang: 2 } },
      });
      const courrielsDuFoyer = [contact, conjoint!, a.compte.email!];
      for (const destinataire of [contact, conjoint!])
        await db.courrielSortant.create({ data: { destinataire, sujet: "Nouveau message", corps: "lien" } });
      const { franceConnectSub } = await db.compte.findUniqueOrThrow({ where: { id: a.compte.id } });

      const bilan = await fermerCompte(db, deps.stockage, a.acteur, new Date());
      expect(bilan).toMatchObject({
        perimetre: "foyer",
        sessionsRevoquees: 1,
        consentementsRetires: 1,
        instantanesSupprimes: 1,
        documentsSupprimes: 1,
        fichiersNonSupprimes: 0,
      });
      expect(bilan.foyer).toMatchObject({
        inscriptionsAnnulees: 2,
        inscriptionsConservees: 1,
        dossiersClos: 1,
        messagesSupprimes: 1,
        enfantsSupprimes: 1,
        enfantsConserves: 1,
        responsablesSupprimes: 1,
      });

      // Erased.
      const compte = await db.compte.findUniqueOrThrow({ where: { id: a.compte.id } });
      expect(compte).toMatchObject({
        email: null,
        motDePasseHash: null,
        prenoms: null,
        nomUsage: null,
        dateNaissance: null,
        identiteCertifiee: false,
        franceConnectSub,
      });
      expect(compte.fermeLe).toBeInstanceOf(Date);
      expect(
        await db.responsableLegal.findMany({
          where: { foyerId: a.foyerId },
          select: { rang: true, prenoms: true, nom: true, email: true, dateNaissance: true },
        }),
      ).toEqual([{ rang: 1, prenoms: "", nom: NOM_PSEUDONYME, email: null, dateNaissance: null }]);
      expect(await db.consentement.findMany({ where: { foyerId: a.foyerId }, select: { statut: true } })).toEqual([
        { statut: "retire" },
      ]);
      expect(await db.instantaneFiscal.count({ where: { foyerId: a.foyerId } })).toBe(0);
      expect(await db.document.count({ where: { foyerId: a.foyerId } })).toBe(0);
      expect(deps.fichiersDuFoyer(a.foyerId)).toEqual([]);
      expect(await db.message.count({ where: { foyerId: a.foyerId } })).toBe(0);
      expect(await db.courrielSortant.count({ where: { destinataire: { in: courrielsDuFoyer } } })).toBe(0);
      expect(await db.enfant.findMany({ where: { foyerId: a.foyerId }, select: { id: true } })).toEqual([
        { id: a.ids.aine },
      ]);
      // The pending enrolment's place is given back; the waiting-list one held none.
      expect((await db.activite.findUniqueOrThrow({ where: { id: a.ids.soir } })).placesReservees).toBe(1);
      expect((await db.activite.findUniqueOrThrow({ where: { id: a.ids.attente } })).placesReservees).toBe(2);
      expect(
        await db.dossier.findUniqueOrThrow({
          where: { id: a.ids.dossier },
          select: { statut: true, attenduFamille: true },
        }),
      ).toEqual({ statut: "rejete", attenduFamille: null });

      // Kept: the validated enrolment with its price and explanation (no raw tax data), the billing address, logs.
      const gardee = await db.inscription.findUniqueOrThrow({
        where: { id: a.ids.validee },
        select: { statut: true, tarifs: { select: { montantCentimes: true, explication: true } } },
      });
      expect(gardee).toEqual({
        statut: "validee",
        tarifs: [{ montantCentimes: 235, explication: a.prix.explication }],
      });
      expect(JSON.stringify(gardee)).not.toContain("22032");
      expect(
        await db.foyer.findUniqueOrThrow({
          where: { id: a.foyerId },
          select: { adresse1: true, telephone: true, emailContact: true },
        }),
      ).toEqual({ adresse1: "12 rue des ALBERTI", telephone: null, emailContact: null });
      expect(await db.appelAmont.count({ where: { foyerId: a.foyerId } })).toBe(1);
      expect(await db.decision.count({ where: { dossierId: a.ids.dossier } })).toBe(1);
      const audit = await db.journalAudit.findFirstOrThrow({ where: { action: "compte.ferme", cibleId: a.compte.id } });
      expect(audit).toMatchObject({
        acteurId: a.compte.id,
        acteurRole: "citoyen",
        details: { perimetre: "foyer", documentsSupprimes: 1, inscriptionsConservees: 1 },
      });
      expect(JSON.stringify(audit.details)).not.toMatch(/ALBERTI|Anouk|@/);
      expect(await db.journalAudit.count({ where: { cibleId: a.ids.document } })).toBeGreaterThan(0);

      // Signing in again is refused, by every door; a FranceConnect attempt does not bring the identity back.
      expect(await validerSession(db, sessionA, new Date(), { inactiviteMinutes: 30 })).toBeNull();
      expect(await connexionLocale(db, a.compte.email!, MOT_DE_PASSE, "203.0.113.7")).toEqual({
        ok: false,
        raison: "identifiants",
      });
      const profil = { sub: franceConnectSub!, given_name: "Anouk", family_name: "ALBERTI", birthdate: "1986-03-14" };
      expect(
        await ouvrirSessionOidc(
          db,
          { inactiviteMinutes: 30, dureeMaxHeures: 12 },
          { fournisseur: "franceconnect", idToken: await idToken(), profil, maintenant: new Date() },
        ),
      ).toEqual({ erreur: "compte_ferme" });
      expect(await db.compte.findUniqueOrThrow({ where: { id: a.compte.id }, select: { prenoms: true } })).toEqual({
        prenoms: null,
      });
      await expect(fermerCompte(db, deps.stockage, a.acteur, new Date())).rejects.toBeInstanceOf(ErreurMetier);

      // The other family is untouched.
      expect(await db.document.count({ where: { foyerId: b.foyerId } })).toBe(1);
      expect(deps.fichiersDuFoyer(b.foyerId)).toHaveLength(1);
      expect(await db.instantaneFiscal.count({ where: { foyerId: b.foyerId } })).toBe(1);
      expect(await db.enfant.count({ where: { foyerId: b.foyerId } })).toBe(2);
      expect(await db.consentement.findMany({ where: { foyerId: b.foyerId }, select: { statut: true } })).toEqual([
        { statut: "accorde" },
      ]);
      expect((await db.compte.findUniqueOrThrow({ where: { id: b.compte.id } })).fermeLe).toBeNull();
    });

    it("sans inscription validée, l'adresse part aussi ; un compte sans foyer se ferme ; un agent ne ferme pas son compte ici", async () => {
      const db = base().prisma;
      const deps = depotsDeTest();
      const f = await creerFamille(db);
      await db.foyer.update({
        where: { id: f.foyerId },
        data: { adresse1: "1 place de la Mairie", codePostal: "00100", commune: "Bellecombe-sur-Lys" },
      });
      expect((await fermerCompte(db, deps.stockage, f.acteur, new Date())).foyer).toMatchObject({
        inscriptionsConservees: 0,
      });
      expect(
        await db.foyer.findUniqueOrThrow({
          where: { id: f.foyerId },
          select: { adresse1: true, codePostal: true, commune: true },
        }),
      ).toEqual({ adresse1: null, codePostal: null, commune: null });
      const seul = await db.compte.create({
        data: { role: "citoyen", email: `seul.${Date.now()}@exemple.test`, prenoms: "Solène" },
      });
      expect(await fermerCompte(db, deps.stockage, { id: seul.id, role: "citoyen" }, new Date())).toMatchObject({
        perimetre: "sans_foyer",
        foyer: null,
      });
      expect(
        await db.compte.findUniqueOrThrow({ where: { id: seul.id }, select: { email: true, prenoms: true } }),
      ).toEqual({ email: null, prenoms: null });
      const agent = await db.compte.create({ data: { role: "agent" } });
      const e = await fermerCompte(db, deps.stockage, { id: agent.id, role: "agent" }, new Date()).catch(
        (x: unknown) => x,
      );
      expect(e).toMatchObject({ code: "role" });
      expect((await db.compte.findUniqueOrThrow({ where: { id: agent.id } })).fermeLe).toBeNull();
    });
  });

  it("foyer partagé avec un autre parent qui a son compte : seules les données de ce compte partent", async () => {
    const db = base().prisma;
    const deps = depotsDeTest();
    const a = await creerFamilleComplete(db, deps, "Anouk", "ALBERTI");
    const autre = await db.compte.create({ data: { role: "citoyen", prenoms: "Camille" } });
    await db.responsableLegal.updateMany({ where: { foyerId: a.foyerId, rang: 2 }, data: { compteId: autre.id } });
    const consentAutre = await db.consentement.create({
      data: {
        foyerId: a.foyerId,
        compteId: autre.id,
        statut: "accorde",
        donnees: ["rfr"],
        finalite: "Calcul du tarif",
      },
    });
    await enregistrerDocument(db, deps, {
      acteur: { id: autre.id, role: "citoyen" },
      foyerId: a.foyerId,
      dossierId: null,
      type: "autre",
      nomFichier: "b.pdf",
      octets: fichiers.pdf(),
      maintenant: new Date(),
    });

    const bilan = await fermerCompte(db, deps.stockage, a.acteur, new Date());
    expect(bilan).toMatchObject({
      perimetre: "compte",
      consentementsRetires: 1,
      instantanesSupprimes: 1,
      documentsSupprimes: 1,
      foyer: null,
    });
    expect((await db.consentement.findUniqueOrThrow({ where: { id: consentAutre.id } })).statut).toBe("accorde");
    expect(await db.document.count({ where: { foyerId: a.foyerId } })).toBe(1);
    expect(deps.fichiersDuFoyer(a.foyerId)).toHaveLength(1);
    expect(await db.enfant.count({ where: { foyerId: a.foyerId } })).toBe(2);
    expect(
      await db.responsableLegal.findMany({
        where: { foyerId: a.foyerId },
        orderBy: { rang: "asc" },
        select: { nom: true, compteId: true },
      }),
    ).toEqual([
      { nom: NOM_PSEUDONYME, compteId: a.compte.id },
      { nom: "ALBERTI", compteId: autre.id },
    ]);
  });
});
