import { beforeAll, describe, expect, it, vi } from "vitest";

import type { RaisonDossierFiscale } from "@/lib/fiscal/domain/raisons";
import type { DemandeInstantane, ServiceInstantaneFiscal } from "@/lib/fiscal/obtenir-instantane-fiscal";
import type { Db } from "@/lib/server/database";
import { surLesDeuxBases } from "@/tests/support/bases";
import { collectiviteDeDemo, famille, MAINTENANT } from "@/tests/support/familles";
import { demandeEnCours } from "./demande.mutation";
import { actualiserDonneesParSpi, recupererDonneesParSpi } from "./donnees-par-spi.mutation";

// The outcome is noted by the FranceConnect flow's own function, whose module loads the application logger, which
// reads the environment when loaded; these tests have none.
vi.mock("@/lib/server/log", async () => ({ logger: (await import("@/lib/server/logger")).creerLogger("silent") }));

const SPI = "1234567890123";

/** A DGFiP service that fails with these reasons, and notes what it was asked and which consents existed then. */
function serviceEnEchec(db: Db, raisons: RaisonDossierFiscale[]) {
  const appels: { demande: DemandeInstantane; consentements: number }[] = [];
  const service = {
    async obtenir(_db: Db, demande: DemandeInstantane) {
      appels.push({ demande, consentements: await db.consentement.count({ where: { foyerId: demande.foyerId } }) });
      return {
        statut: "echec" as const,
        annee: 2025,
        raisons,
        reprise: "agent" as const,
        correlationId: null,
        appelsAmont: 1,
        reutilise: false,
      };
    },
  } as ServiceInstantaneFiscal;
  return { service, appels };
}

