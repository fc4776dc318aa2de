import { describe, expect, it } from "vitest";

import { demarrerBanc, erreurDe, persona, utiliserBanc } from "@/tests/support/banc-dgfip";
import { SCOPES_PORTAIL } from "@/tests/support/franceconnect-checktoken-double";

const SIMPLE = "/situations/ir/assiettes/annrev";
const MULTIPLE = "/situations/ir/assiettes/multiple/annrev";
const b = utiliserBanc("2026-09-15");

const appelFc = (chemin: string, jeton: string) => b.appeler(chemin, { entetes: { "X-FranceConnect-OAuth": jeton } });

describe("simulateur DGFiP, mode FranceConnect", () => {
  it("répond pour le foyer de la personne connectée, avec les seules données des scopes accordés", async () => {
    const { jeton } = b.fc.emettre(persona("marianne-dupont"));
    const res = await appelFc(`${SIMPLE}/2025`, jeton);
    expect(res.status).toBe(200);
    const corps = (await res.json()) as Record<string, unknown>;
    expect(corps).toMatchObject({ rfr: 48200, nbPart: 3, sitFam: "M", pac: { nbPac: 2 }, nmNaiDec1: "LEFEVRE" });
    // No FranceConnect scope serves revenu imposable, and dgfip_nbpac gives the count, not the detail.
    expect(corps).not.toHaveProperty("revImposable");
    expect(corps).not.toHaveProperty("revenuBrutGlobal");
    expect(corps.pac).toEqual({ nbPac: 2 });
  });

  it.each([
    [["dgfip_decl"], ["dateNaisDec1", "dateNaisDec2", "nmNaiDec1", "nmNaiDec2", "nmUsaDec1", "prnmDec1", "prnmDec2"]],
    [
      ["dgfip_pac", "dgfip_rfr"],
      ["pac", "rfr"],
    ],
    [
      ["dgfip_aft", "dgfip_sitfam"],
      ["aft", "aftDetail", "sitFam"],
    ],
  ])("avec les scopes %j, sert exactement %j", async (scopes, champs) => {
    const { jeton } = b.fc.emettre(persona("marianne-dupont"), { scopes: [...scopes, "dgfip_annee_n_moins_1"] });
    const corps = (await (await appelFc(`${SIMPLE}/2025`, jeton)).json()) as Record<string, unknown>;
    expect(Object.keys(corps).sort()).toEqual(champs);
    if (scopes.includes("dgfip_pac")) expect(corps.pac).toEqual({ nbPac: 2, nbPacF: 2 });
  });

  it("vérifie le jeton à chaque appel auprès de checktoken", async () => {
    const avant = b.fc.appelsChecktoken();
    const { jeton } = b.fc.emettre(persona("sophie-martin"));
    await appelFc(`${SIMPLE}/2025`, jeton);
    await appelFc(`${SIMPLE}/2025`, jeton);
    expect(b.fc.appelsChecktoken() - avant).toBe(2);
  });

  it("refuse un jeton FranceConnect expiré au bout de 60 s (401/4012), ou inconnu", async () => {
    const { jeton } = b.fc.emettre(persona("julien-bernard"));
    expect((await appelFc(`${SIMPLE}/2025`, jeton)).status).toBe(200);
    b.fc.avancer(61_000);
    expect(await erreurDe(await appelFc(`${SIMPLE}/2025`, jeton))).toEqual({ statut: 401, code: "4012" });
    expect(await erreurDe(await appelFc(`${SIMPLE}/2025`, "jeton-inconnu"))).toEqual({ statut: 401, code: "4012" });
  });

  it("parents non mariés : chacun son foyer, par sa propre connexion", async () => {
    const julien = (await (await appelFc(`${SIMPLE}/2025`, b.fc.emettre(persona("julien-bernard")).jeton)).json()) as {
      rfr: number;
    };
    const claire = (await (await appelFc(`${SIMPLE}/2025`, b.fc.emettre(persona("claire-petit")).jeton)).json()) as {
      rfr: number;
    };
    expect([julien.rfr, claire.rfr]).toEqual([31500, 24300]);
  });

  it("l'étudiant rattaché et la personne inconnue des impôts ne sont pas déclarants (410/4102)", async () => {
    for (const id of ["lucas-moreau", "nadia-faure"]) {
      expect(await erreurDe(await appelFc(`${SIMPLE}/2025`, b.fc.emettre(persona(id)).jeton))).toEqual({
        statut: 410,
        code: "4102",
      });
    }
  });

  it("refuse sans aucun scope de données DGFiP, ou pour une année que les scopes ne couvrent pas (403/4031)", async () => {
    const sansDonnees = b.fc.emettre(persona("marianne-dupont"), {
      scopes: ["openid", "identite_pivot", "dgfip_annee_n_moins_1"],
    });
    expect(await erreurDe(await appelFc(`${SIMPLE}/2025`, sansDonnees.jeton))).toEqual({ statut: 403, code: "4031" });
    const n1 = b.fc.emettre(persona("marianne-dupont"), { scopes: ["dgfip_rfr", "dgfip_annee_n_moins_1"] });
    expect((await appelFc(`${SIMPLE}/2025`, n1.jeton)).status).toBe(200);
    expect(await erreurDe(await appelFc(`${SIMPLE}/2024`, n1.jeton))).toEqual({ statut: 403, code: "4031" });
  });

  it("« N-2 si N-1 indisponible » : N-2 refusé quand N-1 existe, servi quand le foyer n'a pas N-1", async () => {
    expect((await erreurDe(await appelFc(`${SIMPLE}/2024`, b.fc.emettre(persona("marianne-dupont")).jeton))).code).toBe(
      "4031",
    );
    const benali = b.fc.emettre(persona("karim-benali")).jeton;
    expect((await erreurDe(await appelFc(`${SIMPLE}/2025`, benali))).code).toBe("4101");
    expect((await appelFc(`${SIMPLE}/2024`, benali)).status).toBe(200);
  });

  it("décès : 4103 sur la ressource simple, situation au 31/12 avec le scope décès, deux situations en multiple", async () => {
    const robert = persona("jeanne-robert");
    expect((await erreurDe(await appelFc(`${SIMPLE}/2025`, b.fc.emettre(robert).jeton))).code).toBe("4103");
    const deces = b.fc.emettre(robert, { scopes: [...SCOPES_PORTAIL, "dgfip_annee_df_au_3112_si_deces_ctb_mp"] }).jeton;
    expect(((await (await appelFc(`${SIMPLE}/2025`, deces)).json()) as { sitFam: string }).sitFam).toBe("V");
    const { situationsIR } = (await (await appelFc(`${MULTIPLE}/2025`, b.fc.emettre(robert).jeton)).json()) as {
      situationsIR: { rfr: number }[];
    };
    expect(situationsIR.map((s) => s.rfr)).toEqual([17600, 14200]);
  });

  it("FranceConnect injoignable : 502/5020", async () => {
    const panne = await demarrerBanc("2026-09-15", {
      franceConnect: { issuer: "http://127.0.0.1:9/api/v2", clientId: "x", clientSecret: "y" },
    });
    try {
      expect(
        await erreurDe(await panne.appeler(`${SIMPLE}/2025`, { entetes: { "X-FranceConnect-OAuth": "abc" } })),
      ).toEqual({ statut: 502, code: "5020" });
    } finally {
      await panne.fermer();
    }
  });
});
