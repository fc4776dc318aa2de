// Le client HTTP d'API Particulier contre le simulateur (dont chaque réponse est validée contre le contrat) : les
// deux modalités, ce qui est gardé, le rafraîchissement, le 409 réessayé une fois, le 429 dans la vie du jeton, le
// recipient manquant, le journal sans charge utile.
import { describe, expect, it, vi } from "vitest";

import { chargerPopulation } from "@/simulators/population/schema";
import { SCOPES_CNAF, utiliserBancApiParticulier } from "@/tests/support/banc-api-particulier";
import { clientApiParticulierDeTest, panneFois } from "@/tests/support/client-api-particulier";
import { etatCivilDepuisFranceConnect } from "./etat-civil";

const population = chargerPopulation();
const persona = (id: string) => population.personas.find((p) => p.id === id)!;
const b = utiliserBancApiParticulier("2026-03-15");

const fc = (id: string, dureeSecondes = 60) => {
  const { jeton, expireLe } = b.fc.emettre(persona(id), { scopes: SCOPES_CNAF, dureeSecondes });
  return { modalite: "franceconnect" as const, jetonFranceConnect: jeton, jetonExpireLe: expireLe };
};
const identite = (id: string) => ({
  modalite: "identite" as const,
  etatCivil: etatCivilDepuisFranceConnect(persona(id).identite)!,
});

