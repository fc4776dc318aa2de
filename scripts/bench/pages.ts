// `npm run bench:pages`: how fast the portal's pages are next to the framework's own speed, measured side by side.
//
// Builds and starts a bare dynamic page of the same Next version (the baseline), starts the portal through
// `npm start`'s own path on a fresh database of the real PostgreSQL (demo mode, its simulators on their own ports),
// signs a FranceConnect persona in through the simulator in Chromium and takes her through the enrolment up to the
// summary (two children, three activities each: six prices), opens an agent and an admin session, then measures
// each page with autocannon (C connections for D seconds), R alternating repetitions, and prints req/s, p50 and p95
// (medians over the repetitions) and the ratio of req/s to the bare page.
//
//   npm run bench:pages [-- --connexions 20 --duree 10 --repetitions 3]
//
// A script, not a test: figures depend on the machine and what else runs on it. Every response must be a 200 with
// the page's own marker in it (checked before measuring), and a run with any non-2xx answer is reported as invalid.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

import { chromium } from "@playwright/test";
import autocannon from "autocannon";
import { encode } from "next-auth/jwt";
import pg from "pg";

import {
  ajouterEnfant,
  autoriserDonneesFiscales,
  choisirActivites,
  seConnecterAvecFranceConnect,
} from "../../e2e/support/famille";
import { hacherMotDePasse } from "../../lib/comptes/domain/mot-de-passe";
import { creerSession } from "../../lib/comptes/sessions.mutation";
import type { Role } from "../../lib/generated/prisma/client";
import { ouvrirBase, type Db } from "../../lib/server/database";
import { CHEMIN_CHROMIUM } from "../lib/chromium";

const racine = path.resolve(import.meta.dirname, "../..");
const { values: options } = parseArgs({
  options: {
    connexions: { type: "string", default: "20" },
    duree: { type: "string", default: "10" },
    repetitions: { type: "string", default: "3" },
  },
});
const CONNEXIONS = Number(options.connexions);
const DUREE_S = Number(options.duree);
const REPETITIONS = Number(options.repetitions);

const port = (nom: string, defaut: number) => Number(process.env[nom] ?? defaut);
const PORTS = {
  nue: port("BENCH_PORT_NUE", 3910),
  portail: port("BENCH_PORT_PORTAIL", 3920),
  franceconnect: port("BENCH_PORT_FRANCECONNECT", 4920),
  dgfip: port("BENCH_PORT_DGFIP", 4930),
};
const URL_NUE = `http://127.0.0.1:${PORTS.nue}`;
const URL_PORTAIL = `http://localhost:${PORTS.portail}`;
const URL_POSTGRES_ADMIN = process.env.TEST_DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/test";
const SECRET = `demo-${randomBytes(32).toString("base64url")}`;
const dossier = mkdtempSync(path.join(tmpdir(), "bench-pages-"));
const nomBase = `pf_bench_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
const urlBase = (() => {
  const u = new URL(URL_POSTGRES_ADMIN);
  u.pathname = `/${nomBase}`;
  return u.toString();
})();
const next = path.join(racine, "node_modules/.bin/next");
const tsx = path.join(racine, "node_modules/.bin/tsx");

const processus: ChildProcess[] = [];
async function sql(requete: string) {
  const c = new pg.Client({ connectionString: URL_POSTGRES_ADMIN });
  await c.connect();
  try {
    await c.query(requete);
  } finally {
    await c.end();
  }
}

async function nettoyer() {
  // Each was started as the leader of its own process group: the group goes, grandchildren (simulators) included.
  for (const p of processus) if (p.exitCode === null && p.pid) process.kill(-p.pid, "SIGTERM");
  await Promise.all(processus.map((p) => (p.exitCode === null ? new Promise((r) => p.once("exit", r)) : null)));
  await sql(`DROP DATABASE IF EXISTS ${nomBase} WITH (FORCE)`).catch(() => {});
  rmSync(dossier, { recursive: true, force: true });
}

function lancer(commande: string, args: string[], env: Record<string, string>, cwd = racine): ChildProcess {
  const p = spawn(commande, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  processus.push(p);
  return p;
}

async function attendre(url: string, delaiS = 300) {
  const fin = Date.now() + delaiS * 1000;
  while (Date.now() < fin) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} ne répond pas après ${delaiS} s`);
}