surLesDeuxBases("données fiscales par numéro fiscal (comptes locaux)", (base) => {
  let anneeScolaireId: string;
  beforeAll(async () => {
    ({ anneeScolaireId } = await collectiviteDeDemo(base().prisma));
  });

  async function familleSansDateDeNaissance() {
    const db = base().prisma;
    const f = await famille(db);
    await db.compte.update({ where: { id: f.compteId }, data: { dateNaissance: null } });
    await db.responsableLegal.update({ where: { id: f.responsableId }, data: { dateNaissance: null } });
    return { ...f, demandeId: await demandeEnCours(db, f.compteId, anneeScolaireId) };
  }

  it("sans date de naissance connue ni saisie : refusé avant tout accord et tout appel", async () => {
    const db = base().prisma;
    const f = await familleSansDateDeNaissance();
    const { service, appels } = serviceEnEchec(db, []);
    const appel = { compteId: f.compteId, demandeId: f.demandeId, spi: SPI, maintenant: MAINTENANT, limiteParJour: 5 };
    await expect(recupererDonneesParSpi(db, service, appel)).rejects.toMatchObject({
      code: "date_naissance",
      champ: "dateNaissance",
    });
    expect(appels).toHaveLength(0);
    expect(await db.consentement.count({ where: { foyerId: f.foyerId } })).toBe(0);
  });

  it("la date saisie complète le compte et le responsable ; l'accord est enregistré avant l'appel ; l'issue est notée", async () => {
    const db = base().prisma;
    const f = await familleSansDateDeNaissance();
    const { service, appels } = serviceEnEchec(db, ["echec_api"]);
    await recupererDonneesParSpi(db, service, {
      compteId: f.compteId,
      demandeId: f.demandeId,
      spi: SPI,
      dateNaissance: "1986-03-14",
      maintenant: MAINTENANT,
      limiteParJour: 5,
    });
    expect((await db.compte.findUniqueOrThrow({ where: { id: f.compteId } })).dateNaissance).toBe("1986-03-14");
    expect(await db.responsableLegal.findUniqueOrThrow({ where: { id: f.responsableId } })).toMatchObject({
      dateNaissance: "1986-03-14",
      numeroFiscal: SPI,
    });
    expect(appels).toMatchObject([
      {
        consentements: 1,
        demande: {
          foyerId: f.foyerId,
          responsableId: f.responsableId,
          acces: { mode: "spi", spi: SPI },
          identiteTitulaire: { prenoms: "Marianne Claire", nomNaissance: "LEFEVRE", dateNaissance: "1986-03-14" },
        },
      },
    ]);
    const consentement = await db.consentement.findFirstOrThrow({ where: { foyerId: f.foyerId } });
    expect(consentement).toMatchObject({ statut: "accorde", responsableId: f.responsableId });
    // SPI mode keeps the revenu imposable: the consent says so (FranceConnect mode has no scope for it).
    expect(consentement.donnees).toContain("revenu_imposable");
    expect(await db.demande.findUniqueOrThrow({ where: { id: f.demandeId } })).toMatchObject({
      voieTarification: "donnees_fiscales",
      raisonsEnAttente: ["echec_api"],
    });
  });

  it("un numéro fiscal inconnu de la DGFiP n'est pas gardé pour les relances", async () => {
    const db = base().prisma;
    const f = await familleSansDateDeNaissance();
    const { service } = serviceEnEchec(db, ["spi_inconnu"]);
    await recupererDonneesParSpi(db, service, {
      compteId: f.compteId,
      demandeId: f.demandeId,
      spi: SPI,
      dateNaissance: "1986-03-14",
      maintenant: MAINTENANT,
      limiteParJour: 5,
    });
    expect((await db.responsableLegal.findUniqueOrThrow({ where: { id: f.responsableId } })).numeroFiscal).toBeNull();
    expect((await db.demande.findUniqueOrThrow({ where: { id: f.demandeId } })).raisonsEnAttente).toEqual([
      "spi_inconnu",
    ]);
  });

  it("chaque consultation est au journal d'audit (compte, demande), sans le numéro fiscal ni donnée fiscale", async () => {
    const db = base().prisma;
    const f = await familleSansDateDeNaissance();
    const { service } = serviceEnEchec(db, ["echec_api"]);
    await recupererDonneesParSpi(db, service, {
      compteId: f.compteId,
      demandeId: f.demandeId,
      spi: SPI,
      dateNaissance: "1986-03-14",
      maintenant: MAINTENANT,
      limiteParJour: 3,
    });
    const lignes = await db.journalAudit.findMany({ where: { acteurId: f.compteId } });
    expect(lignes).toMatchObject([
      { action: "demande.consultation_spi", acteurRole: "citoyen", cibleType: "demande", cibleId: f.demandeId },
    ]);
    const texte = JSON.stringify(lignes);
    expect(texte).not.toContain(SPI);
    expect(texte).not.toContain("1986-03-14");
  });

  it("au-delà de la limite par compte sur 24 heures : refusé avant tout appel, journalisé ; permis le lendemain", async () => {
    const db = base().prisma;
    const f = await familleSansDateDeNaissance();
    const { service, appels } = serviceEnEchec(db, ["spi_inconnu"]);
    const appel = (maintenant: Date) =>
      recupererDonneesParSpi(db, service, {
        compteId: f.compteId,
        demandeId: f.demandeId,
        spi: SPI,
        dateNaissance: "1986-03-14",
        maintenant,
        limiteParJour: 2,
      });
    await appel(MAINTENANT);
    await appel(new Date(MAINTENANT.getTime() + 3600_000));
    await expect(appel(new Date(MAINTENANT.getTime() + 2 * 3600_000))).rejects.toMatchObject({
      code: "consultations_epuisees",
      champ: "spi",
    });
    expect(appels).toHaveLength(2);
    expect(
      await db.journalAudit.count({ where: { acteurId: f.compteId, action: "demande.consultation_spi_refusee" } }),
    ).toBe(1);
    await appel(new Date(MAINTENANT.getTime() + 24 * 3600_000 + 60_000));
    expect(appels).toHaveLength(3);
  });

  it("la limite est celle du compte, toutes demandes confondues", async () => {
    const db = base().prisma;
    const f = await familleSansDateDeNaissance();
    const { service, appels } = serviceEnEchec(db, ["spi_inconnu"]);
    const appel = { compteId: f.compteId, spi: SPI, dateNaissance: "1986-03-14", limiteParJour: 1 };
    await recupererDonneesParSpi(db, service, { ...appel, demandeId: f.demandeId, maintenant: MAINTENANT });
    await db.demande.update({ where: { id: f.demandeId }, data: { statut: "soumise" } });
    const autre = await demandeEnCours(db, f.compteId, anneeScolaireId);
    await expect(
      recupererDonneesParSpi(db, service, { ...appel, demandeId: autre, maintenant: MAINTENANT }),
    ).rejects.toMatchObject({ code: "consultations_epuisees" });
    expect(appels).toHaveLength(1);
  });

  describe("« Actualiser mes données fiscales » (numéro fiscal déjà enregistré)", () => {
    it("le numéro enregistré est interrogé à nouveau, sans réutiliser les données gardées, sous un nouvel accord", async () => {
      const db = base().prisma;
      const f = await familleSansDateDeNaissance();
      const { service, appels } = serviceEnEchec(db, ["echec_api"]);
      const commun = { compteId: f.compteId, demandeId: f.demandeId, limiteParJour: 5 };
      await recupererDonneesParSpi(db, service, {
        ...commun,
        spi: SPI,
        dateNaissance: "1986-03-14",
        maintenant: MAINTENANT,
      });
      await actualiserDonneesParSpi(db, service, { ...commun, maintenant: new Date(MAINTENANT.getTime() + 60_000) });
      expect(appels).toHaveLength(2);
      expect(appels[1]).toMatchObject({
        consentements: 2,
        demande: { acces: { mode: "spi", spi: SPI }, actualiser: true, responsableId: f.responsableId },
      });
      expect(await db.journalAudit.count({ where: { acteurId: f.compteId, action: "demande.consultation_spi" } })).toBe(
        2,
      );
    });

    it("sous la limite de consultations par numéro fiscal : au-delà, refusé avant tout appel", async () => {
      const db = base().prisma;
      const f = await familleSansDateDeNaissance();
      const { service, appels } = serviceEnEchec(db, ["echec_api"]);
      const commun = { compteId: f.compteId, demandeId: f.demandeId, limiteParJour: 1, maintenant: MAINTENANT };
      await recupererDonneesParSpi(db, service, { ...commun, spi: SPI, dateNaissance: "1986-03-14" });
      await expect(actualiserDonneesParSpi(db, service, commun)).rejects.toMatchObject({
        code: "consultations_epuisees",
      });
      expect(appels).toHaveLength(1);
    });

    it("sans numéro fiscal enregistré : refusé avec un message, aucun accord ni appel", async () => {
      const db = base().prisma;
      const f = await familleSansDateDeNaissance();
      const { service, appels } = serviceEnEchec(db, []);
      await expect(
        actualiserDonneesParSpi(db, service, {
          compteId: f.compteId,
          demandeId: f.demandeId,
          limiteParJour: 5,
          maintenant: MAINTENANT,
        }),
      ).rejects.toMatchObject({ code: "spi_absent" });
      expect(appels).toHaveLength(0);
      expect(await db.consentement.count({ where: { foyerId: f.foyerId } })).toBe(0);
    });

    it("un autre numéro saisi que celui enregistré : données fraîches ; le même : les données gardées peuvent servir", async () => {
      const db = base().prisma;
      const f = await familleSansDateDeNaissance();
      const { service, appels } = serviceEnEchec(db, ["echec_api"]);
      const commun = { compteId: f.compteId, demandeId: f.demandeId, limiteParJour: 5, dateNaissance: "1986-03-14" };
      await recupererDonneesParSpi(db, service, { ...commun, spi: SPI, maintenant: MAINTENANT });
      await recupererDonneesParSpi(db, service, { ...commun, spi: SPI, maintenant: MAINTENANT });
      await recupererDonneesParSpi(db, service, { ...commun, spi: "9876543210987", maintenant: MAINTENANT });
      expect(appels.map((a) => a.demande.actualiser ?? false)).toEqual([false, false, true]);
    });
  });
});
