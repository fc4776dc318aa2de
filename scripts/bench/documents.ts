// Benchmark of the upload checks, on files of the maximum size (10 Mo):
//   - a scanned tax notice (one page, one 10 Mo JPEG image stream: the image is not decompressed),
//   - a "heavy" PDF whose 300 compressed object streams hold 40 Mo of dictionaries (all decompressed and read),
//   - a 10 Mo JPEG photo;
// and the atomic write (temporary file, fsync, rename) against a plain writeFile.
// Baseline, measured in the same run on the same bytes: the SHA-256 every upload computes anyway.
//   npx tsx scripts/bench/documents.ts [répétitions]
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { deflateSync } from "node:zlib";

import { analyserFichier } from "@/lib/documents/domain/analyser-fichier";
import { stockageSurDisque } from "@/lib/documents/stockage";
import { jpeg, pdf } from "@/tests/support/fichiers-de-test";

const N = Number(process.argv[2] ?? 15);
const MAX = 11 * 1024 * 1024;
const latin1 = (s: string) => Buffer.from(s, "latin1");
const flux = (dict: string, d: Buffer) =>
  Buffer.concat([latin1(`<< ${dict} /Length ${d.length} >>\nstream\n`), d, latin1("\nendstream")]);
const page = [
  "<< /Type /Catalog /Pages 2 0 R >>",
  "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
  "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
];

const fichiers = {
  "PDF scanné (image 10 Mo)": pdf([
    ...page,
    flux(
      "/Type /XObject /Subtype /Image /Width 2480 /Height 3508 /Filter /DCTDecode",
      randomBytes(10 * 1024 * 1024 - 2048),
    ),
  ]),
  "PDF à 300 flux d'objets (40 Mo décompressés)": pdf([
    ...page,
    ...Array.from({ length: 300 }, (_, i) =>
      flux(
        "/Type /ObjStm /N 400 /First 3000 /Filter /FlateDecode",
        deflateSync(
          latin1(
            Array.from(
              { length: 400 },
              (_, j) =>
                `${i * 400 + j} 0 << /Type /Annot /Subtype /Link /Rect [0 0 10 10] /A << /S /URI /URI (https://exemple.test/${j}) >> /Border [0 0 0] /F 4 /Contents (lien numero ${j} de la page ${i}) >>`,
            )
              .join("\n")
              .padEnd(140_000, " "),
          ),
        ),
      ),
    ),
  ]),
  "photo JPEG (10 Mo)": Buffer.concat([
    jpeg(4000, 3000).subarray(0, -2),
    randomBytes(10 * 1024 * 1024).map((o) => (o === 0xff ? 0xfe : o)),
    Buffer.from([0xff, 0xd9]),
  ]),
};

function mediane(f: () => void): number {
  const t: number[] = [];
  for (let i = 0; i < N; i++) {
    const d = performance.now();
    f();
    t.push(performance.now() - d);
  }
  return t.sort((a, b) => a - b)[Math.floor(N / 2)]!;
}

console.log(`Contrôles de dépôt, médiane de ${N} passages (Node ${process.version})`);
for (const [nom, octets] of Object.entries(fichiers)) {
  const r = analyserFichier(octets, MAX);
  if (!r.ok) throw new Error(`${nom} : refusé (${r.code})`);
  const analyse = mediane(() => analyserFichier(octets, MAX));
  const empreinte = mediane(() => createHash("sha256").update(octets).digest("hex"));
  console.log(
    `  ${nom.padEnd(46)} ${(octets.length / 1048576).toFixed(1)} Mo  analyse ${analyse.toFixed(1)} ms  sha256 ${empreinte.toFixed(1)} ms  ratio ×${(analyse / empreinte).toFixed(1)}`,
  );
}

const racine = mkdtempSync(path.join(tmpdir(), "bench-pieces-"));
const stockage = stockageSurDisque(racine);
const octets = fichiers["PDF scanné (image 10 Mo)"];
const foyer = randomUUID();
const attendre = async (f: () => Promise<void>) => {
  const t: number[] = [];
  for (let i = 0; i < N; i++) {
    const d = performance.now();
    await f();
    t.push(performance.now() - d);
  }
  return t.sort((a, b) => a - b)[Math.floor(N / 2)]!;
};
const atomique = await attendre(() => stockage.ecrire(foyer, randomUUID(), octets));
const simple = await attendre(() => writeFile(path.join(racine, foyer, randomUUID()), octets));
console.log(
  `  écriture 10 Mo : atomique (temporaire + fsync + renommage) ${atomique.toFixed(1)} ms, writeFile simple ${simple.toFixed(1)} ms, ratio ×${(atomique / simple).toFixed(1)}`,
);
rmSync(racine, { recursive: true, force: true });
