import { describe, expect, it } from "vitest";

import { champsSaisie } from "@/tests/support/saisie-fiscale-de-test";
import { rejet, saisieFiscale, validation } from "./schemas";

const SEPTEMBRE = new Date("2026-09-15T10:00:00Z");
const id = () => crypto.randomUUID();

const saisie = (surcharge: Record<string, string>) => champsSaisie(undefined, { rfr: "48 200", ...surcharge });

describe("formulaire de saisie fiscale (septembre 2026)", () => {
  it.each([
    ["des parts au quart", { nbParts: "2,75" }, null],
    ["des parts au tiers", { nbParts: "2,3" }, "nbParts"],
    ["les revenus 2021", { anneeRevenus: "2021" }, "anneeRevenus"],
    ["les revenus 2026, pas encore déclarés", { anneeRevenus: "2026" }, "anneeRevenus"],
    ["une justification de deux lettres", { justification: "vu" }, "justification"],
    ["aucun justificatif choisi", { documentId: "" }, "documentId"],
    ["un RFR avec centimes", { rfr: "48200,50" }, "rfr"],
    ["une situation inventée", { situationFamille: "Z" }, "situationFamille"],
    ["un code postal à 4 chiffres", { adresseCodePostal: "0010" }, "adresseCodePostal"],
    ["un revenu imposable avec centimes", { revenuImposable: "46272,40" }, "revenuImposable"],
  ])("étant donné %s", (_, surcharge, champEnErreur) => {
    const r = saisieFiscale(() => SEPTEMBRE).safeParse(saisie(surcharge));
    expect(r.success ? null : r.error.issues.map((i) => i.path.join("."))[0]).toBe(champEnErreur);
  });

  it("le RFR tapé avec des espaces devient des euros entiers, les parts une décimale", () => {
    expect(saisieFiscale(() => SEPTEMBRE).parse(saisie({ rfr: "48 200 €", nbParts: "2,5" }))).toMatchObject({
      rfr: 48200,
      nbParts: 2.5,
      anneeRevenus: 2025,
      parentIsole: false,
    });
  });
});

describe("revenu imposable saisi par l'agent (la grille le demande, FranceConnect ne le transmet pas)", () => {
  it("tapé avec des espaces, il devient des euros entiers ; absent, il reste inconnu", () => {
    expect(saisieFiscale(() => SEPTEMBRE).parse(saisie({ revenuImposable: "46 272 €" })).revenuImposable).toBe(46272);
    expect(saisieFiscale(() => SEPTEMBRE).parse(saisie({ revenuImposable: "" })).revenuImposable).toBeNull();
    expect(saisieFiscale(() => SEPTEMBRE).parse(saisie({})).revenuImposable).toBeNull();
  });
});

describe("validation et rejet", () => {
  it("la résidence « selon l'adresse » laisse décider l'adresse fiscale", () => {
    expect(validation.parse({ dossierId: id(), residence: "adresse" }).residence).toBeNull();
    expect(validation.parse({ dossierId: id(), residence: "resident", commentaire: "  " })).toMatchObject({
      residence: "resident",
      commentaire: null,
    });
  });

  it("un rejet sans motif lisible est refusé avec un message en français", () => {
    const r = rejet.safeParse({ dossierId: id(), motif: "non" });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe(
      "Motif du rejet : 10 caractères au moins, pour que la décision soit compréhensible",
    );
  });
});
