// Measures the simulator in-process: `npx tsx simulators/franceconnect/mesurer.ts [connexions]`.
// Prints latencies (mean, p95) of discovery (the baseline: the cheapest route), a complete sign-in (authorize →
// login page → persona → callback → token → userinfo) and checktoken, with their ratio to the baseline.
import * as oidc from "openid-client";

import { Navigateur } from "./navigateur-de-test";
import {
  checktoken,
  configurerClient,
  demandeAutorisation,
  demarrer,
  echangerCode,
  seConnecter,
} from "./outils-de-test";

const connexions = Number(process.argv[2] ?? 100);

async function chronometrer(n: number, operation: () => Promise<unknown>): Promise<{ moyenne: number; p95: number }> {
  const durees: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const debut = performance.now();
    await operation();
    durees.push(performance.now() - debut);
  }
  durees.sort((a, b) => a - b);
  return { moyenne: durees.reduce((a, b) => a + b, 0) / n, p95: durees[Math.floor(n * 0.95)] ?? Number.NaN };
}

const sim = await demarrer();
try {
  const config = await configurerClient(sim.url);
  let jeton = "";
  const connexion = async () => {
    const demande = demandeAutorisation(config);
    const retour = await seConnecter(new Navigateur(), demande, { persona: "marianne-dupont" });
    const jetons = await echangerCode(config, retour.url, demande);
    await oidc.fetchUserInfo(config, jetons.access_token, jetons.claims()!.sub);
    jeton = jetons.access_token;
  };
  // Warm-up: JIT, key import, first connections.
  await chronometrer(10, () => fetch(`${sim.url}/.well-known/openid-configuration`).then((r) => r.text()));
  await chronometrer(5, connexion);

  const base = await chronometrer(connexions * 5, () =>
    fetch(`${sim.url}/.well-known/openid-configuration`).then((r) => r.text()),
  );
  const complete = await chronometrer(connexions, connexion);
  const verification = await chronometrer(connexions * 5, () => checktoken(sim.url, jeton).then((r) => r.text()));

  const ligne = (nom: string, m: { moyenne: number; p95: number }) =>
    `${nom.padEnd(42)} ${m.moyenne.toFixed(2).padStart(8)} ms   p95 ${m.p95.toFixed(2).padStart(8)} ms   × ${(m.moyenne / base.moyenne).toFixed(1)}`;
  console.log(`Node ${process.version}, ${connexions} connexions`);
  console.log(ligne("découverte (référence)", base));
  console.log(ligne("connexion complète (7 requêtes + userinfo)", complete));
  console.log(ligne("checktoken (JWT signé ES256)", verification));
} finally {
  await sim.fermer();
}
