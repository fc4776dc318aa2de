// The fiscal snapshot service end to end: real HTTP client, DGFiP simulator (FranceConnect checktoken double),
// both databases. Year policy and fallback, reuse (once per foyer and year), complex cases, failures as dossier
// reasons, identity check.
import { beforeAll, describe, expect, it } from "vitest";

import type { Db } from "@/lib/server/database";
import { demarrerBanc, persona, utiliserBanc } from "@/tests/support/banc-dgfip";
import { surLesDeuxBases } from "@/tests/support/bases";
import { clientDeTest } from "@/tests/support/client-dgfip";
import { creerServiceInstantaneFiscal } from "./obtenir-instantane-fiscal";

const SEPTEMBRE = new Date("2026-09-15T10:00:00Z");
const b = utiliserBanc("2026-09-15");

async function preparer(db: Db, politique: "n_moins_1_sinon_n_moins_2" | "n_moins_1" = "n_moins_1_sinon_n_moins_2") {
  await db.collectivite.upsert({
    where: { id: 1 },
    create: { nom: "Bellecombe-sur-Lys", politiqueAnneeFiscale: politique, conservationFiscaleJours: 400 },
    update: { politiqueAnneeFiscale: politique },
  });
  for (const [anneeRevenus, jour] of [
    [2024, "2025-07-23"],
    [2025, "2026-07-22"],
  ] as const) {
    await db.calendrierTaxation.upsert({
      where: { ressource_anneeRevenus: { ressource: "ir_assiettes", anneeRevenus } },
      create: { anneeRevenus, dateTaxation: new Date(`${jour}T00:00:00Z`) },
      update: {},
    });
  }
}

function service(options: Parameters<typeof clientDeTest>[1] = {}, ressourceMultiple = true, maintenant = SEPTEMBRE) {
  const c = clientDeTest(b, options);
  return { c, s: creerServiceInstantaneFiscal({ api: c.api, ressourceMultiple, maintenant: () => maintenant }) };
}

const spi = (id: string) => ({ mode: "spi" as const, spi: persona(id).spi });
/** The persona's own identity, certified by FranceConnect: its SPI answer is its own. */
const certifiee = (id: string) => {
  const { given_name, family_name, birthdate } = persona(id).identite;
  return { prenoms: given_name, nomNaissance: family_name, dateNaissance: birthdate, certifiee: true };
};
const fc = (id: string) => {
  const { jeton, expireLe } = b.fc.emettre(persona(id));
  return { mode: "franceconnect" as const, jetonFranceConnect: jeton, jetonExpireLe: expireLe };
};

