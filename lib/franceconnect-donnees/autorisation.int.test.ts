// The data authorization's callback against the real FranceConnect simulator, registered with exactly the scopes of
// the commune's habilitation (DataPass): what comes back (a refusal, a configuration error, an outage, a forged
// state) and which scopes the portal asks. The DGFiP side is replaced by a service that only notes the token.
import { afterAll, beforeAll, beforeEach, expect, it, vi } from "vitest";

import type { DemandeInstantane, ServiceInstantaneFiscal } from "@/lib/fiscal/obtenir-instantane-fiscal";
import { demandeEnCours } from "@/lib/inscriptions/demande.mutation";
import type { Db } from "@/lib/server/database";
import type { Env } from "@/lib/server/env";
import { subPairwise } from "@/simulators/franceconnect/comptes";
import { actionDuFormulaire, Navigateur } from "@/simulators/franceconnect/navigateur-de-test";
import { demarrer, PORTAIL } from "@/simulators/franceconnect/outils-de-test";
import type { SimulateurFranceConnect } from "@/simulators/franceconnect/simulateur";
import { surLesDeuxBases } from "@/tests/support/bases";
import { collectiviteDeDemo, famille, instantane, MAINTENANT } from "@/tests/support/familles";
import { nouvelAdmin } from "@/tests/support/jeu-admin";

const contexte = vi.hoisted(() => ({
  env: null as Env | null,
  appels: [] as DemandeInstantane[],
}));
vi.mock("@/lib/server/env", async (importOriginal) => {
  const reel = await importOriginal<typeof import("@/lib/server/env")>();
  return {
    ...reel,
    env: () => {
      if (!contexte.env) throw new Error("environnement de test non prêt");
      return contexte.env;
    },
  };
});
vi.mock("@/lib/fiscal/application", () => ({
  serviceInstantaneFiscal: async () =>
    ({
      async obtenir(_db: Db, demande: DemandeInstantane) {
        contexte.appels.push(demande);
        return {
          statut: "echec" as const,
          annee: 2025,
          raisons: [],
          reprise: "agent" as const,
          correlationId: null,
          appelsAmont: 1,
          reutilise: false,
        };
      },
    }) as unknown as ServiceInstantaneFiscal,
}));
vi.mock("@/lib/server/log", async () => ({ logger: (await import("@/lib/server/logger")).creerLogger("silent") }));

const { demarrerAutorisationDonnees } = await import("./demarrer");
const { recevoirAutorisationDonnees } = await import("./recevoir");
const { alertesAdministrateurs } = await import("@/lib/audit/alertes.query");
const { modifierCollectivite } = await import("@/lib/collectivite/collectivite.mutation");
const { foyerDuJeton } = await import("@/lib/comptes/jetons.mutation");
const { enregistrerSecondParent, retirerSecondParent } = await import("@/lib/foyers/foyer.mutation");
const { inviterSecondParentParCourriel } = await import("@/lib/inscriptions/inviter-second-parent.mutation");
const { ErreurMetier } = await import("@/lib/server/erreurs");
const { autorisationDuSecondParent, retirerAccordSecondParent } =
  await import("@/lib/consentements/second-parent.mutation");
const { VARIABLES_DE_TEST } = await import("@/tests/support/variables-env");
const { lireEnv } = await import("@/lib/server/env");

/** The data scopes of the current DataPass habilitation (API Impôt particulier, FranceConnect modality). */
const HABILITATION_DATAPASS = [
  "dgfip_rfr",
  "dgfip_nbpart",
  "dgfip_sitfam",
  "dgfip_pac_nbPac",
  "dgfip_pariso",
  "dgfip_aft",
  "dgfip_nmNaiDec1",
  "dgfip_nmUsaDec1",
  "dgfip_prnmDec1",
  "dgfip_dateNaisDec1",
  "dgfip_nmNaiDec2",
  "dgfip_nmUsaDec2",
  "dgfip_prnmDec2",
  "dgfip_dateNaisDec2",
  "dgfip_annee_n_moins_2_si_indispo_n_moins_1",
];
const admin = nouvelAdmin();
const CLAIRE = {
  prenoms: "Claire",
  nom: "PETIT",
  dateNaissance: "1987-05-09",
  email: "claire.petit@exemple.test",
  telephone: null,
  foyerFiscalDistinct: true,
};
const SOPHIE = { ...CLAIRE, prenoms: "Sophie", nom: "MARTIN", dateNaissance: "1990-01-01" };
const RETOUR = "http://localhost:3000/api/franceconnect/donnees/callback";

