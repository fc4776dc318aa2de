// Point d'entrée du simulateur API Particulier (`npx tsx simulators/api-particulier/main.ts`) : configuration par
// les variables API_PARTICULIER_SIM_* (README.md), une ligne quand il est prêt, arrêt propre sur SIGTERM/SIGINT.
import { lireConfigSimulateurApiParticulier } from "./config";
import { demarrerSimulateurApiParticulier } from "./serveur";

async function principal() {
  const simulateur = await demarrerSimulateurApiParticulier(lireConfigSimulateurApiParticulier(process.env));
  console.log(`Simulateur API Particulier (quotient familial CAF/MSA) prêt sur ${simulateur.url}`);
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

principal().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
