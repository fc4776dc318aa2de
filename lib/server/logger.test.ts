import { Writable } from "node:stream";

import { describe, expect, it } from "vitest";

import { creerLogger } from "./logger";

function capturer() {
  const lignes: Record<string, unknown>[] = [];
  const flux = new Writable({
    write(morceau, _enc, fini) {
      lignes.push(JSON.parse(morceau.toString()));
      fini();
    },
  });
  return { logger: creerLogger("info", flux), lignes };
}

describe("journal", () => {
  it("masque les données personnelles et fiscales, à plat comme imbriquées", () => {
    const { logger, lignes } = capturer();
    logger.info(
      {
        spi: "3012345678901",
        foyer: { rfr: 48200, email: "a@b.fr" },
        appel: { reponse: { aftDetail: { voie: "12 RUE" } } },
        statut: 200,
      },
      "appel",
    );
    const texte = JSON.stringify(lignes);
    expect(texte).not.toContain("3012345678901");
    expect(texte).not.toContain("48200");
    expect(texte).not.toContain("a@b.fr");
    expect(texte).not.toContain("12 RUE");
    expect(lignes[0]).toMatchObject({ spi: "[masqué]", foyer: { rfr: "[masqué]" }, statut: 200 });
  });

  it("masque les jetons et en-têtes d'authentification", () => {
    const { logger, lignes } = capturer();
    logger.info({ entetes: { Authorization: "Bearer abc", "X-FranceConnect-OAuth": "jeton-fc" }, access_token: "xyz" });
    const texte = JSON.stringify(lignes);
    expect(texte).not.toMatch(/Bearer abc|jeton-fc|xyz/);
  });
});
