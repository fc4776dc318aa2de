import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/**
 * Whether the page runs no script at all. Chromium then fires no timer either, even for code that Playwright
 * evaluates, and axe waits on setTimeout: it would hang until the test's timeout. Asked of the page itself, whatever
 * the project says: a test may open a context without JavaScript in any project. A page with JavaScript answers in
 * milliseconds; were it ever slower than the delay, it would only be analysed as a copy, which stays a valid analysis.
 */
async function sansScript(page: Page): Promise<boolean> {
  const minuterie = page.evaluate(() => new Promise<boolean>((fin) => setTimeout(() => fin(true), 0)));
  const delai = new Promise<boolean>((fin) => setTimeout(() => fin(false), 1_000));
  return !(await Promise.race([minuterie, delai]));
}

async function analyser(page: Page) {
  const r = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return r.violations.map(
    (v) => `${v.id} (${v.impact}) : ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
}

/**
 * A page without JavaScript is analysed as a copy: its document as the browser shows it, served at the same address
 * (so its style sheets load) to a page that may run axe but none of the document's own scripts (CSP `script-src
 * 'none'`; the portal has no <noscript> content that this would hide).
 */
async function analyserSansScript(page: Page) {
  const html = await page.content();
  const adresse = page.url();
  const copie = await page.context().browser()!.newContext({ javaScriptEnabled: true, viewport: page.viewportSize() });
  try {
    const p = await copie.newPage();
    await p.route(adresse, (route) =>
      route.fulfill({
        contentType: "text/html; charset=utf-8",
        headers: { "Content-Security-Policy": "script-src 'none'" },
        body: html,
      }),
    );
    await p.goto(adresse);
    return await analyser(p);
  } finally {
    await copie.close();
  }
}

/** Fails with the list of WCAG 2.1 A/AA violations axe finds on the current page. */
export async function verifierAccessibilite(page: Page) {
  // After a client-side navigation the URL changes before the new page's metadata has streamed in: analysing then
  // would report a missing <title> that the page does have. Wait for it (a page without one still fails, here).
  await expect(page, `titre de ${page.url()}`).toHaveTitle(/\S/);
  const lisible = (await sansScript(page)) ? await analyserSansScript(page) : await analyser(page);
  expect(lisible, `violations axe sur ${page.url()}`).toEqual([]);
}
