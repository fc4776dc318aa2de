import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** Fails with the list of WCAG 2.1 A/AA violations axe finds on the current page. */
export async function verifierAccessibilite(page: Page) {
  // After a client-side navigation the URL changes before the new page's metadata has streamed in: analysing then
  // would report a missing <title> that the page does have. Wait for it (a page without one still fails, here).
  await expect(page, `titre de ${page.url()}`).toHaveTitle(/\S/);
  const r = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const lisible = r.violations.map(
    (v) => `${v.id} (${v.impact}) : ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(lisible, `violations axe sur ${page.url()}`).toEqual([]);
}
