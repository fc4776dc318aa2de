// End-to-end tests use Debian's Chromium (Playwright cannot download browsers on these machines).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const CHEMIN_CHROMIUM = "/usr/bin/chromium";
const INSTALLATION = "apt-get update && apt-get install -y chromium";

/** Installs Chromium when running as root on Debian and it is missing; otherwise explains what to run. */
export function assurerChromium(): void {
  if (existsSync(CHEMIN_CHROMIUM)) return;
  const root = process.getuid?.() === 0;
  if (!root || !existsSync("/etc/debian_version")) {
    throw new Error(`Chromium est introuvable (${CHEMIN_CHROMIUM}). Installez-le : sudo sh -c '${INSTALLATION}'`);
  }
  console.log(`Chromium absent : ${INSTALLATION}`);
  const r = spawnSync("sh", ["-c", `${INSTALLATION} > /tmp/installation-chromium.log 2>&1`], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  if (r.status !== 0 || !existsSync(CHEMIN_CHROMIUM)) {
    throw new Error(
      `L'installation de Chromium a échoué (voir /tmp/installation-chromium.log). Commande : ${INSTALLATION}`,
    );
  }
}
