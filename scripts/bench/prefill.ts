// Benchmark of the prefill step (npx tsx --conditions=react-server scripts/bench/prefill.ts [iterations]).
// What the server does when FranceConnect sends the family back with the data authorization: code → tokens
// (openid-client, ID token checked), the DGFiP called at once with the 60 s access token, the snapshot stored,
// then every enrolment of the request priced (tarifierDemande) for the summary page. The FranceConnect and DGFiP
// simulators run in this process; the database is an embedded PGlite (the default deployment).
// Baseline, measured in the same run: a raw fetch of the same DGFiP resource (token in hand, no validation, no
// database). Also measured: the same step when the snapshot is reused (no upstream call).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { CLIENT_DEMO, configParDefaut } from "@/simulators/dgfip/config";
import { demarrerSimulateurDgfip } from "@/simulators/dgfip/serveur";
import { demarrerSimulateurFranceConnect } from "@/simulators/franceconnect/simulateur";
import { chargerPopulation } from "@/simulators/population/schema";

const ITERATIONS = Number(process.argv[2] ?? 40);
const population = chargerPopulation();
const marianne = population.personas.find((p) => p.id === "marianne-dupont")!;

const fc = await demarrerSimulateurFranceConnect({
  port: 0,
  dossierDonnees: mkdtempSync(path.join(tmpdir(), "bench-fc-")),
});
const dgfip = await demarrerSimulateurDgfip(
  configParDefaut({
    port: 0,
    quotaParMinute: 1_000_000,
    franceConnect: { issuer: fc.url, clientId: "dgfip-simulateur", clientSecret: "demo-secret-fd-dgfip-0000000000" },
  }),
);

Object.assign(process.env, {
  PORTAIL_DEMO: "true",
  PORTAIL_URL: "http://localhost:3100",
  LOG_LEVEL: "warn",
  DATABASE_URL: "",
  PGLITE_DIR: mkdtempSync(path.join(tmpdir(), "bench-pglite-")),
  AUTH_SECRET: "demo-secret-de-session-pour-le-banc-000000",
  FRANCECONNECT_ISSUER: fc.url,
  FRANCECONNECT_CLIENT_ID: "portail-famille-demo",
  FRANCECONNECT_CLIENT_SECRET: "demo-secret-client-franceconnect-0000",
  DGFIP_API_URL: dgfip.urlApi,
  DGFIP_TOKEN_URL: dgfip.urlJeton,
  DGFIP_CLIENT_ID: CLIENT_DEMO.id,
  DGFIP_CLIENT_SECRET: CLIENT_DEMO.secret,
  DGFIP_ID_TELESERVICE: "BENCH",
  API_PARTICULIER_URL: "http://127.0.0.1:4020",
  API_PARTICULIER_TOKEN: "demo-jeton-api-particulier-0000000000",
});

const { applicationDb } = await import("@/lib/server/db");
const { appliquerMigrations } = await import("@/lib/server/migrations");
const { semerDemoSiVide } = await import("@/lib/demo/seed");
const { assurerFoyer } = await import("@/lib/foyers/foyer.mutation");
const { choisirActivites, demandeEnCours } = await import("@/lib/inscriptions/demande.mutation");
const { tarifierDemande } = await import("@/lib/inscriptions/tarifer-demande");
const { demarrerAutorisationDonnees } = await import("@/lib/franceconnect-donnees/demarrer");
const { recevoirAutorisationDonnees } = await import("@/lib/franceconnect-donnees/recevoir");

const base = await applicationDb();
await appliquerMigrations(base, path.resolve(import.meta.dirname, "../../prisma/migrations"));
await semerDemoSiVide(base.prisma);
const db = base.prisma;

