// The retention purge, run as the application runs it: the "purger-documents" entry of TRAVAUX.
import { randomUUID } from "node:crypto";
import { mkdirSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";

import { expect, it } from "vitest";

import { TRAVAUX } from "@/lib/jobs/travaux";
import { creerLogger } from "@/lib/server/logger";
import { surLesDeuxBases } from "@/tests/support/bases";
import { envDeTest } from "@/tests/support/env";
import { fichiers } from "@/tests/support/fichiers-de-test";
import { creerFamille, depotsDeTest } from "@/tests/support/pieces";
import { enregistrerDocument } from "./depot.mutation";
import { ramenerConservationApresInstruction } from "./purge-documents.mutation";
import { PREFIXE_TEMPORAIRE } from "./stockage";

const travail = TRAVAUX.find((t) => t.nom === "purger-documents")!;
const JOUR = 24 * 3600 * 1000;

surLesDeuxBases("purge des pièces déposées", (base) => {
  it("supprime les pièces échues et leurs fichiers, garde les autres ; balaie les fichiers orphelins anciens", async () => {
    const db = base().prisma;
    const deps = depotsDeTest();
    const contexte = { base: base(), config: envDeTest({ STORAGE_DIR: deps.racine }), logger: creerLogger("silent") };
    const f = await creerFamille(db);
    const deposer = (il_y_a_jours: number) =>
      enregistrerDocument(db, deps, {
        acteur: f.acteur,
        foyerId: f.foyerId,
        dossierId: null,
        type: "avis_imposition",
        nomFichier: "avis.pdf",
        octets: fichiers.pdf(),
        maintenant: new Date(Date.now() - il_y_a_jours * JOUR),
      });
    await deposer(400);
    const recente = await deposer(10);
    // What a crash could leave: a file whose row was never written, a temporary file; and an upload in flight.
    const dossier = path.join(deps.racine, f.foyerId);
    const orphelin = randomUUID();
    const temporaire = `${PREFIXE_TEMPORAIRE}${randomUUID()}-abcdef`;
    const enCours = randomUUID();
    for (const nom of [orphelin, temporaire, enCours]) writeFileSync(path.join(dossier, nom), "x");
    const deuxHeures = new Date(Date.now() - 2 * 3600 * 1000);
    for (const nom of [orphelin, temporaire]) utimesSync(path.join(dossier, nom), deuxHeures, deuxHeures);
    // Someone else's file in the storage folder is not ours to delete.
    mkdirSync(path.join(deps.racine, "autre"), { recursive: true });
    writeFileSync(path.join(deps.racine, "autre", "lisez-moi.txt"), "x");

    expect(travail.planification).toBeTruthy();
    expect(await travail.executer(contexte, {})).toEqual({ supprimes: 1, orphelins: 2 });
    expect(
      (await db.document.findMany({ where: { foyerId: f.foyerId }, select: { id: true } })).map((d) => d.id),
    ).toEqual([recente.id]);
    expect(deps.fichiersDuFoyer(f.foyerId).sort()).toEqual([recente.id, enCours].sort());
    expect(await travail.executer(contexte, {})).toEqual({ supprimes: 0, orphelins: 0 });
  });

  it("à la clôture d'un dossier, ses pièces ne sont gardées que le délai de recours", async () => {
    const db = base().prisma;
    const deps = depotsDeTest();
    const f = await creerFamille(db);
    const dossier = await db.dossier.create({ data: { foyerId: f.foyerId, raisons: ["document_depose"] } });
    const maintenant = new Date("2026-09-01T10:00:00Z");
    const dans = await enregistrerDocument(db, deps, {
      acteur: f.acteur,
      foyerId: f.foyerId,
      dossierId: dossier.id,
      type: "avis_imposition",
      nomFichier: "a.pdf",
      octets: fichiers.pdf(),
      maintenant,
    });
    const hors = await enregistrerDocument(db, deps, {
      acteur: f.acteur,
      foyerId: f.foyerId,
      dossierId: null,
      type: "autre",
      nomFichier: "b.pdf",
      octets: fichiers.pdf(),
      maintenant,
    });
    expect(await ramenerConservationApresInstruction(db, dossier.id, new Date("2026-10-01T00:00:00Z"))).toBe(1);
    const lire = async (id: string) => (await db.document.findUniqueOrThrow({ where: { id } })).expireLe.toISOString();
    expect(await lire(dans.id)).toBe("2026-12-02T00:00:00.000Z");
    expect(await lire(hors.id)).toBe("2027-09-01T10:00:00.000Z");
    // Never pushed later than it already was.
    expect(await ramenerConservationApresInstruction(db, dossier.id, new Date("2027-12-01T00:00:00Z"))).toBe(0);
  });
});
