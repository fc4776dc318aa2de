// Getting tax data into a dossier, on both databases: an agent's entry from an uploaded notice, and a retry of the
// DGFiP call in SPI mode against the simulator (real HTTP client, calls logged in AppelAmont).
import { beforeAll, describe, expect, it } from "vitest";

import { retirerConsentements } from "@/lib/consentements/consentement.mutation";
import { creerServiceInstantaneFiscal } from "@/lib/fiscal/obtenir-instantane-fiscal";
import { creerJournalAppelsPostgres } from "@/lib/integrations/dgfip/appel-amont.mutation";
import type { Db } from "@/lib/server/database";
import { persona, utiliserBanc } from "@/tests/support/banc-dgfip";
import { surLesDeuxBases } from "@/tests/support/bases";
import { clientDeTest } from "@/tests/support/client-dgfip";
import { preparerInstruction, semerDossier, type DossierSeme, type Instruction } from "@/tests/support/dossier-de-test";
import { champsSaisie } from "@/tests/support/saisie-fiscale-de-test";
import { chronologieDuDossier } from "./chronologie.query";
import { relancerAppelDgfip } from "./relance-api.mutation";
import { saisirDonneesFiscales } from "./saisie-fiscale.mutation";
import { saisieFiscale } from "./schemas";

const SEPTEMBRE = new Date("2026-09-15T10:00:00Z");
const b = utiliserBanc("2026-09-15");

function service(db: Db, panne?: string) {
  const c = clientDeTest(b, { panne, deps: { journal: creerJournalAppelsPostgres(db) } });
  return creerServiceInstantaneFiscal({ api: c.api, ressourceMultiple: true, maintenant: () => SEPTEMBRE });
}

const MARIANNE = { prenoms: "Marianne Claire", nom: "Lefevre", dateNaissance: "1986-03-14" };

const formulaire = (s: DossierSeme, surcharge: Record<string, string | null> = {}) =>
  champsSaisie(s, {
    rfr: "48 200",
    justification: "Avis 2025 déposé par la famille, conforme à l'original présenté au guichet.",
    ...surcharge,
  });

