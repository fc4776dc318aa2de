// The independent judge of a rewritten PDF: qpdf (Apache-2.0, a C++ parser unrelated to the sanitiser's pdf-lib)
// reads the file and lists every object, including those packed in object streams. The test then looks for any
// key or name that lets a PDF act when opened, and for an incremental update after the clean save.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const INTERDITS = [
  "/JS",
  "/JavaScript",
  "/OpenAction",
  "/AA",
  "/Launch",
  "/EmbeddedFile",
  "/EmbeddedFiles",
  "/URI",
  "/SubmitForm",
  "/ImportData",
  "/RichMedia",
  "/XFA",
];

const qpdfPresent = spawnSync("qpdf", ["--version"]).status === 0;

function nomsEtCles(valeur: unknown, trouves: Set<string>): void {
  if (typeof valeur === "string") {
    if (valeur.startsWith("/")) trouves.add(valeur);
  } else if (Array.isArray(valeur)) {
    for (const v of valeur) nomsEtCles(v, trouves);
  } else if (valeur && typeof valeur === "object") {
    for (const [cle, v] of Object.entries(valeur)) {
      trouves.add(cle);
      nomsEtCles(v, trouves);
    }
  }
}

/** What qpdf finds wrong with the file: forbidden names, parse errors, more than one revision. Empty: clean. */
export function defautsDuPdf(octets: Uint8Array): string[] {
  const dossier = mkdtempSync(path.join(tmpdir(), "pdf-propre-"));
  try {
    const fichier = path.join(dossier, "f.pdf");
    writeFileSync(fichier, octets);
    const defauts: string[] = [];
    const controle = spawnSync("qpdf", ["--check", fichier], { encoding: "utf8" });
    if (controle.status !== 0) defauts.push(`qpdf --check : ${controle.stdout}${controle.stderr}`);
    // Exit status 3 = warnings (already reported by --check); the JSON is still complete.
    const lecture = spawnSync("qpdf", ["--json=2", "--json-key=qpdf", fichier], { encoding: "utf8" });
    if (lecture.status !== 0 && lecture.status !== 3) return [...defauts, `qpdf --json : ${lecture.stderr}`];
    const json = JSON.parse(lecture.stdout) as { qpdf: unknown };
    const trouves = new Set<string>();
    nomsEtCles(json.qpdf, trouves);
    defauts.push(...INTERDITS.filter((n) => trouves.has(n)));
    const fins = Buffer.from(octets).toString("latin1").split("%%EOF").length - 1;
    if (fins !== 1) defauts.push(`${fins} fins de fichier (%%EOF) : mise à jour incrémentale`);
    return defauts;
  } finally {
    rmSync(dossier, { recursive: true, force: true });
  }
}

/** Whether the "clean PDF" tests can run: without qpdf they are skipped loudly on a laptop, and fail in CI. */
export function qpdfDisponible(): boolean {
  if (qpdfPresent) return true;
  if (process.env.CI) throw new Error("qpdf est absent : en CI, .ci/run doit l'installer (paquet Debian qpdf).");
  console.warn(
    `\n${"!".repeat(100)}\n!! qpdf absent : les tests « PDF réécrit propre » sont IGNORÉS (apt-get install qpdf).\n${"!".repeat(100)}\n`,
  );
  return false;
}
