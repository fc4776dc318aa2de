import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ErreurMetier } from "@/lib/server/erreurs";
import { surLesDeuxBases } from "@/tests/support/bases";
import { clamdDisponible, demarrerClamd, type ClamdDeTest } from "@/tests/support/clamd";
import { fichiers } from "@/tests/support/fichiers-de-test";
import { creerFamille, depotsDeTest } from "@/tests/support/pieces";
import { antivirusClamd } from "./antivirus";
import { enregistrerDocument } from "./depot.mutation";

const maintenant = new Date("2026-09-01T10:00:00Z");

// The test signature: a hash of this image, which every other check accepts (real PNG, sane dimensions), so that a
// refusal can only come from ClamAV.
const SIGNALE = fichiers.png(7, 5);
const NOM_SIGNATURE = "Portail-Famille.Essai";

describe.skipIf(!clamdDisponible())("un vrai ClamAV (clamd, signature d'essai faite par sigtool)", () => {
  let clamd: ClamdDeTest;
  beforeAll(async () => {
    clamd = await demarrerClamd([{ nom: NOM_SIGNATURE, octets: SIGNALE }]);
  });
  afterAll(() => clamd?.arreter());

  it("le client INSTREAM reçoit le verdict du démon : fichier signalé, fichier sain", async () => {
    const antivirus = antivirusClamd(clamd.adresse);
    const verdict = await antivirus.analyser(SIGNALE);
    expect(verdict).toMatchObject({ sain: false });
    expect((verdict as { signature: string }).signature).toContain(NOM_SIGNATURE);
    expect(await antivirus.analyser(fichiers.png(4, 3))).toEqual({ sain: true });
    expect(await antivirus.analyser(fichiers.pdf())).toEqual({ sain: true });
  });

  surLesDeuxBases("dépôt analysé par clamd", (base) => {
    it("le fichier de la signature d'essai est refusé avec un message en français, rien n'est stocké", async () => {
      const db = base().prisma;
      const deps = depotsDeTest({ antivirus: antivirusClamd(clamd.adresse) });
      const f = await creerFamille(db);
      const depot = (octets: Uint8Array) =>
        enregistrerDocument(db, deps, {
          acteur: f.acteur,
          foyerId: f.foyerId,
          dossierId: null,
          type: "attestation_caf",
          nomFichier: "attestation.png",
          octets,
          maintenant,
        });
      const e = await depot(SIGNALE).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(ErreurMetier);
      expect(e).toMatchObject({ code: "virus_detecte", champ: "fichier" });
      expect((e as ErreurMetier).message).toMatch(/refusé par l'analyse antivirus/);
      expect(deps.fichiersDuFoyer(f.foyerId)).toEqual([]);
      const sain = await depot(fichiers.png(4, 3));
      expect(deps.fichiersDuFoyer(f.foyerId)).toEqual([sain.id]);
    });
  });
});