surLesDeuxBases("données fiscales d'un dossier", (base) => {
  let i: Instruction;
  const db = () => base().prisma;

  beforeAll(async () => {
    i = await preparerInstruction(db());
  });

  describe("saisie par un agent", () => {
    it("crée un instantané « saisie_agent » lié au justificatif, avec la justification et la conservation de la commune", async () => {
      const s = await semerDossier(db(), i);
      const { id } = await saisirDonneesFiscales(
        db(),
        i.agent,
        saisieFiscale(() => SEPTEMBRE).parse(formulaire(s, { nbParts: "2,5", revenuImposable: "46 272" })),
        SEPTEMBRE,
      );
      const instantane = await db().instantaneFiscal.findUniqueOrThrow({ where: { id } });
      expect(instantane).toMatchObject({
        foyerId: s.foyerId,
        responsableId: s.responsableId,
        source: "saisie_agent",
        anneeRevenus: 2025,
        rfr: 48200,
        // The grid may price on it and FranceConnect does not send it: the agent enters it, traced as an entry.
        revenuImposable: 46272,
        situationFamille: "M",
        nbPersonnesCharge: 2,
        parentIsole: false,
        adresseCodePostal: "00100",
        adresseCommune: "Bellecombe-sur-Lys",
        documentId: s.documentId,
        saisiParId: i.agent.id,
        justification: "Avis 2025 déposé par la famille, conforme à l'original présenté au guichet.",
      });
      expect(Number(instantane.nbParts)).toBe(2.5);
      expect(instantane.expireLe.getTime() - SEPTEMBRE.getTime()).toBe(400 * 86_400_000);
      const audit = await db().journalAudit.findFirstOrThrow({
        where: { cibleId: s.dossierId, action: "dossier.saisie_fiscale" },
        select: { details: true },
      });
      expect(audit.details).toEqual({ instantaneId: id, documentId: s.documentId, anneeRevenus: 2025 });
    });

    it("le justificatif ou le déclarant d'une autre famille est refusé, sur son champ", async () => {
      const s = await semerDossier(db(), i);
      const autre = await semerDossier(db(), i, { nom: "Martin" });
      const saisir = (surcharge: Record<string, string | null>) =>
        saisirDonneesFiscales(db(), i.agent, saisieFiscale(() => SEPTEMBRE).parse(formulaire(s, surcharge)), SEPTEMBRE);
      await expect(saisir({ documentId: autre.documentId })).rejects.toMatchObject({
        code: "document_inconnu",
        champ: "documentId",
      });
      await expect(saisir({ responsableId: autre.responsableId })).rejects.toMatchObject({
        code: "declarant_inconnu",
        champ: "responsableId",
      });
      expect(await db().instantaneFiscal.count({ where: { foyerId: s.foyerId } })).toBe(0);
    });
  });

  describe("relance de l'appel DGFiP en mode numéro fiscal", () => {
    it("numéro connu : données obtenues, appel journalisé sans donnée personnelle, décision enregistrée", async () => {
      const s = await semerDossier(db(), i, { identite: MARIANNE, numeroFiscal: persona("marianne-dupont").spi });
      const r = await relancerAppelDgfip(db(), service(db()), i.agent, {
        dossierId: s.dossierId,
        responsableId: s.responsableId,
        numeroFiscal: null,
      });
      expect(r).toEqual({
        obtenu: true,
        message: "Données obtenues de la DGFiP, revenus 2025. Vérifiez-les, puis validez le dossier.",
      });
      expect(
        await db().instantaneFiscal.findFirstOrThrow({
          where: { foyerId: s.foyerId },
          select: { source: true, rfr: true, anneeRevenus: true },
        }),
      ).toEqual({ source: "dgfip_spi", rfr: 48200, anneeRevenus: 2025 });
      const appels = await db().appelAmont.findMany({
        where: { foyerId: s.foyerId, mode: "spi" },
        select: { issue: true, anneeRevenus: true, correlationId: true },
      });
      expect(appels).toEqual([
        { issue: "succes", anneeRevenus: 2025, correlationId: expect.stringMatching(/^[0-9a-f-]{36}$/) },
      ]);
      expect(await db().decision.findFirst({ where: { dossierId: s.dossierId }, select: { type: true } })).toEqual({
        type: "relance_api",
      });
      const audit = await db().journalAudit.findFirstOrThrow({
        where: { cibleId: s.dossierId, action: "dossier.relancer_api" },
        select: { details: true },
      });
      expect(JSON.stringify(audit.details)).not.toContain(persona("marianne-dupont").spi);
    });

    it("numéro lu sur l'avis par l'agent : gardé une fois reconnu par la DGFiP ; identité différente signalée", async () => {
      const s = await semerDossier(db(), i, { nom: "Autre" });
      const r = await relancerAppelDgfip(db(), service(db()), i.agent, {
        dossierId: s.dossierId,
        responsableId: s.responsableId,
        numeroFiscal: "3012 3456 78903",
      });
      expect(r.obtenu).toBe(true);
      expect(r.message).toContain("le titulaire du compte ne figure pas parmi les déclarants");
      expect((await db().responsableLegal.findUniqueOrThrow({ where: { id: s.responsableId } })).numeroFiscal).toBe(
        "3012345678903",
      );
      expect((await db().dossier.findUniqueOrThrow({ where: { id: s.dossierId } })).raisons).toEqual([
        "echec_api",
        "identite_divergente",
      ]);
    });

    it("numéro inconnu de la DGFiP : dit en français, motif ajouté, numéro non gardé", async () => {
      const s = await semerDossier(db(), i);
      const r = await relancerAppelDgfip(db(), service(db()), i.agent, {
        dossierId: s.dossierId,
        responsableId: s.responsableId,
        numeroFiscal: persona("nadia-faure").spi,
      });
      expect(r).toEqual({
        obtenu: false,
        message: "La DGFiP ne connaît pas ce numéro fiscal : vérifiez-le sur l'avis d'imposition.",
      });
      expect(
        (await db().responsableLegal.findUniqueOrThrow({ where: { id: s.responsableId } })).numeroFiscal,
      ).toBeNull();
      expect((await db().dossier.findUniqueOrThrow({ where: { id: s.dossierId } })).raisons).toEqual([
        "echec_api",
        "spi_inconnu",
      ]);
    });

    it("DGFiP en panne : « réessayez plus tard », la tentative est tracée", async () => {
      const s = await semerDossier(db(), i, { numeroFiscal: persona("sophie-martin").spi });
      const r = await relancerAppelDgfip(db(), service(db(), "statut=503"), i.agent, {
        dossierId: s.dossierId,
        responsableId: s.responsableId,
        numeroFiscal: null,
      });
      expect(r).toEqual({
        obtenu: false,
        message: "La DGFiP ne répond pas pour le moment (panne ou quota). Réessayez plus tard.",
      });
      expect(
        await db().appelAmont.count({ where: { foyerId: s.foyerId, mode: "spi", issue: "echec_amont" } }),
      ).toBeGreaterThan(0);
      expect(await db().instantaneFiscal.count({ where: { foyerId: s.foyerId } })).toBe(0);
    });

    it("sans numéro connu ni saisi, ou un numéro mal formé : refus sur le champ, aucun appel", async () => {
      const s = await semerDossier(db(), i);
      const relancer = (numeroFiscal: string | null) =>
        relancerAppelDgfip(db(), service(db()), i.agent, {
          dossierId: s.dossierId,
          responsableId: s.responsableId,
          numeroFiscal,
        });
      await expect(relancer(null)).rejects.toMatchObject({ code: "spi_absent", champ: "numeroFiscal" });
      await expect(relancer("12345")).rejects.toMatchObject({
        code: "spi_invalide",
        champ: "numeroFiscal",
        message: expect.stringContaining("13 chiffres"),
      });
      expect(await db().appelAmont.count({ where: { foyerId: s.foyerId, mode: "spi" } })).toBe(0);
    });

    it("un dossier pris par un collègue : la relance est refusée avant tout appel", async () => {
      const s = await semerDossier(db(), i, {
        agentId: i.collegue.id,
        statut: "en_cours",
        numeroFiscal: persona("marianne-dupont").spi,
      });
      await expect(
        relancerAppelDgfip(db(), service(db()), i.agent, {
          dossierId: s.dossierId,
          responsableId: s.responsableId,
          numeroFiscal: null,
        }),
      ).rejects.toMatchObject({ code: "dossier_pris" });
      expect(await db().appelAmont.count({ where: { foyerId: s.foyerId, mode: "spi" } })).toBe(0);
    });

    describe("l'accord de la famille lie aussi les agents", () => {
      const BASE_LEGALE =
        "Article L. 114-8 du CRPA : échange de données entre administrations, famille informée au guichet le 14/09.";

      async function dossierSansAccord(statut: "retire" | "refuse") {
        const s = await semerDossier(db(), i, { identite: MARIANNE, numeroFiscal: persona("marianne-dupont").spi });
        if (statut === "retire")
          await db().consentement.updateMany({ where: { foyerId: s.foyerId }, data: { statut: "retire" } });
        else
          await db().consentement.create({
            data: {
              foyerId: s.foyerId,
              responsableId: s.responsableId,
              statut: "refuse",
              donnees: ["RFR"],
              finalite: "Tarification",
              creeLe: new Date(),
            },
          });
        return s;
      }

      for (const statut of ["retire", "refuse"] as const)
        it(`accord ${statut === "retire" ? "retiré" : "refusé"} : relance refusée sur le champ de la base légale, aucun appel`, async () => {
          const s = await dossierSansAccord(statut);
          await expect(
            relancerAppelDgfip(db(), service(db()), i.agent, {
              dossierId: s.dossierId,
              responsableId: s.responsableId,
              numeroFiscal: null,
              baseLegale: null,
            }),
          ).rejects.toMatchObject({ code: "accord_absent", champ: "baseLegale" });
          expect(await db().appelAmont.count({ where: { foyerId: s.foyerId, mode: "spi" } })).toBe(0);
          expect(await db().decision.count({ where: { dossierId: s.dossierId } })).toBe(0);
        });

      it("sans accord, avec la base légale invoquée : appel fait, base légale dans la chronologie et au journal", async () => {
        const s = await dossierSansAccord("retire");
        const r = await relancerAppelDgfip(db(), service(db()), i.agent, {
          dossierId: s.dossierId,
          responsableId: s.responsableId,
          numeroFiscal: null,
          baseLegale: BASE_LEGALE,
        });
        expect(r.obtenu).toBe(true);
        const dossier = await db().dossier.findUniqueOrThrow({ where: { id: s.dossierId } });
        const evenements = await chronologieDuDossier(db(), {
          id: dossier.id,
          creeLe: dossier.creeLe,
          foyerId: s.foyerId,
          demandeId: dossier.demandeId,
        });
        expect(JSON.stringify(evenements)).toContain(`Base légale invoquée : ${BASE_LEGALE}`);
        const audit = await db().journalAudit.findFirstOrThrow({
          where: { cibleId: s.dossierId, action: "dossier.relancer_api" },
          select: { details: true },
        });
        expect(audit.details).toMatchObject({ baseLegale: true });
      });

      it("une base légale trop courte pour être vérifiable est refusée", async () => {
        const s = await dossierSansAccord("retire");
        await expect(
          relancerAppelDgfip(db(), service(db()), i.agent, {
            dossierId: s.dossierId,
            responsableId: s.responsableId,
            numeroFiscal: null,
            baseLegale: "loi",
          }),
        ).rejects.toMatchObject({ code: "accord_absent", champ: "baseLegale" });
        expect(await db().appelAmont.count({ where: { foyerId: s.foyerId, mode: "spi" } })).toBe(0);
      });

      it("le retrait de l'accord efface le numéro fiscal gardé pour les relances", async () => {
        const s = await semerDossier(db(), i, { identite: MARIANNE, numeroFiscal: persona("marianne-dupont").spi });
        await retirerConsentements(db(), s.foyerId, s.titulaireId, new Date());
        expect(
          await db().responsableLegal.findMany({ where: { foyerId: s.foyerId }, select: { numeroFiscal: true } }),
        ).toEqual([{ numeroFiscal: null }]);
      });
    });
  });
});
