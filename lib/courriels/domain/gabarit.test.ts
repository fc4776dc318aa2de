import { describe, expect, it } from "vitest";

import { corpsHtml, delaiAvantNouvelEssaiMs, echecDefinitif } from "./gabarit";

describe("gabarit des courriels", () => {
  it("fait du texte un HTML simple : paragraphes, liens, caractères échappés", () => {
    const html = corpsHtml(
      "Bonjour,\n\nVotre lien :\nhttps://portail.test/a?b=1&c=2\n\n<script>x</script>",
      "Sujet & co",
    );
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain("<title>Sujet &amp; co</title>");
    expect(html).toContain("<p>Bonjour,</p>");
    expect(html).toContain(
      'Votre lien :<br><a href="https://portail.test/a?b=1&amp;c=2">https://portail.test/a?b=1&amp;c=2</a>',
    );
    expect(html).toContain("<p>&lt;script&gt;x&lt;/script&gt;</p>");
    expect(html).not.toContain("<script>");
  });

  it.each([
    [1, 60_000],
    [2, 120_000],
    [3, 240_000],
    [20, 6 * 3600_000],
  ])("après %i tentative(s), la suivante attend %i ms", (n, ms) => {
    expect(delaiAvantNouvelEssaiMs(n)).toBe(ms);
  });

  it.each([
    [550, true],
    [421, false],
    [undefined, false],
  ])("une réponse SMTP %s est définitive : %s", (code, definitif) => {
    expect(echecDefinitif(code)).toBe(definitif);
  });
});
