import { describe, expect, it } from "vitest";

import { chargerContratApiParticulier } from "@/simulators/api-particulier/contrat";
import { classerReponse, issueDe } from "./classement";
import type { RaisonEchecApiParticulier } from "./port";

const contrat = chargerContratApiParticulier();

/** Ce que chaque code documenté veut dire pour le portail (35003 a deux exemples : le titre tranche). */
const ATTENDU: Record<string, [RaisonEchecApiParticulier | "jeton", string]> = {
  "00101": ["jeton", "non"],
  "00103": ["jeton", "non"],
  "00105": ["jeton", "non"],
  "00100": ["acces_refuse", "non"],
  "00429": ["limite_debit", "limite"],
  "00366": ["etat_civil_invalide", "non"],
  "00203": ["recipient_manquant", "non"],
  "10003": ["aucun_dossier", "non"],
  "23003": ["aucun_dossier", "non"],
  "35003/Allocataire non référencé": ["non_reference", "non"],
  "35003/Erreur inattendue": ["amont_indisponible", "amont"],
  "37999": ["amont_indisponible", "amont"],
  "37002": ["amont_indisponible", "amont"],
  "37001": ["amont_indisponible", "amont"],
  "00501": ["amont_indisponible", "amont"],
  "37004": ["amont_indisponible", "amont"],
  "37008": ["amont_indisponible", "amont"],
  "00015": ["requete_en_cours", "conflit"],
};

describe("classement des réponses d'API Particulier", () => {
  it("le contrat documente bien des erreurs pour les deux modalités", () => {
    expect(contrat.erreurs.filter((e) => e.modalite === "identite").length).toBeGreaterThanOrEqual(17);
    expect(contrat.erreurs.filter((e) => e.modalite === "franceconnect").length).toBeGreaterThanOrEqual(12);
  });

  it.each(contrat.erreurs.map((e) => [`${e.modalite} ${e.statut} ${e.code} (${e.nom})`, e] as const))(
    "chaque code documenté a son motif : %s",
    (_, e) => {
      const attendu = ATTENDU[`${e.code}/${e.titre}`] ?? ATTENDU[e.code];
      expect(attendu, `code ${e.code} non prévu par le portail`).toBeDefined();
      const [raison, reessai] = attendu!;
      const c = classerReponse(e.statut, e.code, e.titre, e.modalite);
      const raisonAttendue =
        raison === "jeton" ? (e.modalite === "franceconnect" ? "jeton_franceconnect" : "jeton_collectivite") : raison;
      expect(c).toEqual({ genre: "echec", raison: raisonAttendue, reessai });
    },
  );

  it("un statut hors contrat ne passe jamais pour un succès ni pour « pas de dossier »", () => {
    expect(classerReponse(500, null, null, "identite")).toEqual({
      genre: "echec",
      raison: "amont_indisponible",
      reessai: "amont",
    });
    expect(classerReponse(302, null, null, "identite")).toMatchObject({ raison: "amont_indisponible", reessai: "non" });
    expect(classerReponse(400, null, null, "franceconnect")).toMatchObject({ raison: "periode_invalide" });
    expect(classerReponse(200, null, null, "franceconnect")).toEqual({ genre: "succes" });
  });

  it("l'issue au journal : pas de dossier ≠ panne ; un jeton de la commune refusé est un accès refusé", () => {
    expect(issueDe("aucun_dossier")).toBe("allocataire_inconnu");
    expect(issueDe("non_reference")).toBe("allocataire_inconnu");
    expect(issueDe("amont_indisponible")).toBe("echec_amont");
    expect(issueDe("jeton_collectivite")).toBe("acces_refuse");
    expect(issueDe("jeton_franceconnect")).toBe("jeton_invalide");
    expect(issueDe(null)).toBe("succes");
  });
});
