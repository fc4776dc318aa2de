import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";

// Print what drives the tests, so a report says which browser and Playwright ran.
export default function globalSetup() {
  const require = createRequire(import.meta.url);
  const playwright = (require("@playwright/test/package.json") as { version: string }).version;
  const chromium = execFileSync("/usr/bin/chromium", ["--version"], { encoding: "utf8" }).trim();
  console.log(`[e2e] Playwright ${playwright} — ${chromium}`);
}