/**
 * The baseline: one dynamic App Router page (rendered on every request), nothing else, built by the same Next (and
 * the same bundler, Turbopack) as the portal. It lives in this run's temporary folder with a link to the project's
 * node_modules; Turbopack's root is then `/`, so that the linked packages are inside it.
 */
function construirePageNue(): string {
  const app = path.join(dossier, "page-nue");
  mkdirSync(path.join(app, "app"), { recursive: true });
  symlinkSync(path.join(racine, "node_modules"), path.join(app, "node_modules"), "dir");
  writeFileSync(path.join(app, "package.json"), JSON.stringify({ private: true, type: "module" }));
  writeFileSync(path.join(app, "next.config.mjs"), `export default { turbopack: { root: "/" } };\n`);
  writeFileSync(
    path.join(app, "app/layout.js"),
    `export default function Racine({ children }) {\n  return <html lang="fr"><body>{children}</body></html>;\n}\n`,
  );
  writeFileSync(
    path.join(app, "app/page.js"),
    `import { connection } from "next/server";\n\nexport default async function Page() {\n  await connection();\n` +
      `  return <main><h1>Page nue</h1><p>{new Date().toISOString()}</p></main>;\n}\n`,
  );
  const r = spawnSync(next, ["build"], {
    cwd: app,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (r.status !== 0) throw new Error("construction de la page nue en échec");
  return app;
}

function clientsFranceConnect(): string {
  const source = path.join(racine, "simulators/franceconnect/clients.json");
  const clients = JSON.parse(readFileSync(source, "utf8")) as {
    fournisseursDeService: { client_id: string; redirect_uris: string[]; post_logout_redirect_uris: string[] }[];
  };
  const portail = clients.fournisseursDeService.find((c) => c.client_id === "portail-famille-demo");
  if (!portail) throw new Error("client portail-famille-demo absent de simulators/franceconnect/clients.json");
  portail.redirect_uris.push(
    `${URL_PORTAIL}/api/auth/callback/franceconnect`,
    `${URL_PORTAIL}/api/franceconnect/donnees/callback`,
  );
  portail.post_logout_redirect_uris.push(`${URL_PORTAIL}/deconnexion`, `${URL_PORTAIL}/api/deconnexion/retour`);
  const fichier = path.join(dossier, "clients-franceconnect.json");
  writeFileSync(fichier, JSON.stringify(clients, null, 2));
  return fichier;
}

function demarrerPortail() {
  lancer(tsx, ["scripts/start.ts"], {
    PORTAIL_DEMO: "true",
    AUTH_SECRET: SECRET,
    LOG_LEVEL: "warn",
    DATABASE_URL: urlBase,
    PORT: String(PORTS.portail),
    PORTAIL_URL: URL_PORTAIL,
    STORAGE_DIR: path.join(dossier, "documents"),
    FRANCECONNECT_ISSUER: `http://127.0.0.1:${PORTS.franceconnect}/api/v2`,
    DGFIP_API_URL: `http://127.0.0.1:${PORTS.dgfip}/impotparticulier/1.0`,
    DGFIP_TOKEN_URL: `http://127.0.0.1:${PORTS.dgfip}/token`,
    SIMULATEUR_FRANCECONNECT_DONNEES: path.join(dossier, "franceconnect"),
    SIMULATEUR_FRANCECONNECT_CLIENTS: clientsFranceConnect(),
  });
}

/** A family through the real pages: FranceConnect sign-in, two children, three activities each, DGFiP consent. */
async function familleJusquAuRecapitulatif(): Promise<{ cookie: string; recapitulatif: string }> {
  const navigateur = await chromium.launch({ executablePath: CHEMIN_CHROMIUM, args: ["--no-sandbox"] });
  try {
    const contexte = await navigateur.newContext({ baseURL: URL_PORTAIL, locale: "fr-FR" });
    const page = await contexte.newPage();
    page.setDefaultTimeout(60_000);
    await seConnecterAvecFranceConnect(page, "Marianne");
    await ajouterEnfant(page, { prenom: "Léo", nom: "DUPONT", naissance: "2021-05-02", classe: "MS" });
    await ajouterEnfant(page, { prenom: "Jade", nom: "DUPONT", naissance: "2019-09-10", classe: "GS" });
    const activites = [/Restauration scolaire/, /Accueil du matin/, /Accueil du soir/];
    await choisirActivites(page, { Léo: activites, Jade: activites });
    await autoriserDonneesFiscales(page);
    const cookies = await contexte.cookies();
    return {
      cookie: cookies.map((c) => `${c.name}=${c.value}`).join("; "),
      recapitulatif: new URL(page.url()).pathname,
    };
  } finally {
    await navigateur.close();
  }
}

/** A staff account of this role with a session, as the sign-in page would open it; its cookie. */
async function sessionPersonnel(db: Db, role: Role): Promise<string> {
  const compte = await db.compte.create({
    data: {
      role,
      email: `${role}.${randomBytes(4).toString("hex")}@bench.test`,
      emailVerifieLe: new Date(),
      motDePasseHash: await hacherMotDePasse(randomBytes(12).toString("hex")),
      prenoms: "Banc",
      nomUsage: "Mesure",
    },
    select: { id: true },
  });
  const sid = await creerSession(db, {
    compteId: compte.id,
    fournisseur: "local",
    maintenant: new Date(),
    regles: { inactiviteMinutes: 120, dureeMaxHeures: 12 },
  });
  return `next-auth.session-token=${await encode({ token: { sid }, secret: SECRET, maxAge: 12 * 3600 })}`;
}

interface PageMesuree {
  nom: string;
  url: string;
  cookie?: string;
  repere: string;
}

interface Mesure {
  rps: number;
  p50: number;
  p95: number;
  non2xx: number;
}

function percentile(tries: number[], p: number): number {
  if (tries.length === 0) return NaN;
  return tries[Math.min(tries.length - 1, Math.ceil((p / 100) * tries.length) - 1)]!;
}

async function mesurer(p: PageMesuree, dureeS: number): Promise<Mesure> {
  const temps: number[] = [];
  const r = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url: p.url, connections: CONNEXIONS, duration: dureeS, headers: p.cookie ? { cookie: p.cookie } : {} },
      (erreur, resultat) => (erreur ? reject(erreur) : resolve(resultat)),
    );
    instance.on("response", (_client, _statut, _octets, tempsMs) => temps.push(tempsMs));
  });
  temps.sort((a, b) => a - b);
  return { rps: r.requests.total / dureeS, p50: percentile(temps, 50), p95: percentile(temps, 95), non2xx: r.non2xx };
}

