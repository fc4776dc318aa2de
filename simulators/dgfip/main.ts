// Entry point of the DGFiP simulator (`npx tsx simulators/dgfip/main.ts`): configuration from DGFIP_SIM_*
// environment variables (README.md), one line when ready, clean stop on SIGTERM/SIGINT.
import { lireConfigSimulateurDgfip } from "./config";
import { demarrerSimulateurDgfip } from "./serveur";

export { demarrerSimulateurDgfip } from "./serveur";
export type { SimulateurDgfip } from "./serveur";
export { configParDefaut, lireConfigSimulateurDgfip, type ConfigSimulateurDgfip } from "./config";

async function principal() {
  const simulateur = await demarrerSimulateurDgfip(lireConfigSimulateurDgfip(process.env));
  console.log(`Simulateur DGFiP (API Impôt particulier) prêt sur ${simulateur.url}`);
  let arret = false;
  const arreter = async () => {
    if (arret) return;
    arret = true;
    await simulateur.fermer();
    process.exit(0);
  };
  process.on("SIGTERM", arreter);
  process.on("SIGINT", arreter);
}

// Started as a program (not imported by a test or by scripts/start.ts).
if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith("simulators/dgfip/main.ts")) {
  principal().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
