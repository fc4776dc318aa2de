// A real ClamAV daemon for the tests. Official signatures cannot be downloaded here, so each test run makes its own
// database: an MD5 hash signature (.hdb, written by `sigtool --md5`) of a file the test chooses. clamd is started
// on a socket in a temporary folder with a temporary configuration, and stopped after the tests (about 0.1 s to
// start with such a database).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createConnection } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

const executable = ["clamd", "/usr/sbin/clamd"].find((c) => spawnSync(c, ["--version"]).status === 0);
const sigtoolPresent = spawnSync("sigtool", ["--version"]).status === 0;

/** Whether the real-clamd tests can run: without clamd they are skipped loudly on a laptop, and fail in CI. */
export function clamdDisponible(): boolean {
  if (executable && sigtoolPresent) return true;
  if (process.env.CI)
    throw new Error(
      "clamd ou sigtool est absent : en CI, .ci/run doit installer les paquets Debian clamav et clamav-daemon.",
    );
  console.warn(
    `\n${"!".repeat(100)}\n!! clamd absent : les tests contre un vrai ClamAV sont IGNORÉS (apt-get install clamav clamav-daemon).\n${"!".repeat(100)}\n`,
  );
  return false;
}

export interface ClamdDeTest {
  /** For CLAMD_ADRESSE: `unix:<socket>`. */
  adresse: string;
  arreter(): Promise<void>;
}

function repondPing(socket: string): Promise<boolean> {
  return new Promise((resoudre) => {
    const s = createConnection({ path: socket });
    let recu = "";
    s.setTimeout(1000, () => (s.destroy(), resoudre(false)));
    s.on("error", () => resoudre(false));
    s.on("connect", () => s.write("zPING\0"));
    s.on("data", (d) => (recu += d.toString("latin1")));
    s.on("close", () => resoudre(recu.startsWith("PONG")));
  });
}

/** Starts clamd with one hash signature per file given (`nom` becomes the signature's name). */
export async function demarrerClamd(signatures: { nom: string; octets: Uint8Array }[]): Promise<ClamdDeTest> {
  const dossier = mkdtempSync(path.join(tmpdir(), "clamd-"));
  const base = signatures
    .map(({ nom, octets }) => {
      const fichier = path.join(dossier, nom);
      writeFileSync(fichier, octets);
      const r = spawnSync("sigtool", ["--md5", fichier], { encoding: "utf8" });
      if (r.status !== 0) throw new Error(`sigtool --md5 : ${r.stderr}`);
      rmSync(fichier);
      return r.stdout.trim(); // md5:size:name
    })
    .join("\n");
  writeFileSync(path.join(dossier, "essai.hdb"), `${base}\n`);
  const socket = path.join(dossier, "clamd.sock");
  const conf = path.join(dossier, "clamd.conf");
  writeFileSync(
    conf,
    [
      `LocalSocket ${socket}`,
      `DatabaseDirectory ${dossier}`,
      `TemporaryDirectory ${dossier}`,
      `PidFile ${path.join(dossier, "clamd.pid")}`,
      `LogFile ${path.join(dossier, "clamd.log")}`,
      "Foreground yes",
      "StreamMaxLength 20M",
      "",
    ].join("\n"),
  );
  const processus: ChildProcess = spawn(executable!, ["-c", conf], { stdio: "ignore" });
  const arreter = async () => {
    if (processus.exitCode === null) {
      const fin = new Promise((r) => processus.once("exit", r));
      processus.kill("SIGTERM");
      await fin;
    }
    rmSync(dossier, { recursive: true, force: true });
  };
  // Ready when it answers PING on its socket (polled, not timed: up to 300 tries).
  for (let i = 0; i < 300; i++) {
    if (processus.exitCode !== null) break;
    if (existsSync(socket) && (await repondPing(socket))) return { adresse: `unix:${socket}`, arreter };
    await new Promise((r) => setTimeout(r, 100));
  }
  await arreter();
  throw new Error("clamd n'a pas démarré (voir sa configuration de test)");
}
