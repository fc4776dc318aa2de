// Rate limits through the pages, with the portal behind a trusted proxy (PROXYS_DE_CONFIANCE lists the loopback in
// playwright.config.ts): each page below sends its own X-Forwarded-For, as a proxy would for distinct visitors.
import type { Page } from "@playwright/test";

import type { Db } from "@/lib/server/database";
import { seConnecterLocalement } from "./support/comptes";
import { creerCompte, expect, test } from "./support/fixtures";

const adresseAuHasard = (prefixe: string) => `${prefixe}.${Math.floor(Math.random() * 250) + 1}`;

async function parcours(page: Page, db: Db) {
  const agent = await creerCompte(db, "agent");
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": adresseAuHasard("198.51.100") });
  for (let i = 0; i < 5; i++) {
    await seConnecterLocalement(page, { ...agent, motDePasse: "mauvais" });
    await expect(page.getByRole("alert").filter({ hasText: "incorrect" })).toBeVisible();
  }
  // The right password from the stranger's address now waits…
  await seConnecterLocalement(page, agent);
  await expect(page.getByRole("alert").filter({ hasText: "Trop de tentatives" })).toContainText(
    "réessayez dans 15 minutes",
  );
  // …while the agent, from their own address, signs in.
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": adresseAuHasard("203.0.113") });
  await seConnecterLocalement(page, agent);
  await page.waitForURL("**/agent");
}

test("un inconnu qui se trompe cinq fois attend ; l'agent se connecte depuis son adresse", async ({ page, db }) => {
  await parcours(page, db);
});

test("la même chose sans JavaScript @sans-js", async ({ page, db }) => {
  await parcours(page, db);
});