surLesDeuxBases("instantané fiscal", (base) => {
  const nouveauFoyer = async () => ({
    foyerId: (await base().prisma.foyer.create({ data: {} })).id,
    responsableId: null,
  });

  beforeAll(async () => preparer(base().prisma));

  describe("obtention, conservation, réutilisation", () => {
    it("étant donné le SPI des Dupont en septembre 2026 : revenus 2025, le nécessaire gardé, expiration à 400 jours", async () => {
      const { s } = service();
      const cle = await nouveauFoyer();
      const r = await s.obtenir(base().prisma, { ...cle, acces: spi("marianne-dupont") });
      expect(r).toMatchObject({
        statut: "obtenu",
        anneeDemandee: 2025,
        repli: false,
        appelsAmont: 1,
        reutilise: false,
      });
      if (r.statut !== "obtenu") return;
      expect(r.instantane).toMatchObject({
        source: "dgfip_spi",
        anneeRevenus: 2025,
        rfr: 48200,
        revenuImposable: 46272,
        nbParts: 3,
        situationFamille: "M",
        nbPersonnesCharge: 2,
        parentIsole: false,
        adresse: { codePostal: "00100", commune: "BELLECOMBE SUR LYS" },
        situationsMultiples: false,
      });
      expect(r.instantane.declarants.map((d) => d.prenoms)).toEqual(["Marianne Claire", "Pierre"]);
      expect(r.instantane.correlationId).toMatch(/^[0-9a-f-]{36}$/);
      expect(r.instantane.expireLe.getTime() - SEPTEMBRE.getTime()).toBe(400 * 24 * 3600 * 1000);
    });

    it("deux enfants, trois activités : six demandes simultanées puis une septième, un seul appel amont", async () => {
      const { s, c } = service();
      const cle = await nouveauFoyer();
      const issues = await Promise.all(
        Array.from({ length: 6 }, () =>
          s.obtenir(base().prisma, {
            ...cle,
            acces: spi("sophie-martin"),
            identiteTitulaire: certifiee("sophie-martin"),
          }),
        ),
      );
      const apres = await s.obtenir(base().prisma, {
        ...cle,
        acces: spi("sophie-martin"),
        identiteTitulaire: certifiee("sophie-martin"),
      });
      expect([...issues, apres].every((r) => r.statut === "obtenu")).toBe(true);
      expect(c.requetes).toHaveLength(1);
      expect(apres).toMatchObject({ reutilise: true, appelsAmont: 0 });
      expect(await base().prisma.instantaneFiscal.count({ where: { foyerId: cle.foyerId } })).toBe(1);
    });

    it("la famille actualise : un nouvel appel même quand un instantané de l'année est gardé", async () => {
      const { c, s } = service();
      const cle = await nouveauFoyer();
      const demande = { ...cle, acces: spi("sophie-martin"), identiteTitulaire: certifiee("sophie-martin") };
      const avant = await s.obtenir(base().prisma, demande);
      const apres = await s.obtenir(base().prisma, { ...demande, actualiser: true });
      expect(avant).toMatchObject({ statut: "obtenu", reutilise: false, appelsAmont: 1 });
      expect(apres).toMatchObject({ statut: "obtenu", reutilise: false, appelsAmont: 1 });
      expect(c.requetes).toHaveLength(2);
      expect(await base().prisma.instantaneFiscal.count({ where: { foyerId: cle.foyerId } })).toBe(2);
    });

    it("parents non mariés : deux foyers fiscaux, deux instantanés pour le même foyer du portail", async () => {
      const { s } = service();
      const { foyerId } = await nouveauFoyer();
      const [r1, r2] = await Promise.all(
        (["julien-bernard", "claire-petit"] as const).map(async (id, i) => {
          const responsable = await base().prisma.responsableLegal.create({
            data: { foyerId, rang: i + 1, prenoms: "x", nom: "x", foyerFiscalDistinct: i === 1 },
          });
          return s.obtenir(base().prisma, { foyerId, responsableId: responsable.id, acces: fc(id) });
        }),
      );
      expect([r1?.statut === "obtenu" && r1.instantane.rfr, r2?.statut === "obtenu" && r2.instantane.rfr]).toEqual([
        31500, 24300,
      ]);
    });
  });

  describe("année : politique, calendrier, repli", () => {
    it("revenus 2025 pas encore taxés pour ce foyer : repli sur 2024, deux appels, l'année obtenue est dite", async () => {
      const { s } = service();
      const r = await s.obtenir(base().prisma, { ...(await nouveauFoyer()), acces: spi("karim-benali") });
      expect(r).toMatchObject({
        statut: "obtenu",
        anneeDemandee: 2025,
        repli: true,
        appelsAmont: 2,
        instantane: { anneeRevenus: 2024, rfr: 27600 },
      });
    });

    it("le repli est réutilisé le jour même, puis l'année préférée est redemandée", async () => {
      const cle = await nouveauFoyer();
      const premier = service();
      await premier.s.obtenir(base().prisma, {
        ...cle,
        acces: spi("karim-benali"),
        identiteTitulaire: certifiee("karim-benali"),
      });
      const memeJour = service({}, true, new Date(SEPTEMBRE.getTime() + 3600_000));
      expect(
        await memeJour.s.obtenir(base().prisma, {
          ...cle,
          acces: spi("karim-benali"),
          identiteTitulaire: certifiee("karim-benali"),
        }),
      ).toMatchObject({
        reutilise: true,
        appelsAmont: 0,
      });
      const lendemain = service({}, true, new Date(SEPTEMBRE.getTime() + 25 * 3600_000));
      expect(
        await lendemain.s.obtenir(base().prisma, {
          ...cle,
          acces: spi("karim-benali"),
          identiteTitulaire: certifiee("karim-benali"),
        }),
      ).toMatchObject({
        reutilise: false,
        appelsAmont: 2,
      });
    });

    it("en mars 2026, avant la taxation, 2024 est demandée d'emblée (pas un appel perdu sur 2025)", async () => {
      const mars = await demarrerBanc("2026-03-10");
      try {
        const c = clientDeTest(mars);
        const s = creerServiceInstantaneFiscal({
          api: c.api,
          ressourceMultiple: true,
          maintenant: () => new Date("2026-03-10T10:00:00Z"),
        });
        const r = await s.obtenir(base().prisma, { ...(await nouveauFoyer()), acces: spi("marianne-dupont") });
        expect(r).toMatchObject({
          statut: "obtenu",
          anneeDemandee: 2024,
          repli: false,
          appelsAmont: 1,
          instantane: { anneeRevenus: 2024, rfr: 46900 },
        });
      } finally {
        await mars.fermer();
      }
    });
  });

  describe("cas complexes et échecs", () => {
    it.each([true, false])(
      "décès dans l'année (ressource multiple : %s) : cas complexe signalé, aucune donnée devinée",
      async (multiple) => {
        const { s } = service({}, multiple);
        const r = await s.obtenir(base().prisma, { ...(await nouveauFoyer()), acces: spi("jeanne-robert") });
        expect(r).toMatchObject({ statut: "cas_complexe", raisons: ["situations_multiples"], appelsAmont: 1 });
        if (r.statut === "cas_complexe")
          expect(r.instantane).toMatchObject({
            anneeRevenus: 2025,
            situationsMultiples: true,
            rfr: null,
            nbParts: null,
            declarants: [],
          });
      },
    );

    it.each([
      ["nadia-faure", "spi", ["spi_inconnu"], "agent"],
      // SPI connu, aucune déclaration pour des années que le calendrier dit taxées : pas déclarant (étudiant
      // rattaché au foyer de ses parents), et non « année indisponible ».
      ["lucas-moreau", "spi", ["non_declarant"], "agent"],
      ["lucas-moreau", "franceconnect", ["non_declarant"], "agent"],
    ] as const)(
      "étant donné %s en mode %s : raisons %j, reprise %s, rien de stocké",
      async (id, mode, raisons, reprise) => {
        const { s } = service();
        const cle = await nouveauFoyer();
        const r = await s.obtenir(base().prisma, { ...cle, acces: mode === "spi" ? spi(id) : fc(id) });
        expect(r).toMatchObject({ statut: "echec", raisons, reprise });
        expect(await base().prisma.instantaneFiscal.count({ where: { foyerId: cle.foyerId } })).toBe(0);
      },
    );

    it("panne de la DGFiP : en mode SPI un job reprendra ; en mode FranceConnect la famille doit réautoriser", async () => {
      const { s } = service({ panne: "statut=503" });
      expect(
        await s.obtenir(base().prisma, { ...(await nouveauFoyer()), acces: spi("marianne-dupont") }),
      ).toMatchObject({ statut: "echec", annee: 2025, raisons: ["echec_api"], reprise: "job", appelsAmont: 3 });
      expect(await s.obtenir(base().prisma, { ...(await nouveauFoyer()), acces: fc("marianne-dupont") })).toMatchObject(
        {
          statut: "echec",
          raisons: ["echec_api", "autorisation_a_renouveler"],
          reprise: "nouvelle_autorisation",
        },
      );
    });

    it("jeton FranceConnect expiré : autorisation à renouveler", async () => {
      const { s } = service();
      const acces = fc("marianne-dupont");
      b.fc.avancer(61_000);
      expect(await s.obtenir(base().prisma, { ...(await nouveauFoyer()), acces })).toMatchObject({
        statut: "echec",
        raisons: ["autorisation_a_renouveler"],
        reprise: "nouvelle_autorisation",
      });
    });
  });

  describe("mode FranceConnect et contrôle d'identité", () => {
    it("mode FranceConnect : source dgfip_franceconnect, pas de revenu imposable, identité du titulaire concordante", async () => {
      const { s } = service();
      const r = await s.obtenir(base().prisma, {
        ...(await nouveauFoyer()),
        acces: fc("marianne-dupont"),
        identiteTitulaire: {
          prenoms: "Marianne Claire",
          nomNaissance: "LEFEVRE",
          nomUsage: "DUPONT",
          dateNaissance: "1986-03-14",
          certifiee: true,
        },
      });
      expect(r).toMatchObject({
        statut: "obtenu",
        identite: "concordante",
        raisons: [],
        instantane: { source: "dgfip_franceconnect", rfr: 48200, revenuImposable: null },
      });
    });

    it("SPI d'un autre foyer que celui du titulaire : identité divergente", async () => {
      const { s } = service();
      const r = await s.obtenir(base().prisma, {
        ...(await nouveauFoyer()),
        acces: spi("henri-de-villiers"),
        identiteTitulaire: { prenoms: "Sophie", nomNaissance: "MARTIN", dateNaissance: "1990-07-21", certifiee: true },
      });
      expect(r).toMatchObject({ statut: "obtenu", identite: "divergente", raisons: ["identite_divergente"] });
    });
  });

  describe("numéro fiscal : les données ne vont qu'à une identité certifiée concordante (issue 10)", () => {
    const MARIANNE = {
      prenoms: "Marianne Claire",
      nomNaissance: "LEFEVRE",
      nomUsage: "DUPONT",
      dateNaissance: "1986-03-14",
    };
    const aVerifier = async (id: string) =>
      (await base().prisma.instantaneFiscal.findUniqueOrThrow({ where: { id } })).aVerifier;

    it.each([
      [
        "un compte local au nom inventé",
        { prenoms: "Jean", nomNaissance: "ESCROC", dateNaissance: "1980-01-01", certifiee: false },
        "identite_divergente",
      ],
      [
        "un compte local qui recopie l'identité des déclarants",
        { ...MARIANNE, certifiee: false },
        "identite_non_verifiee",
      ],
      [
        "une identité certifiée à date de naissance présumée",
        { ...MARIANNE, dateNaissance: "1986-03-00", certifiee: true },
        "identite_non_verifiee",
      ],
      ["un appel sans identité du titulaire", undefined, "identite_non_verifiee"],
    ] as const)(
      "étant donné %s qui saisit le SPI des Dupont : réponse réservée aux agents",
      async (_, titulaire, raison) => {
        const { s } = service();
        const r = await s.obtenir(base().prisma, {
          ...(await nouveauFoyer()),
          acces: spi("marianne-dupont"),
          identiteTitulaire: titulaire,
        });
        expect(r).toMatchObject({ statut: "obtenu", raisons: [raison] });
        expect(r.statut === "obtenu" && (await aVerifier(r.instantane.id))).toBe(true);
      },
    );

    it("une identité certifiée concordante : réponse retenue pour la famille", async () => {
      const { s } = service();
      const r = await s.obtenir(base().prisma, {
        ...(await nouveauFoyer()),
        acces: spi("marianne-dupont"),
        identiteTitulaire: { ...MARIANNE, certifiee: true },
      });
      expect(r).toMatchObject({ statut: "obtenu", identite: "concordante", raisons: [] });
      expect(r.statut === "obtenu" && (await aVerifier(r.instantane.id))).toBe(false);
    });

    it("une réponse réservée aux agents n'est pas réutilisée : un autre numéro saisi donne un nouvel appel", async () => {
      const { s } = service();
      const cle = await nouveauFoyer();
      const titulaire = { prenoms: "Jean", nomNaissance: "ESCROC", dateNaissance: "1980-01-01", certifiee: false };
      await s.obtenir(base().prisma, { ...cle, acces: spi("marianne-dupont"), identiteTitulaire: titulaire });
      const r = await s.obtenir(base().prisma, {
        ...cle,
        acces: spi("henri-de-villiers"),
        identiteTitulaire: titulaire,
      });
      expect(r).toMatchObject({ statut: "obtenu", reutilise: false });
    });
  });
});
