// The simulator's pages in a real browser (Debian's Chromium): axe finds no violation, the keyboard order is the
// reading order, and the whole journey works with JavaScript disabled.
import { existsSync } from "node:fs";

import AxeBuilder from "@axe-core/playwright";
import { chromium, type Browser, type Page } from "@playwright/test";
import type * as oidc from "openid-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { configurerClient, demandeAutorisation, demarrer, PORTAIL } from "./outils-de-test";
import type { SimulateurFranceConnect } from "./simulateur";

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const disponible = existsSync(CHROMIUM);
// `npm test` installs Chromium before this stage: in CI a missing browser is a failure, not a silent skip.
if (!disponible && process.env.CI) throw new Error(`Chromium absent (${CHROMIUM}) : définissez CHROMIUM_PATH.`);
if (!disponible)
  console.warn(`Chromium absent (${CHROMIUM}) : tests d'accessibilité du simulateur FranceConnect ignorés.`);

let sim: SimulateurFranceConnect;
let config: oidc.Configuration;
let navigateur: Browser;

beforeAll(async () => {
  if (!disponible) return;
  sim = await demarrer();
  config = await configurerClient(sim.url);
  navigateur = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
});
afterAll(async () => {
  await navigateur?.close();
  await sim?.fermer();
});

async function nouvellePage(javaScript = true): Promise<Page> {
  const contexte = await navigateur.newContext({ javaScriptEnabled: javaScript });
  const page = await contexte.newPage();
  // The portal is not running: its callback answers an empty page.
  await page.route("http://localhost:3000/**", (route) =>
    route.fulfill({ contentType: "text/plain", body: "portail" }),
  );
  return page;
}

async function titre(page: Page): Promise<string> {
  await page.waitForLoadState();
  return page.locator("h1").innerText();
}

async function sansViolation(page: Page): Promise<void> {
  const resultat = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  expect(resultat.violations.map((v) => `${v.id} : ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

describe.skipIf(!disponible)("simulateur FranceConnect : accessibilité des pages", () => {
  it("page de connexion, avec et sans erreur : aucune violation axe, ordre du clavier = ordre de lecture", async () => {
    const page = await nouvellePage();
    await page.goto(demandeAutorisation(config).url);
    expect(await page.title()).toBe("Connexion – FranceConnect (simulateur)");
    await sansViolation(page);

    const ordre: string[] = [];
    for (let i = 0; i < 7; i += 1) {
      await page.keyboard.press("Tab");
      ordre.push(
        await page.evaluate(() => {
          const e = document.activeElement as HTMLElement;
          return e.id || e.textContent?.trim() || e.tagName;
        }),
      );
    }
    expect(ordre).toEqual([
      "Aller au contenu",
      "persona-marianne-dupont",
      "Se connecter avec cette personne",
      "identifiant",
      "mot-de-passe",
      "Se connecter",
      "Annuler et revenir sur Portail Famille",
    ]);

    await page.fill("#identifiant", "marianne.dupont@exemple.test");
    await page.fill("#mot-de-passe", "faux-mot-de-passe");
    await page.getByRole("button", { name: "Se connecter", exact: true }).click();
    await page.waitForLoadState();
    expect(await page.title()).toBe("Erreur : connexion – FranceConnect (simulateur)");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("identifiant");
    await sansViolation(page);
  });

  async function jusquAuConsentement(javaScript: boolean) {
    const page = await nouvellePage(javaScript);
    const demande = demandeAutorisation(config, PORTAIL, { scope: "openid identite_pivot dgfip_rfr dgfip_nbpart" });
    await page.goto(demande.url);
    await page.getByLabel("Marianne Claire LEFEVRE").check();
    await page.getByRole("button", { name: "Se connecter avec cette personne" }).click();
    expect(await titre(page)).toBe("Autoriser la transmission de vos données");
    return { page, demande };
  }

  it("page de consentement, avec et sans erreur : aucune violation axe", async () => {
    const { page } = await jusquAuConsentement(true);
    await sansViolation(page);
    // Submitted without the box (as a browser without validation would): the error is announced and focused.
    await page.evaluate(() => document.forms[0]?.setAttribute("novalidate", ""));
    await page.getByRole("button", { name: "Continuer sur Portail Famille" }).click();
    await page.waitForLoadState();
    expect(await page.title()).toBe("Erreur : consentement – FranceConnect (simulateur)");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("accord");
    await sansViolation(page);
  });

  // axe needs JavaScript in the page, so this journey checks behaviour only.
  it("sans JavaScript : connexion, consentement, retour au service avec le code", async () => {
    const { page, demande } = await jusquAuConsentement(false);

    await page.getByRole("button", { name: "Continuer sur Portail Famille" }).click();
    // The browser refuses an unticked required box: the page stays.
    expect(await titre(page)).toBe("Autoriser la transmission de vos données");
    await page.getByLabel("J'accepte que FranceConnect transmette ces données à Portail Famille").check();
    // The request the browser makes to the portal's callback is what matters, whatever listens on that port
    // (nothing, or a running demo: route interception does not apply to a redirect's target).
    const rappel = page.waitForRequest((r) => r.url().startsWith(`${PORTAIL.redirection}?`), { timeout: 10_000 });
    await page.getByRole("button", { name: "Continuer sur Portail Famille" }).click();
    const retour = new URL((await rappel).url());
    expect(retour.origin + retour.pathname).toBe(PORTAIL.redirection);
    expect(retour.searchParams.get("state")).toBe(demande.state);
    expect(retour.searchParams.get("code")).toBeTruthy();
  });

  it("page d'erreur : aucune violation axe", async () => {
    const page = await nouvellePage();
    const url = new URL(demandeAutorisation(config).url);
    url.searchParams.delete("nonce");
    await page.goto(url.href);
    expect(await titre(page)).toBe("Une erreur est survenue");
    await sansViolation(page);
  });
});
