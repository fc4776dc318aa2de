// Starts the FranceConnect simulator from environment variables (README.md lists them): `npx tsx
// simulators/franceconnect/main.ts`. Prints one line when listening; stops cleanly on SIGTERM / SIGINT.
import { lireConfigurationEnv } from "./configuration";
import { demarrerSimulateurFranceConnect } from "./simulateur";

async function principal(): Promise<void> {
  const config = lireConfigurationEnv(process.env);
  const simulateur = await demarrerSimulateurFranceConnect(config);
  console.log(
    `Simulateur FranceConnect prêt sur http://${config.hote}:${simulateur.port} (émetteur ${simulateur.url})`,
  );
  let arret = false;
  const arreter = () => {
    if (arret) return;
    arret = true;
    simulateur.fermer().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on("SIGTERM", arreter);
  process.on("SIGINT", arreter);
}

principal().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
