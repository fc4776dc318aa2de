// The back-office's server actions as a browser reaches them: the session is read by the action client itself, so
// a citizen's session (or none) must be refused by every action before anything is read or written. The session
// reader and the database handle are replaced at their module boundary; everything else is the real code.
import { beforeAll, describe, expect, it, vi } from "vitest";

import type { Db } from "@/lib/server/database";
import { ETAT_INITIAL } from "@/lib/server/etat-formulaire";
import type { SessionUtilisateur } from "@/lib/server/session";
import { surLesDeuxBases } from "@/tests/support/bases";
import { preparerInstruction, semerDossier, type DossierSeme, type Instruction } from "@/tests/support/dossier-de-test";

const contexte = vi.hoisted(() => ({ session: null as SessionUtilisateur | null, db: null as Db | null }));
vi.mock("@/lib/server/session", () => ({ lireSession: async () => contexte.session }));
vi.mock("@/lib/server/db", () => ({
  db: async () => {
    if (!contexte.db) throw new Error("base de test non branchée");
    return contexte.db;
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
// Actions read the validated configuration (the portal's URL for the family's notification).
vi.mock("@/lib/server/env", async (importOriginal) => {
  const reel = await importOriginal<typeof import("@/lib/server/env")>();
  const { VARIABLES_DE_TEST } = await import("@/tests/support/variables-env");
  const e = reel.lireEnv(VARIABLES_DE_TEST);
  return { ...reel, env: () => e };
});
// The application logger reads the environment when loaded; these tests have none.
vi.mock("@/lib/server/log", async () => ({ logger: (await import("@/lib/server/logger")).creerLogger("silent") }));

const { demanderAutorisationAction } = await import("./demander-autorisation.action");
const { demanderFamilleAction } = await import("./demander-famille.action");
const { envoyerMessageAction } = await import("./envoyer-message.action");
const { libererDossierAction } = await import("./liberer-dossier.action");
const { prendreDossierAction } = await import("./prendre-dossier.action");
const { prendreSuivantAction } = await import("./prendre-suivant.action");
const { rejeterDossierAction } = await import("./rejeter-dossier.action");
const { relancerApiAction } = await import("./relancer-api.action");
const { saisirDonneesFiscalesAction } = await import("./saisir-donnees-fiscales.action");
const { validerDossierAction } = await import("./valider-dossier.action");

function session(compteId: string, role: "citoyen" | "agent" | "admin"): SessionUtilisateur {
  return {
    id: "session-de-test",
    fournisseur: "local",
    idToken: null,
    secondFacteur: role === "citoyen" ? "non_requis" : "verifie",
    compte: {
      id: compteId,
      role,
      prenoms: "Test",
      nomUsage: null,
      nomNaissance: null,
      email: null,
      identiteCertifiee: false,
    },
  };
}

function formulaire(champs: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(champs)) f.set(k, v);
  return f;
}

/** Every action with valid fields for the dossier: a refusal can only come from the session check. */
const ACTIONS = (s: DossierSeme) =>
  [
    ["prendre", prendreDossierAction, { dossierId: s.dossierId }],
    ["libérer", libererDossierAction, { dossierId: s.dossierId }],
    ["dossier suivant", prendreSuivantAction, {}],
    ["valider", validerDossierAction, { dossierId: s.dossierId, residence: "adresse" }],
    ["rejeter", rejeterDossierAction, { dossierId: s.dossierId, motif: "Motif assez long pour être accepté." }],
    [
      "demander à la famille",
      demanderFamilleAction,
      { dossierId: s.dossierId, attendu: "Votre avis 2025", message: "Merci de déposer votre avis d'imposition." },
    ],
    ["message", envoyerMessageAction, { dossierId: s.dossierId, corps: "Bonjour" }],
    ["nouvelle autorisation", demanderAutorisationAction, { dossierId: s.dossierId }],
    [
      "relancer la DGFiP",
      relancerApiAction,
      { dossierId: s.dossierId, responsableId: s.responsableId, numeroFiscal: "3012345678901" },
    ],
    [
      "saisie fiscale",
      saisirDonneesFiscalesAction,
      {
        dossierId: s.dossierId,
        responsableId: s.responsableId,
        documentId: s.documentId ?? "",
        anneeRevenus: String(new Date().getUTCFullYear() - 1),
        rfr: "22032",
        nbParts: "3",
        situationFamille: "M",
        nbPersonnesCharge: "2",
        adresseVoie: "12 rue des Lilas",
        adresseCodePostal: "00100",
        adresseCommune: "Bellecombe-sur-Lys",
        justification: "Avis déposé par la famille, vérifié au guichet.",
      },
    ],
  ] as const;

surLesDeuxBases("actions du back-office", (base) => {
  let i: Instruction;
  let s: DossierSeme;
  const db = () => base().prisma;
  const traces = async () => ({
    dossier: await db().dossier.findUniqueOrThrow({
      where: { id: s.dossierId },
      select: { statut: true, agentId: true, raisons: true, attenduFamille: true },
    }),
    decisions: await db().decision.count({ where: { dossierId: s.dossierId } }),
    messages: await db().message.count({ where: { foyerId: s.foyerId } }),
    audit: await db().journalAudit.count({ where: { cibleId: s.dossierId } }),
    instantanes: await db().instantaneFiscal.count({ where: { foyerId: s.foyerId } }),
    appels: await db().appelAmont.count({ where: { foyerId: s.foyerId } }),
  });

  beforeAll(async () => {
    contexte.db = db();
    i = await preparerInstruction(db());
    s = await semerDossier(db(), i);
  });

  describe.each([
    [
      "une famille connectée",
      "Cette action n'est pas autorisée pour votre compte.",
      () => session(s.titulaireId, "citoyen"),
    ],
    [
      "une session expirée",
      "Votre session a expiré. Reconnectez-vous pour continuer ; rien n'a été enregistré.",
      () => null,
    ],
  ])("%s", (_, refus, quelleSession) => {
    it("chaque action du back-office est refusée et ne touche à rien", async () => {
      contexte.db = db();
      contexte.session = quelleSession();
      const avant = await traces();
      for (const [nom, action, champs] of ACTIONS(s)) {
        const r = await action(ETAT_INITIAL, formulaire(champs));
        expect(r, nom).toMatchObject({ statut: "erreur", message: refus });
      }
      expect(await traces()).toEqual(avant);
    });
  });

  it("témoin : la même action, par un agent, passe (le refus vient bien de la session)", async () => {
    contexte.db = db();
    contexte.session = session(i.agent.id, "agent");
    const r = await envoyerMessageAction(
      ETAT_INITIAL,
      formulaire({ dossierId: s.dossierId, corps: "Bonjour, nous étudions votre dossier." }),
    );
    expect(r).toEqual({ statut: "succes", message: "Le message est envoyé : la famille le lira dans son espace." });
    expect(await db().message.count({ where: { foyerId: s.foyerId, deLAgent: true } })).toBe(1);
  });

  describe("un agent restreint à une autre école que celle du dossier", () => {
    let restreint: string;
    let restreintCommune: string;
    let libre: DossierSeme;
    beforeAll(async () => {
      libre = await semerDossier(db(), i);
      const autre = await db().ecole.create({ data: { nom: "École des Aulnes", communeCodeInsee: "00103" } });
      restreint = (
        await db().compte.create({
          data: {
            role: "agent",
            email: `restreint.${s.dossierId}@exemple.test`,
            perimetreRestreint: true,
            perimetreEcoles: { create: { ecoleId: autre.id } },
          },
        })
      ).id;
      restreintCommune = (
        await db().compte.create({
          data: {
            role: "agent",
            email: `commune.${s.dossierId}@exemple.test`,
            perimetreRestreint: true,
            perimetreCommunes: { create: { communeCodeInsee: i.ecole.communeCodeInsee } },
          },
        })
      ).id;
    });

    it("chaque action hors de son périmètre répond « dossier inexistant » et ne touche à rien", async () => {
      contexte.db = db();
      contexte.session = session(restreint, "agent");
      const avant = await traces();
      for (const [nom, action, champs] of ACTIONS(s)) {
        const r = await action(ETAT_INITIAL, formulaire(champs));
        const attendu =
          nom === "dossier suivant"
            ? "Aucun dossier à traiter et libre ne correspond à ces critères pour le moment."
            : "Ce dossier n'existe pas ou plus.";
        expect(r, nom).toMatchObject({ statut: "erreur", message: attendu });
      }
      expect(await traces()).toEqual(avant);
    });

    it("témoin : un agent restreint à la commune de l'école du dossier agit", async () => {
      contexte.db = db();
      contexte.session = session(restreintCommune, "agent");
      const r = await envoyerMessageAction(
        ETAT_INITIAL,
        formulaire({ dossierId: libre.dossierId, corps: "Bonjour, votre dossier est en cours." }),
      );
      expect(r).toMatchObject({ statut: "succes" });
      await expect(libererDossierAction(ETAT_INITIAL, formulaire({ dossierId: libre.dossierId }))).rejects.toThrow(
        /NEXT_REDIRECT/,
      );
    });
  });

  it("une erreur métier revient en français sur son champ, la saisie est gardée", async () => {
    contexte.db = db();
    contexte.session = session(i.agent.id, "agent");
    const r = await relancerApiAction(
      ETAT_INITIAL,
      formulaire({ dossierId: s.dossierId, responsableId: s.responsableId, numeroFiscal: "12 34" }),
    );
    expect(r).toMatchObject({
      statut: "erreur",
      erreurs: { numeroFiscal: [expect.stringContaining("13 chiffres")] },
      valeurs: { numeroFiscal: "12 34" },
    });
  });
});
