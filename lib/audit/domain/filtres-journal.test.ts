import { describe, expect, it } from "vitest";

import { adresseJournal, FILTRES_JOURNAL_PAR_DEFAUT, lireFiltresJournal, pageDuJournal } from "./filtres-journal";

describe("filtres du journal d'audit", () => {
  it.each([
    [{}, FILTRES_JOURNAL_PAR_DEFAUT],
    [
      {
        acteur: "0B7F6C1E-3A52-4A4E-9D0E-5D1C2F3A4B5C",
        action: "lecture.dossier",
        du: "2026-03-01",
        au: "2026-03-31",
        page: "3",
      },
      {
        acteurId: "0b7f6c1e-3a52-4a4e-9d0e-5d1c2f3a4b5c",
        action: "lecture.dossier",
        du: "2026-03-01",
        au: "2026-03-31",
        page: 3,
      },
    ],
    // Malformed values are ignored: an account that is not an id, an action with other characters, a 30 February.
    [
      { acteur: "moi", action: "lecture dossier; drop", du: "2026-02-30", au: "31/03/2026", page: "-1" },
      FILTRES_JOURNAL_PAR_DEFAUT,
    ],
    [
      { page: ["2", "5"], action: ["", "x"] },
      { ...FILTRES_JOURNAL_PAR_DEFAUT, page: 2 },
    ],
  ])("étant donné l'adresse %j, les filtres sont %j", (parametres, attendus) => {
    expect(lireFiltresJournal(parametres)).toEqual(attendus);
  });

  it("l'adresse ne garde que les filtres choisis, la page 1 omise", () => {
    const f = { ...FILTRES_JOURNAL_PAR_DEFAUT, action: "lecture.file", du: "2026-03-01" };
    expect(adresseJournal("/admin/journal", f)).toBe("/admin/journal?action=lecture.file&du=2026-03-01");
    expect(adresseJournal("/admin/journal", f, { page: 2 })).toBe(
      "/admin/journal?action=lecture.file&du=2026-03-01&page=2",
    );
    expect(adresseJournal("/admin/journal", FILTRES_JOURNAL_PAR_DEFAUT)).toBe("/admin/journal");
  });

  it.each([
    [0, 1, { page: 1, pages: 1 }],
    [101, 3, { page: 3, pages: 3 }],
    [101, 9, { page: 3, pages: 3 }],
    [100, 2, { page: 2, pages: 2 }],
  ])("%i entrées, page %i demandée : %j", (total, page, attendu) => {
    expect(pageDuJournal(total, page, 50)).toEqual(attendu);
  });
});
