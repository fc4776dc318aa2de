// Several situations in the year (death, PACS, divorce) through the client, in both modes (issue 15, point 10): the
// `multiple` resource gives each period with its dates; the single resource answers 4103, or with the habilitation
// scope `dgfip_annee_df_au_3112_si_deces_ctb_mp` the situation at 31/12 after a death.
import { describe, expect, it } from "vitest";

import { persona, utiliserBanc } from "@/tests/support/banc-dgfip";
import { clientDeTest } from "@/tests/support/client-dgfip";

const b = utiliserBanc("2026-09-15");
const SCOPES = ["dgfip_rfr", "dgfip_nbpart", "dgfip_sitfam", "dgfip_pac_nbPac", "dgfip_annee_n_moins_1"];

const spi = (id: string) => ({ mode: "spi" as const, spi: persona(id).spi, annee: 2025 });
const fc = (id: string, scopes = SCOPES) => {
  const { jeton, expireLe } = b.fc.emettre(persona(id), { scopes });
  return { mode: "franceconnect" as const, jetonFranceConnect: jeton, jetonExpireLe: expireLe, annee: 2025 };
};

describe("client DGFiP : plusieurs situations dans l'année", () => {
  it.each([
    [
      "jeanne-robert",
      [
        ["M", "2025-01-01", "2025-06-14"],
        ["V", "2025-06-15", "2025-12-31"],
      ],
    ],
    [
      "camille-lefort",
      [
        ["C", "2025-01-01", "2025-05-16"],
        ["O", "2025-05-17", "2025-12-31"],
      ],
    ],
    [
      "stephane-roussel",
      [
        ["M", "2025-01-01", "2025-03-31"],
        ["D", "2025-04-01", "2025-12-31"],
      ],
    ],
  ])("%s : la ressource multiple rend chaque période avec ses dates, dans les deux modes", async (id, attendu) => {
    const { api } = clientDeTest(b);
    for (const d of [spi(id), fc(id)]) {
      const r = await api.situationsIr({ ...d, multiple: true });
      expect(r.ok && r.situations.map((s) => [s.sitFam, s.dateDebutPeriode, s.dateFinPeriode])).toEqual(attendu);
    }
    expect(await api.situationsIr({ ...spi(id), multiple: false })).toMatchObject({
      ok: false,
      raison: "situations_multiples",
      code: "4103",
    });
  });

  it("décès avec le scope de situation au 31/12 : la ressource simple rend la situation au 31/12 ; sans lui, 4103", async () => {
    const { api } = clientDeTest(b);
    const avec = await api.situationsIr({
      ...fc("jeanne-robert", [...SCOPES, "dgfip_annee_df_au_3112_si_deces_ctb_mp"]),
      multiple: false,
    });
    expect(avec.ok && avec.situations.map((s) => [s.sitFam, s.rfr])).toEqual([["V", 14200]]);
    expect(await api.situationsIr({ ...fc("jeanne-robert"), multiple: false })).toMatchObject({
      raison: "situations_multiples",
    });
    // A PACS is no death: the scope changes nothing.
    expect(
      await api.situationsIr({
        ...fc("camille-lefort", [...SCOPES, "dgfip_annee_df_au_3112_si_deces_ctb_mp"]),
        multiple: false,
      }),
    ).toMatchObject({ raison: "situations_multiples" });
  });
});
