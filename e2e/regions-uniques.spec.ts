// Issue 22 §4: two regions of a page never share a name (a screen-reader user lists the landmarks to move around:
// "Calendrier de taxation" twice on the fiscal settings page). axe's best-practice rule, on every fixed admin page.
import AxeBuilder from "@axe-core/playwright";

import { PAGES_FIXES_ADMIN } from "./support/admin";
import { expect, test } from "./support/fixtures";

test("chaque région d'une page fixe de l'administration a un nom à elle", async ({ page, connecter }) => {
  await connecter(page, "admin");
  for (const chemin of PAGES_FIXES_ADMIN) {
    await page.goto(chemin);
    await expect(page, `titre de ${chemin}`).toHaveTitle(/\S/);
    const r = await new AxeBuilder({ page }).withRules(["landmark-unique"]).analyze();
    const doublons = r.violations.flatMap((v) => v.nodes.map((n) => n.target.join(" ")));
    expect(doublons, `régions de même nom sur ${chemin}`).toEqual([]);
  }
});