async function verifier(p: PageMesuree) {
  const reponse = await fetch(p.url, { headers: p.cookie ? { cookie: p.cookie } : {}, redirect: "manual" });
  const texte = await reponse.text();
  if (reponse.status !== 200 || !texte.includes(p.repere))
    throw new Error(
      `${p.nom} (${p.url}) : statut ${reponse.status}, repère « ${p.repere} » ${texte.includes(p.repere) ? "présent" : "absent"}`,
    );
}

const mediane = (xs: number[]) => {
  const t = [...xs].sort((a, b) => a - b);
  return t.length % 2 ? t[(t.length - 1) / 2]! : (t[t.length / 2 - 1]! + t[t.length / 2]!) / 2;
};

process.on("SIGINT", () => void nettoyer().then(() => process.exit(130)));

try {
  await sql(`CREATE DATABASE ${nomBase}`);
  console.log(
    `Banc des pages : ${CONNEXIONS} connexions, ${DUREE_S} s par mesure, ${REPETITIONS} répétitions alternées.`,
  );
  console.log("Construction de la page nue (même Next que le portail)…");
  const app = construirePageNue();
  lancer(next, ["start", "-p", String(PORTS.nue), "-H", "127.0.0.1"], { NEXT_TELEMETRY_DISABLED: "1" }, app);
  console.log("Démarrage du portail (construction si les sources ont changé)…");
  demarrerPortail();
  await Promise.all([attendre(`${URL_NUE}/`), attendre(`${URL_PORTAIL}/api/health`, 900)]);

  console.log("Une famille se connecte par FranceConnect et va jusqu'au récapitulatif (6 tarifs)…");
  const famille = await familleJusquAuRecapitulatif();
  const base = await ouvrirBase({ genre: "postgresql", url: urlBase, poolMax: 2 });
  const agent = await sessionPersonnel(base.prisma, "agent");
  const admin = await sessionPersonnel(base.prisma, "admin");
  const grille = await base.prisma.grilleTarifaire.findFirstOrThrow({ select: { id: true } });
  await base.fermer();

  const pages: PageMesuree[] = [
    { nom: "page nue (référence)", url: `${URL_NUE}/`, repere: "Page nue" },
    { nom: "/ (accueil)", url: `${URL_PORTAIL}/`, repere: "<h1" },
    { nom: "/espace", url: `${URL_PORTAIL}/espace`, cookie: famille.cookie, repere: "Marianne" },
    {
      nom: "récapitulatif (6 tarifs)",
      url: `${URL_PORTAIL}${famille.recapitulatif}`,
      cookie: famille.cookie,
      repere: "Récapitulatif",
    },
    { nom: "file des agents", url: `${URL_PORTAIL}/agent`, cookie: agent, repere: "Instruction des dossiers" },
    { nom: "éditeur de grille", url: `${URL_PORTAIL}/admin/grilles/${grille.id}`, cookie: admin, repere: "<h1" },
  ];
  for (const p of pages) await verifier(p);
  for (const p of pages) await mesurer(p, 2); // warm-up: JIT, caches, pools

  const resultats = new Map<string, Mesure[]>(pages.map((p) => [p.nom, []]));
  for (let i = 1; i <= REPETITIONS; i++) {
    for (const p of pages) {
      const m = await mesurer(p, DUREE_S);
      resultats.get(p.nom)!.push(m);
      console.log(
        `  répétition ${i} · ${p.nom.padEnd(26)} ${m.rps.toFixed(0).padStart(5)} req/s  p50 ${m.p50.toFixed(0)} ms  p95 ${m.p95.toFixed(0)} ms${m.non2xx ? `  ${m.non2xx} réponses non 2xx !` : ""}`,
      );
    }
  }

  const reference = mediane(resultats.get(pages[0]!.nom)!.map((m) => m.rps));
  console.log(`\n| page | req/s | p50 | p95 | rapport à la page nue |\n|---|---|---|---|---|`);
  let invalide = false;
  for (const p of pages) {
    const ms = resultats.get(p.nom)!;
    const rps = mediane(ms.map((m) => m.rps));
    invalide ||= ms.some((m) => m.non2xx > 0);
    console.log(
      `| ${p.nom} | ${rps.toFixed(0)} | ${mediane(ms.map((m) => m.p50)).toFixed(0)} ms | ${mediane(ms.map((m) => m.p95)).toFixed(0)} ms | ${(rps / reference).toFixed(2)} |`,
    );
  }
  console.log(
    `\nNode ${process.version}, ${CONNEXIONS} connexions, ${DUREE_S} s, médianes de ${REPETITIONS} répétitions ; portail : un processus (\`npm start\`), PostgreSQL réel.`,
  );
  if (invalide) {
    console.error("Mesure invalide : des réponses n'étaient pas des 2xx.");
    process.exitCode = 1;
  }
} finally {
  await nettoyer();
}
