// Issue 22 §3: a form-level error summary only when fields are in error. An incomplete activation link (a mail client
// that cut it) has no field to correct: the page says plainly that the link is invalid.
import type { Page } from "@playwright/test";

import { expect, test } from "./support/fixtures";

async function lienIncomplet(page: Page) {
  for (const lien of ["/verifier-email", "/verifier-email?jeton=abc"]) {
    await page.goto(lien);
    await page.getByRole("button", { name: "Activer mon compte" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Ce lien d'activation est incomplet" })).toBeVisible();
    await expect(page.getByText("corrigez les champs signalés")).toHaveCount(0);
  }
}

test("lien d'activation incomplet : dit clairement que le lien est invalide, sans parler de champs", async ({
  page,
}) => {
  await lienIncomplet(page);
});

test("lien d'activation incomplet, sans JavaScript @sans-js", async ({ page }) => {
  await lienIncomplet(page);
});
