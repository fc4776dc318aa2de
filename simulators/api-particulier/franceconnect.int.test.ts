// De bout en bout entre les deux simulateurs : le vrai simulateur FranceConnect accorde les scopes cnaf_* au portail
// (consentement de la famille), et le simulateur API Particulier, fournisseur de données enregistré chez lui,
// reconnaît la personne par checktoken et sert le quotient de son dossier ; le client du portail le lit.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { creerClientApiParticulier } from "@/lib/integrations/api-particulier/client-http";
import { REGLAGES_PAR_DEFAUT } from "@/lib/integrations/api-particulier/config";
import { simulateurPartage } from "../franceconnect/cadre-de-test";
import { actionDuFormulaire, Navigateur } from "../franceconnect/navigateur-de-test";
import { demandeAutorisation, echangerCode, PORTAIL, seConnecter } from "../franceconnect/outils-de-test";
import { configParDefaut, JETON_DEMO } from "./config";
import { demarrerSimulateurApiParticulier, type SimulateurApiParticulier } from "./serveur";

const t = simulateurPartage();
let ap: SimulateurApiParticulier | undefined;
beforeAll(async () => {
  ap = await demarrerSimulateurApiParticulier(
    configParDefaut({
      port: 0,
      franceConnect: {
        issuer: t.sim.url,
        clientId: "api-particulier-simulateur",
        clientSecret: "demo-secret-fd-api-particulier-0",
      },
    }),
  );
});
afterAll(() => ap?.fermer());

/** La famille se connecte, autorise les données CAF, et le portail reçoit le jeton d'accès (60 s). */
async function jetonCaf(persona: string, scope: string) {
  const navigateur = new Navigateur();
  await seConnecter(navigateur, demandeAutorisation(t.config), { persona });
  const demande = demandeAutorisation(t.config, PORTAIL, {
    redirect_uri: "http://localhost:3000/api/franceconnect/donnees/callback",
    scope,
  });
  const page = await navigateur.suivre(demande.url, t.origine);
  expect(page.corps).toContain("Autoriser la transmission de vos données");
  const retour = await navigateur.suivre(actionDuFormulaire(page, "/consentement"), t.origine, { accord: "oui" });
  const jetons = await echangerCode(t.config, retour.url, demande);
  return { jeton: jetons.access_token, expireLe: new Date(Date.now() + (jetons.expires_in ?? 60) * 1000) };
}

const client = () =>
  creerClientApiParticulier(
    { ...REGLAGES_PAR_DEFAUT, urlApi: ap!.url, jetonCollectivite: JETON_DEMO },
    { siret: async () => "00000000100016" },
  );

describe("FranceConnect accorde les scopes cnaf_* ; API Particulier sert le quotient de la personne connectée", () => {
  it("Marianne Dupont autorise cnaf_quotient_familial et cnaf_allocataires : QF CNAF 612", async () => {
    const { jeton, expireLe } = await jetonCaf("marianne-dupont", "openid cnaf_quotient_familial cnaf_allocataires");
    const r = await client().quotientFamilial({
      modalite: "franceconnect",
      jetonFranceConnect: jeton,
      jetonExpireLe: expireLe,
    });
    expect(r).toMatchObject({ ok: true, quotient: { fournisseur: "CNAF", valeur: 612 } });
  });

  it("sans cnaf_quotient_familial dans l'autorisation : accès refusé (403 00100)", async () => {
    const { jeton, expireLe } = await jetonCaf("eric-lambert", "openid cnaf_allocataires");
    const r = await client().quotientFamilial({
      modalite: "franceconnect",
      jetonFranceConnect: jeton,
      jetonExpireLe: expireLe,
    });
    expect(r).toMatchObject({ ok: false, raison: "acces_refuse", code: "00100" });
  });
});