let sim: SimulateurFranceConnect;
beforeAll(async () => {
  sim = await demarrer({
    clients: {
      fournisseursDeService: [
        {
          client_id: PORTAIL.id,
          client_secret: PORTAIL.secret,
          nom: "Portail Famille",
          redirect_uris: [RETOUR],
          scopes: [
            "openid",
            "identite_pivot",
            "given_name",
            "family_name",
            "birthdate",
            "preferred_username",
            ...HABILITATION_DATAPASS,
          ],
        },
      ],
      fournisseursDeDonnees: [
        {
          client_id: "dgfip-simulateur",
          client_secret: "demo-secret-fd-dgfip-0000000000",
          nom: "DGFiP",
          scopes: ["dgfip_*"],
        },
      ],
    },
  });
  contexte.env = lireEnv({ ...VARIABLES_DE_TEST, FRANCECONNECT_ISSUER: sim.url, PORTAIL_URL: "http://localhost:3000" });
});
afterAll(() => sim?.fermer());
beforeEach(() => {
  contexte.appels = [];
});

surLesDeuxBases("autorisation de données FranceConnect : retour et scopes", (base) => {
  let anneeScolaireId: string;
  beforeAll(async () => {
    ({ anneeScolaireId } = await collectiviteDeDemo(base().prisma));
  });

  /** Marianne Dupont's account (her pairwise sub at the simulator), a draft request, and the flow started. */
  async function demarrerPourMarianne() {
    const db = base().prisma;
    const f = await famille(db);
    const sub = subPairwise(PORTAIL.id, "marianne-dupont");
    await db.compte.updateMany({ where: { franceConnectSub: sub }, data: { franceConnectSub: null } });
    await db.compte.update({ where: { id: f.compteId }, data: { franceConnectSub: sub } });
    const demandeId = await demandeEnCours(db, f.compteId, anneeScolaireId);
    const { url, flux } = await demarrerAutorisationDonnees(
      db,
      { genre: "titulaire", compteId: f.compteId, demandeId, rang: 1 },
      MAINTENANT,
    );
    return { ...f, demandeId, url, flux };
  }

  const retour = (parametres: Record<string, string>) => new URL(`${RETOUR}?${new URLSearchParams(parametres)}`);
  const statutDuConsentement = async (id: string) =>
    (await base().prisma.consentement.findUniqueOrThrow({ where: { id }, select: { statut: true } })).statut;

  it("demande les scopes de l'habilitation DataPass : FranceConnect affiche le consentement, le jeton part à la DGFiP", async () => {
    const d = await demarrerPourMarianne();
    expect(d.url.searchParams.get("scope")!.split(" ")).toContain("dgfip_pac_nbPac");
    expect(d.url.searchParams.get("scope")!.split(" ")).not.toContain("dgfip_nbpac");
    const navigateur = new Navigateur();
    const origine = new URL(sim.url).origin;
    const connexion = await navigateur.suivre(d.url.href, origine);
    const consentement = await navigateur.suivre(actionDuFormulaire(connexion, "/persona"), origine, {
      persona: "marianne-dupont",
    });
    expect(consentement.reponse.status).toBe(200);
    expect(consentement.corps).toContain("Autoriser la transmission de vos données");
    const fin = await navigateur.suivre(actionDuFormulaire(consentement, "/consentement"), origine, { accord: "oui" });
    const r = await recevoirAutorisationDonnees(base().prisma, d.flux, new URL(fin.url), MAINTENANT);
    expect(r).toEqual({ statut: "traitee", issue: "echec" });
    expect(contexte.appels).toHaveLength(1);
    expect(contexte.appels[0]!.acces).toMatchObject({ mode: "franceconnect" });
  });

  it("un scope réglé hors de l'habilitation revient en invalid_scope : ni refus de la famille, ni silence, une alerte pour les administrateurs", async () => {
    const db = base().prisma;
    // The admin lists the old name of the dependants' scope, which the habilitation does not grant.
    const { nom } = await db.collectivite.findUniqueOrThrow({ where: { id: 1 }, select: { nom: true } });
    const saisie = { nom, politiqueAnneeFiscale: "n_moins_1_sinon_n_moins_2" };
    await modifierCollectivite(db, admin, {
      ...saisie,
      scopesFranceConnect: HABILITATION_DATAPASS.slice(0, -1).join("\n") + "\ndgfip_nbpac",
    });
    try {
      const d = await demarrerPourMarianne();
      expect(d.url.searchParams.get("scope")!.split(" ")).toContain("dgfip_nbpac");
      const fin = await new Navigateur().suivre(d.url.href, new URL(sim.url).origin);
      const callback = new URL(fin.url);
      expect(callback.searchParams.get("error")).toBe("invalid_scope");
      const avant = (await alertesAdministrateurs(db, MAINTENANT)).length;
      const r = await recevoirAutorisationDonnees(db, d.flux, callback, MAINTENANT);
      expect(r).toEqual({ statut: "indisponible", motif: "configuration" });
      expect(await statutDuConsentement(d.flux.consentementId)).toBe("accorde");
      const alertes = await alertesAdministrateurs(db, MAINTENANT);
      expect(alertes).toHaveLength(avant + 1);
      expect(alertes[0]).toMatchObject({ code: "franceconnect_configuration", detail: "invalid_scope" });
      expect(contexte.appels).toHaveLength(0);
    } finally {
      await modifierCollectivite(db, admin, { ...saisie, scopesFranceConnect: "" });
    }
  });

  it("annuler chez FranceConnect est le refus de la famille : le consentement le dit", async () => {
    const d = await demarrerPourMarianne();
    const navigateur = new Navigateur();
    const origine = new URL(sim.url).origin;
    const connexion = await navigateur.suivre(d.url.href, origine);
    const consentement = await navigateur.suivre(actionDuFormulaire(connexion, "/persona"), origine, {
      persona: "marianne-dupont",
    });
    const fin = await navigateur.suivre(actionDuFormulaire(consentement, "/annulation"), origine, {});
    expect(new URL(fin.url).searchParams.get("error")).toBe("access_denied");
    const r = await recevoirAutorisationDonnees(base().prisma, d.flux, new URL(fin.url), MAINTENANT);
    expect(r).toEqual({ statut: "refusee" });
    expect(await statutDuConsentement(d.flux.consentementId)).toBe("refuse");
  });

  it.each([
    ["un state qui n'est pas celui envoyé", (s: string) => ({ state: "state-falsifie", iss: s })],
    ["un iss qui n'est pas celui de FranceConnect", () => ({ iss: "http://127.0.0.1:9/api/v2" })],
    ["sans iss", () => ({})],
  ])("un access_denied avec %s n'est pas un refus de la famille", async (_cas, falsifier) => {
    const d = await demarrerPourMarianne();
    const r = await recevoirAutorisationDonnees(
      base().prisma,
      d.flux,
      retour({ error: "access_denied", state: d.flux.state, ...falsifier(sim.url) }),
      MAINTENANT,
    );
    expect(r).toEqual({ statut: "invalide", motif: "reponse" });
    expect(await statutDuConsentement(d.flux.consentementId)).toBe("accorde");
  });

  it.each(["temporarily_unavailable", "server_error"])(
    "une panne de FranceConnect (%s) laisse la famille réessayer : consentement intact, pas d'alerte de configuration",
    async (error) => {
      const d = await demarrerPourMarianne();
      const avant = (await alertesAdministrateurs(base().prisma, MAINTENANT)).length;
      const r = await recevoirAutorisationDonnees(
        base().prisma,
        d.flux,
        retour({ error, state: d.flux.state, iss: sim.url }),
        MAINTENANT,
      );
      expect(r).toEqual({ statut: "indisponible", motif: "panne" });
      expect(await statutDuConsentement(d.flux.consentementId)).toBe("accorde");
      expect(await alertesAdministrateurs(base().prisma, MAINTENANT)).toHaveLength(avant);
    },
  );

  /** Marianne's household with Claire PETIT declared as second parent (own foyer fiscal), and the link sent to her. */
  async function lienPourClaire() {
    const db = base().prisma;
    const f = await famille(db);
    await enregistrerSecondParent(db, f.compteId, CLAIRE);
    const demandeId = await demandeEnCours(db, f.compteId, anneeScolaireId);
    await inviterSecondParentParCourriel(db, {
      compteId: f.compteId,
      demandeId,
      urlPortail: "http://localhost:3000",
      maintenant: MAINTENANT,
    });
    const courriel = await db.courrielSortant.findFirstOrThrow({
      where: { destinataire: CLAIRE.email },
      orderBy: { creeLe: "desc" },
      select: { corps: true },
    });
    const jeton = /jeton=([A-Za-z0-9_-]+)/.exec(courriel.corps ?? "")![1]!;
    return { ...f, demandeId, jeton };
  }

  /** The link's journey as the second parent's browser makes it: the form's POST, then FranceConnect. */
  async function demarrerParLeLien(jeton: string) {
    const foyerId = await foyerDuJeton(base().prisma, "invitation_second_parent", jeton, MAINTENANT);
    if (!foyerId) throw new ErreurMetier("lien_perime", "lien périmé");
    return demarrerAutorisationDonnees(base().prisma, { genre: "invitation", jeton, foyerId }, MAINTENANT);
  }

  it("un refus du second parent consomme le lien : il ne permet plus d'autoriser", async () => {
    const l = await lienPourClaire();
    const { flux } = await demarrerParLeLien(l.jeton);
    const r = await recevoirAutorisationDonnees(
      base().prisma,
      flux,
      retour({ error: "access_denied", state: flux.state, iss: sim.url }),
      MAINTENANT,
    );
    expect(r).toEqual({ statut: "refusee" });
    await expect(demarrerParLeLien(l.jeton)).rejects.toMatchObject({ code: "lien_perime" });
  });

  it("une panne ne consomme pas le lien : le second parent peut réessayer", async () => {
    const l = await lienPourClaire();
    const { flux } = await demarrerParLeLien(l.jeton);
    const r = await recevoirAutorisationDonnees(
      base().prisma,
      flux,
      retour({ error: "temporarily_unavailable", state: flux.state, iss: sim.url }),
      MAINTENANT,
    );
    expect(r).toEqual({ statut: "indisponible", motif: "panne" });
    await expect(demarrerParLeLien(l.jeton)).resolves.toBeDefined();
  });

  it.each([
    ["remplacé par une autre personne", (compteId: string) => enregistrerSecondParent(base().prisma, compteId, SOPHIE)],
    [
      "retiré puis déclaré à nouveau",
      async (compteId: string) => {
        await retirerSecondParent(base().prisma, compteId);
        await enregistrerSecondParent(base().prisma, compteId, CLAIRE);
      },
    ],
  ])("le lien est lié au second parent : %s, il ne vaut plus", async (_cas, changer) => {
    const l = await lienPourClaire();
    await changer(l.compteId);
    await expect(demarrerParLeLien(l.jeton)).rejects.toMatchObject({ code: "lien_perime" });
  });

  it("contrôle : modifier seulement le téléphone du second parent garde le lien", async () => {
    const l = await lienPourClaire();
    await enregistrerSecondParent(base().prisma, l.compteId, { ...CLAIRE, telephone: "0611223344" });
    await expect(demarrerParLeLien(l.jeton)).resolves.toBeDefined();
  });

  /** The second parent's browser from the link to the portal's callback, signed in at FranceConnect as `persona`. */
  async function autoriserParLeLienEnTantQue(jeton: string, persona: string) {
    const { url, flux } = await demarrerParLeLien(jeton);
    const navigateur = new Navigateur();
    const origine = new URL(sim.url).origin;
    const connexion = await navigateur.suivre(url.href, origine);
    const consentement = await navigateur.suivre(actionDuFormulaire(connexion, "/persona"), origine, { persona });
    const fin = await navigateur.suivre(actionDuFormulaire(consentement, "/consentement"), origine, { accord: "oui" });
    return recevoirAutorisationDonnees(base().prisma, flux, new URL(fin.url), MAINTENANT);
  }

  it("par le lien, une identité FranceConnect autre que le second parent déclaré : pas d'appel à la DGFiP, un agent examine", async () => {
    const l = await lienPourClaire();
    const r = await autoriserParLeLienEnTantQue(l.jeton, "sophie-martin");
    expect(r).toEqual({ statut: "identite_a_verifier" });
    expect(contexte.appels).toHaveLength(0);
    const demande = await base().prisma.demande.findUniqueOrThrow({
      where: { id: l.demandeId },
      select: { raisonsEnAttente: true },
    });
    expect(demande.raisonsEnAttente).toContain("identite_divergente");
    // The link is used: it cannot be tried again with yet another identity.
    await expect(demarrerParLeLien(l.jeton)).rejects.toMatchObject({ code: "lien_perime" });
  });

  it("par le lien, le second parent déclaré lui-même : la DGFiP est appelée avec son identité certifiée (contrôle des déclarants)", async () => {
    const l = await lienPourClaire();
    const r = await autoriserParLeLienEnTantQue(l.jeton, "claire-petit");
    expect(r).toEqual({ statut: "traitee", issue: "echec" });
    expect(contexte.appels).toHaveLength(1);
    expect(contexte.appels[0]!.identiteTitulaire).toMatchObject({
      prenoms: "Claire",
      nomNaissance: "PETIT",
      dateNaissance: "1987-05-09",
      certifiee: true,
    });
  });

  it("le second parent retrouve son autorisation par son lien et la retire : ses données sont effacées, pas celles de l'autre foyer", async () => {
    const db = base().prisma;
    const l = await lienPourClaire();
    expect(await autoriserParLeLienEnTantQue(l.jeton, "claire-petit")).toEqual({ statut: "traitee", issue: "echec" });
    const claire = await db.responsableLegal.findUniqueOrThrow({
      where: { foyerId_rang: { foyerId: l.foyerId, rang: 2 } },
      select: { id: true },
    });
    await instantane(db, l.foyerId, claire.id, { rfr: 24_300, nbParts: 1 });
    await instantane(db, l.foyerId, l.responsableId, { rfr: 48_200, nbParts: 3 });
    expect(await autorisationDuSecondParent(db, l.jeton, MAINTENANT)).toMatchObject({
      utilise: true,
      responsableId: claire.id,
      consentement: { statut: "accorde" },
      donnees: { anneeRevenus: 2025 },
    });
    expect(await retirerAccordSecondParent(db, l.jeton, MAINTENANT)).toEqual({ retires: 1, purges: 1 });
    expect(await autorisationDuSecondParent(db, l.jeton, MAINTENANT)).toMatchObject({
      consentement: { statut: "retire" },
      donnees: null,
    });
    expect(await db.instantaneFiscal.count({ where: { foyerId: l.foyerId, responsableId: l.responsableId } })).toBe(1);
    // Someone else's link (or none) withdraws nothing.
    await expect(retirerAccordSecondParent(db, "lien-invente-par-quelqu-un", MAINTENANT)).rejects.toMatchObject({
      code: "lien_perime",
    });
  });
});
