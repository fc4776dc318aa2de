import { beforeAll, describe, expect, it } from "vitest";

import { surLesDeuxBases } from "@/tests/support/bases";
import { collectiviteDeDemo, famille, MAINTENANT } from "@/tests/support/familles";
import { accuserEnvoiDemande } from "./accuse-envoi.mutation";
import { demandeEnCours } from "./demande.mutation";
import { inviterSecondParentParCourriel } from "./inviter-second-parent.mutation";

const URL_PORTAIL = "https://portail.exemple.test";

surLesDeuxBases("courriels d'une demande", (base) => {
  let anneeScolaireId: string;
  beforeAll(async () => {
    ({ anneeScolaireId } = await collectiviteDeDemo(base().prisma));
  });

  async function demande() {
    const f = await famille(base().prisma);
    return { ...f, demandeId: await demandeEnCours(base().prisma, f.compteId, anneeScolaireId) };
  }
  const invitation = (f: { compteId: string; demandeId: string }) => ({
    compteId: f.compteId,
    demandeId: f.demandeId,
    urlPortail: URL_PORTAIL,
    maintenant: MAINTENANT,
  });

  describe("invitation du second parent", () => {
    it("exige un second parent déclarant à part, avec une adresse électronique", async () => {
      const db = base().prisma;
      const f = await demande();
      await expect(inviterSecondParentParCourriel(db, invitation(f))).rejects.toMatchObject({
        code: "second_parent_absent",
      });
      await db.responsableLegal.create({
        data: { foyerId: f.foyerId, rang: 2, prenoms: "Samir", nom: "HADDAD", foyerFiscalDistinct: true },
      });
      await expect(inviterSecondParentParCourriel(db, invitation(f))).rejects.toMatchObject({
        code: "email_manquant",
      });
      expect(await db.jetonCompte.count({ where: { foyerId: f.foyerId } })).toBe(0);
    });

    it("envoie un lien de 7 jours pour le foyer, à l'adresse du second parent ; la demande d'une autre famille est introuvable", async () => {
      const db = base().prisma;
      const f = await demande();
      const email = `samir.${f.foyerId}@exemple.test`;
      await db.responsableLegal.create({
        data: { foyerId: f.foyerId, rang: 2, prenoms: "Samir", nom: "HADDAD", email, foyerFiscalDistinct: true },
      });
      const autre = await famille(db);
      await expect(
        inviterSecondParentParCourriel(db, { ...invitation(f), compteId: autre.compteId }),
      ).rejects.toMatchObject({ code: "demande_introuvable" });

      expect(await inviterSecondParentParCourriel(db, invitation(f))).toEqual({ prenoms: "Samir", email });
      const courriel = await db.courrielSortant.findFirstOrThrow({ where: { destinataire: email } });
      // A link and nothing personal: neither the second parent's name nor the account holder's.
      expect(courriel.corps).not.toMatch(/Samir|HADDAD|Marianne|DUPONT/);
      expect(courriel.corps).toContain(`${URL_PORTAIL}/autorisation-second-parent?jeton=`);
      expect(await db.jetonCompte.findFirstOrThrow({ where: { foyerId: f.foyerId } })).toMatchObject({
        type: "invitation_second_parent",
        expireLe: new Date(MAINTENANT.getTime() + 7 * 24 * 3_600_000),
      });
    });
  });

  describe("accusé d'envoi", () => {
    const resultat = (demandeId: string, statut: "validee" | "a_instruire") => ({
      demandeId,
      dejaSoumise: false,
      statut,
      inscriptions: [],
      dossierId: null,
    });

    it("part à l'adresse de contact du foyer, sinon à celle du compte, sinon nulle part", async () => {
      const db = base().prisma;
      const f = await demande();
      await accuserEnvoiDemande(db, resultat(f.demandeId, "a_instruire"), null, URL_PORTAIL);
      expect(await db.courrielSortant.count({ where: { corps: { contains: f.demandeId } } })).toBe(0);

      const compte = `compte.${f.foyerId}@exemple.test`;
      await accuserEnvoiDemande(db, resultat(f.demandeId, "a_instruire"), compte, URL_PORTAIL);
      expect(await db.courrielSortant.findFirstOrThrow({ where: { destinataire: compte } })).toMatchObject({
        sujet: "Votre demande d'inscription est reçue",
        corps: expect.stringContaining(`${URL_PORTAIL}/espace/demandes/${f.demandeId}`),
      });

      const contact = `contact.${f.foyerId}@exemple.test`;
      await db.foyer.update({ where: { id: f.foyerId }, data: { emailContact: contact } });
      await accuserEnvoiDemande(db, resultat(f.demandeId, "validee"), compte, URL_PORTAIL);
      expect(await db.courrielSortant.findFirstOrThrow({ where: { destinataire: contact } })).toMatchObject({
        sujet: "Vos inscriptions sont validées",
      });
      expect(await db.courrielSortant.count({ where: { destinataire: compte } })).toBe(1);
    });
  });
});