describe("client API Particulier", () => {
  it("modalité FranceConnect : garde fournisseur, valeur, mois de référence et de calcul, allocataires ; rien d'autre", async () => {
    const c = clientApiParticulierDeTest(b);
    const r = await c.api.quotientFamilial({ ...fc("marianne-dupont"), periode: { annee: 2026, mois: 2 } });
    expect(r).toEqual({
      ok: true,
      tentatives: 1,
      enCache: false,
      quotient: {
        fournisseur: "CNAF",
        valeur: 612,
        annee: 2026,
        mois: 2,
        anneeCalcul: 2026,
        moisCalcul: 1,
        allocataires: [
          expect.objectContaining({ nomNaissance: "LEFEVRE", nomUsage: "DUPONT", prenoms: "Marianne Claire" }),
          expect.objectContaining({ nomNaissance: "DUPONT", sexe: "M" }),
        ],
      },
    });
    const requete = c.requetes[0]!;
    expect(requete.entetes.get("authorization")).toMatch(/^Bearer /);
    expect(new URL(requete.url).searchParams.get("recipient")).toBe("00000000100016");
    expect(new URL(requete.url).pathname).toBe("/v3/dss/quotient_familial/france_connect");
  });

  it("modalité identité depuis l'identité FranceConnect : prénoms[], nom de naissance, sexe, pays, commune COG", async () => {
    const c = clientApiParticulierDeTest(b);
    const r = await c.api.quotientFamilial(identite("julien-bernard"));
    expect(r).toMatchObject({ ok: true, quotient: { fournisseur: "CNAF", valeur: 720, mois: 3, moisCalcul: 2 } });
    const q = new URL(c.requetes[0]!.url).searchParams;
    expect(q.getAll("prenoms[]")).toEqual(["Julien"]);
    expect(q.get("nomNaissance")).toBe("BERNARD");
    expect(q.get("sexeEtatCivil")).toBe("M");
    expect(q.get("codeCogInseePaysNaissance")).toBe("99100");
    expect(q.get("codeCogInseeCommuneNaissance")).toBe("33063");
    // Une famille MSA, une personne née à l'étranger (sans commune).
    expect(await c.api.quotientFamilial(identite("eric-lambert"))).toMatchObject({ quotient: { fournisseur: "MSA" } });
    expect(await c.api.quotientFamilial(identite("nadia-faure"))).toMatchObject({
      ok: true,
      quotient: { valeur: 380 },
    });
    expect(new URL(c.requetes[2]!.url).searchParams.has("codeCogInseeCommuneNaissance")).toBe(false);
  });

  it("un rafraîchissement envoie Cache-Control: no-cache ; sinon l'API peut répondre depuis son cache", async () => {
    const c = clientApiParticulierDeTest(b);
    const demande = { ...identite("sophie-martin"), periode: { annee: 2026, mois: 1 } };
    await c.api.quotientFamilial(demande);
    expect(await c.api.quotientFamilial(demande)).toMatchObject({ ok: true, enCache: true });
    expect(await c.api.quotientFamilial({ ...demande, rafraichir: true })).toMatchObject({ ok: true, enCache: false });
    expect(c.requetes[2]!.entetes.get("cache-control")).toBe("no-cache");
    expect(c.requetes[1]!.entetes.get("cache-control")).toBeNull();
  });

  it("409 « requête déjà en cours » : un seul nouvel essai après une pause", async () => {
    const une = clientApiParticulierDeTest(b, { panne: panneFois("statut=409", 1) });
    expect(await une.api.quotientFamilial(identite("jeanne-robert"))).toMatchObject({ ok: true, tentatives: 2 });
    expect(une.attentes).toEqual([1_000]);
    const deux = clientApiParticulierDeTest(b, { panne: panneFois("statut=409", 5) });
    expect(await deux.api.quotientFamilial(identite("jeanne-robert"))).toMatchObject({
      ok: false,
      raison: "requete_en_cours",
      statut: 409,
      code: "00015",
      tentatives: 2,
    });
  });

  it("429 et Retry-After honorés dans la vie du jeton FranceConnect, jamais au-delà", async () => {
    const large = clientApiParticulierDeTest(b, { panne: panneFois("statut=429", 1) });
    expect(await large.api.quotientFamilial(fc("sophie-martin"))).toMatchObject({ ok: true, tentatives: 2 });
    expect(large.attentes[0]).toBeGreaterThanOrEqual(1_000);
    // Jeton à 1,8 s de sa fin : attendre 1 s puis appeler ne tient plus (marge d'une seconde).
    const court = clientApiParticulierDeTest(b, { panne: panneFois("statut=429", 1) });
    expect(await court.api.quotientFamilial(fc("sophie-martin", 1.8))).toMatchObject({
      ok: false,
      raison: "limite_debit",
      code: "00429",
      tentatives: 1,
    });
    expect(court.attentes).toEqual([]);
  });

  it("motifs de domaine : pas de dossier, non référencé, amont indisponible, état civil refusé", async () => {
    const c = clientApiParticulierDeTest(b);
    expect(await c.api.quotientFamilial(fc("henri-de-villiers"))).toMatchObject({
      ok: false,
      raison: "aucun_dossier",
      code: "23003",
    });
    const inconnu = identite("sophie-martin");
    inconnu.etatCivil = { ...inconnu.etatCivil, nomNaissance: "INCONNUE" };
    expect(await c.api.quotientFamilial(inconnu)).toMatchObject({ ok: false, raison: "non_reference", code: "35003" });
    expect(await c.api.quotientFamilial(identite("bruno-marchand"))).toMatchObject({
      ok: false,
      raison: "amont_indisponible",
      code: "37001",
      tentatives: 3,
    });
    const malForme = identite("sophie-martin");
    malForme.etatCivil = { ...malForme.etatCivil, codeCommuneNaissance: null };
    const avant = c.requetes.length;
    expect(await c.api.quotientFamilial(malForme)).toMatchObject({ ok: false, raison: "etat_civil_invalide" });
    expect(c.requetes.length).toBe(avant);
  });

  it("SIRET de la collectivité absent : rien ne part, anomalie du portail signalée avec une alerte", async () => {
    const error = vi.fn();
    const logger = { error, warn: vi.fn(), info: vi.fn() } as never;
    const c = clientApiParticulierDeTest(b, { deps: { siret: async () => null, logger } });
    expect(await c.api.quotientFamilial(fc("marianne-dupont"))).toMatchObject({
      ok: false,
      raison: "recipient_manquant",
      tentatives: 0,
    });
    expect(c.requetes).toHaveLength(0);
    expect(error).toHaveBeenCalledWith(expect.objectContaining({ alerte: "siret_collectivite" }), expect.any(String));
  });

  it("journal des appels : un par essai, sans état civil, jeton ni corps", async () => {
    const c = clientApiParticulierDeTest(b, { panne: panneFois("statut=409", 1) });
    await c.api.quotientFamilial({ ...identite("amelie-roux"), foyerId: "00000000-0000-0000-0000-000000000001" });
    expect(c.journal).toEqual([
      expect.objectContaining({
        ressource: "quotient_familial",
        mode: "identite",
        statutHttp: 409,
        codeErreur: "00015",
        issue: "echec_amont",
        tentative: 1,
      }),
      expect.objectContaining({ statutHttp: 200, codeErreur: null, issue: "succes", tentative: 2 }),
    ]);
    const texte = JSON.stringify(c.journal);
    for (const interdit of ["ROUX", "Amélie", "35238", "demo-jeton", "valeur"]) expect(texte).not.toContain(interdit);
  });
});
