// The shared fictitious population's addresses, resolved against the demo territory, give what its README says.
import { describe, expect, it } from "vitest";

import { chargerPopulation } from "@/simulators/population/schema";
import { resoudreResidence } from "./residence";

const TERRITOIRE = [
  { codeInsee: "00101", nom: "Bellecombe-sur-Lys", codesPostaux: ["00100"] },
  { codeInsee: "00102", nom: "Saint-Amand-de-Lys", codesPostaux: ["00110"] },
  { codeInsee: "00103", nom: "Les Aulnes", codesPostaux: ["00110"] },
];

describe("résidence des foyers de la population fictive", () => {
  const population = chargerPopulation();
  const cas = population.personas.flatMap((p) => {
    const foyer = population.foyersFiscaux.find((f) => f.id === p.foyerFiscal);
    return foyer
      ? Object.entries(foyer.annees).map(([annee, s]) => [`${p.cas} (revenus ${annee})`, p.cas, s.aftDetail] as const)
      : [];
  });

  it.each(cas)("%s", (_nom, casPersona, aft) => {
    const statut = resoudreResidence({ codePostal: aft.getcodePostal, commune: aft.getcommune }, TERRITOIRE).statut;
    const attendu =
      casPersona === "hors_territoire" ? "non_resident" : casPersona === "adresse_ambigue" ? "a_verifier" : "resident";
    expect(statut).toBe(attendu);
  });

  it("la population couvre les trois issues", () => {
    expect(cas.some(([, c]) => c === "hors_territoire") && cas.some(([, c]) => c === "adresse_ambigue")).toBe(true);
  });
});
