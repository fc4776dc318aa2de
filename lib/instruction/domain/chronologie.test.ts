import { describe, expect, it } from "vitest";

import { construireChronologie, type SourcesChronologie } from "./chronologie";

const t = (h: string) => new Date(`2026-09-15T${h}:00Z`);

const vide: SourcesChronologie = {
  dossier: { id: "d1", creeLe: t("08:05") },
  consentements: [],
  appels: [],
  instantanes: [],
  documents: [],
  decisions: [],
  messages: [],
  audit: [],
};

describe("chronologie du dossier", () => {
  it("fusionne les sources dans l'ordre du temps, en français", () => {
    const c = construireChronologie({
      ...vide,
      consentements: [
        {
          id: "c1",
          statut: "retire",
          creeLe: t("08:00"),
          retireLe: t("09:00"),
          donnees: ["RFR", "nombre de parts"],
          fournisseur: "DGFiP",
          anneeRevenus: 2025,
          auteur: "la famille",
        },
      ],
      appels: [
        {
          id: "a1",
          fournisseur: "dgfip",
          ressource: "ir_assiettes",
          mode: "franceconnect",
          anneeRevenus: 2025,
          statutHttp: 503,
          codeErreur: null,
          dureeMs: 812,
          correlationId: "5f0c-corr",
          issue: "echec_amont",
          tentative: 3,
          creeLe: t("08:01"),
        },
      ],
      documents: [
        {
          id: "p1",
          type: "avis_imposition",
          nomFichier: "avis-2025.pdf",
          taille: 250_000,
          creeLe: t("08:30"),
          deposePar: "la famille",
        },
      ],
      instantanes: [
        {
          id: "i1",
          source: "saisie_agent",
          anneeRevenus: 2025,
          recupereLe: t("10:00"),
          situationsMultiples: false,
          saisiPar: "Camille Agent",
          justification: "Avis 2025 déposé",
        },
      ],
      decisions: [
        { id: "x1", type: "validation", motif: "Tout est en ordre", creeLe: t("10:05"), agent: "Camille Agent" },
      ],
      messages: [
        {
          id: "m1",
          deLAgent: true,
          corps: "Merci de déposer votre avis.",
          creeLe: t("08:20"),
          auteur: "Camille Agent",
        },
      ],
      audit: [
        { id: "j1", action: "dossier.prendre", creeLe: t("08:15"), acteur: "Camille Agent" },
        { id: "j2", action: "dossier.valider", creeLe: t("10:05"), acteur: "Camille Agent" },
      ],
    });
    expect(c.map((e) => e.titre)).toEqual([
      "Consentement accordé",
      "Appel DGFiP : service de la DGFiP indisponible",
      "Dossier ouvert pour instruction",
      "Dossier pris en charge",
      "Message envoyé à la famille",
      "Pièce déposée : Avis d'imposition",
      "Consentement retiré",
      "Données fiscales enregistrées (revenus 2025)",
      "Dossier validé",
    ]);
    const appel = c.find((e) => e.genre === "appel");
    expect(appel?.details).toEqual([
      "Ressource : ir_assiettes, mode FranceConnect, revenus 2025",
      "Réponse : HTTP 503",
      "Durée : 812 ms (tentative 3)",
      "Identifiant de corrélation : 5f0c-corr",
    ]);
    expect(c.find((e) => e.genre === "document")?.details).toEqual(["avis-2025.pdf (244 ko)"]);
    expect(c.find((e) => e.genre === "instantane")).toMatchObject({
      auteur: "Camille Agent",
      details: ["Source : saisies par un agent d'après justificatif", "Justification : Avis 2025 déposé"],
    });
  });

  it("un consentement refusé est un seul événement ; une action d'audit inconnue reste visible", () => {
    const c = construireChronologie({
      ...vide,
      consentements: [
        {
          id: "c1",
          statut: "refuse",
          creeLe: t("08:00"),
          retireLe: null,
          donnees: [],
          fournisseur: "DGFiP",
          anneeRevenus: null,
          auteur: null,
        },
      ],
      audit: [{ id: "j1", action: "demande.soumettre", creeLe: t("08:04"), acteur: null }],
    });
    expect(c.map((e) => e.titre)).toEqual([
      "Consentement refusé",
      "Action enregistrée : demande.soumettre",
      "Dossier ouvert pour instruction",
    ]);
  });

  it("à la même minute, l'ordre est stable : le dossier, puis les appels, puis les décisions", () => {
    const c = construireChronologie({
      ...vide,
      decisions: [{ id: "x1", type: "relance_api", motif: "", creeLe: t("08:05"), agent: null }],
      appels: [
        {
          id: "a1",
          fournisseur: "dgfip",
          ressource: "ir_assiettes",
          mode: "spi",
          anneeRevenus: 2025,
          statutHttp: 200,
          codeErreur: null,
          dureeMs: 90,
          correlationId: "c",
          issue: "succes",
          tentative: 1,
          creeLe: t("08:05"),
        },
      ],
    });
    expect(c.map((e) => e.genre)).toEqual(["dossier", "appel", "decision"]);
    expect(c[2]?.details).toEqual([]);
  });
});