// A cookie jar per host, as the browser keeps FranceConnect's session between authorizations.
const jar = new Map<string, Map<string, string>>();
async function naviguer(url: string, init: RequestInit = {}): Promise<Response> {
  const u = new URL(url);
  const cookies = jar.get(u.host) ?? new Map();
  const r = await fetch(url, {
    ...init,
    redirect: "manual",
    headers: {
      ...(init.headers as Record<string, string>),
      cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join("; "),
    },
  });
  for (const c of r.headers.getSetCookie()) {
    const [paire] = c.split(";");
    const [k, ...v] = paire!.split("=");
    cookies.set(k!, v.join("="));
  }
  jar.set(u.host, cookies);
  return r;
}

/** Drives FranceConnect (login by persona the first time, then its consent screen) up to the portal's callback. */
async function jusquAuRappel(depart: URL): Promise<URL> {
  let url = depart;
  for (let i = 0; i < 12; i++) {
    if (url.pathname === "/api/franceconnect/donnees/callback") return url;
    let r = await naviguer(url.toString());
    if (r.status >= 300 && r.status < 400) {
      url = new URL(r.headers.get("location")!, url);
      continue;
    }
    const page = await r.text();
    const persona = /<form method="post" action="([^"]+\/persona)"/.exec(page)?.[1];
    const consentement = /<form method="post" action="([^"]+\/consentement)"/.exec(page)?.[1];
    const action = persona ?? consentement;
    if (!action) throw new Error(`page FranceConnect inattendue : ${url}`);
    const corps = new URLSearchParams(persona ? { persona: marianne.id } : { accord: "oui" });
    r = await naviguer(new URL(action.replaceAll("&amp;", "&"), url).toString(), {
      method: "POST",
      body: corps,
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    url = new URL(r.headers.get("location")!, url);
  }
  throw new Error("trop de redirections");
}

// The portal account of Marianne is keyed on her pairwise sub: learn it with a first authorization.
const { id: annee } = await db.anneeScolaire.findFirstOrThrow({ select: { id: true } });
const compte = await db.compte.create({
  data: {
    role: "citoyen",
    franceConnectSub: "a-decouvrir",
    prenoms: "Marianne Claire",
    nomNaissance: "LEFEVRE",
    nomUsage: "DUPONT",
    dateNaissance: "1986-03-14",
    identiteCertifiee: true,
  },
});
const foyerId = await assurerFoyer(db, compte.id);
const ecole = await db.ecole.findFirstOrThrow({ where: { nom: "École maternelle Les Tilleuls" } });
const enfants = await Promise.all(
  ["2021-05-02", "2019-09-10"].map((n, i) =>
    db.enfant.create({
      data: {
        foyerId,
        prenom: `Enfant ${i}`,
        nom: "DUPONT",
        dateNaissance: new Date(`${n}T00:00:00Z`),
        ecoleId: ecole.id,
        niveau: "MS",
      },
    }),
  ),
);
const activites = await db.activite.findMany({ where: { ecoleId: ecole.id }, select: { id: true } });

async function uneDemande() {
  const id = await demandeEnCours(db, compte.id, annee);
  await choisirActivites(
    db,
    compte.id,
    id,
    enfants.flatMap((e) =>
      activites.map((a) => ({ enfantId: e.id, activiteId: a.id, frequence: "reguliere" as const })),
    ),
    new Date(),
    6,
  );
  return id;
}

async function prefill(demandeId: string) {
  const { url, flux } = await demarrerAutorisationDonnees(
    db,
    { genre: "titulaire", compteId: compte.id, demandeId, rang: 1 },
    new Date(),
  );
  const rappel = await jusquAuRappel(url);
  const t0 = performance.now();
  const r = await recevoirAutorisationDonnees(db, flux, rappel, new Date());
  const t1 = performance.now();
  const t = await tarifierDemande(db, demandeId, new Date());
  const t2 = performance.now();
  return { r, rappel, reception: t1 - t0, total: t2 - t0, prix: t.tarifs.length };
}

{
  const d = await uneDemande();
  const { url, flux } = await demarrerAutorisationDonnees(
    db,
    { genre: "titulaire", compteId: compte.id, demandeId: d, rang: 1 },
    new Date(),
  );
  const rappel = await jusquAuRappel(url);
  const oidc = await import("openid-client");
  const { configurationFranceConnect } = await import("@/lib/franceconnect-donnees/client-oidc");
  const courante = new URL("http://localhost:3100/api/franceconnect/donnees/callback");
  courante.search = rappel.search;
  const jetons = await oidc.authorizationCodeGrant(await configurationFranceConnect(), courante, {
    expectedState: flux.state,
    expectedNonce: flux.nonce,
  });
  await db.compte.update({ where: { id: compte.id }, data: { franceConnectSub: jetons.claims()!.sub } });
}

async function jetonPasserelle(): Promise<string> {
  const r = await fetch(dgfip.urlJeton, {
    method: "POST",
    headers: {
      Authorization: `Basic ${Buffer.from(`${CLIENT_DEMO.id}:${CLIENT_DEMO.secret}`).toString("base64")}`,
      "Content-Type": "application/x-www-form-urlencoded",
    },
    body: new URLSearchParams({ grant_type: "client_credentials", scope: "RessourceIR RessourceIRMultiple" }),
  });
  return ((await r.json()) as { access_token: string }).access_token;
}
const jeton = await jetonPasserelle();
async function appelBrut(): Promise<number> {
  const t0 = performance.now();
  const r = await fetch(`${dgfip.urlApi}/spi/${marianne.spi}/situations/ir/assiettes/multiple/annrev/2025`, {
    headers: { Authorization: `Bearer ${jeton}`, "X-Correlation-ID": crypto.randomUUID(), Accept: "application/json" },
  });
  await r.text();
  return performance.now() - t0;
}

const frais: number[] = [];
const totaux: number[] = [];
const reutilises: number[] = [];
const bruts: number[] = [];
const demandeId = await uneDemande();
for (let i = 0; i < ITERATIONS + 5; i++) {
  // Fresh: the snapshot is purged so that the DGFiP is really called.
  await db.instantaneFiscal.deleteMany({ where: { foyerId } });
  const a = await prefill(demandeId);
  if (a.r.statut !== "traitee" || a.r.issue !== "obtenu")
    throw new Error(`préremplissage en échec : ${JSON.stringify(a.r)}`);
  const b = await prefill(demandeId);
  bruts.push(await appelBrut());
  if (i < 5) continue; // warm-up
  frais.push(a.reception);
  totaux.push(a.total);
  reutilises.push(b.total);
}

const stat = (xs: number[]) => {
  const t = [...xs].sort((x, y) => x - y);
  const q = (p: number) => t[Math.min(t.length - 1, Math.floor(p * t.length))]!;
  return { mediane: q(0.5), p95: q(0.95) };
};
const f = (x: number) => `${x.toFixed(1)} ms`;
const [sf, st, sr, sb] = [stat(frais), stat(totaux), stat(reutilises), stat(bruts.slice(5))];
console.log(
  `Préremplissage, ${ITERATIONS} itérations (2 enfants × ${activites.length} activités = ${enfants.length * activites.length} tarifs), PGlite embarquée :`,
);
console.log(`  référence : appel brut à la ressource DGFiP (simulateur)   médiane ${f(sb.mediane)}   p95 ${f(sb.p95)}`);
console.log(
  `  réception (jetons + DGFiP + instantané)                     médiane ${f(sf.mediane)}   p95 ${f(sf.p95)}   (×${(sf.mediane / sb.mediane).toFixed(1)})`,
);
console.log(
  `  réception + tarifs du récapitulatif                         médiane ${f(st.mediane)}   p95 ${f(st.p95)}   (×${(st.mediane / sb.mediane).toFixed(1)})`,
);
console.log(
  `  même étape, instantané réutilisé (aucun appel DGFiP)         médiane ${f(sr.mediane)}   p95 ${f(sr.p95)}`,
);
await base.fermer();
await dgfip.fermer();
await fc.fermer();
process.exit(0);
