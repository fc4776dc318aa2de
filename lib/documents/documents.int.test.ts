import { createHash, randomUUID } from "node:crypto";
import { readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { ErreurMetier } from "@/lib/server/erreurs";
import { surLesDeuxBases } from "@/tests/support/bases";
import { fichiers } from "@/tests/support/fichiers-de-test";
import { creerAgent, creerFamille, depotsDeTest } from "@/tests/support/pieces";
import type { Antivirus } from "./antivirus";
import { dossierDuDepot, enregistrerDocument, foyerDuDepot } from "./depot.mutation";
import { lireDocumentPourTelechargement, listerMesDocuments } from "./documents.query";
import { rattacherDocumentsAuDossier } from "./rattacher.mutation";

const maintenant = new Date("2026-09-01T10:00:00Z");

async function refus(promesse: Promise<unknown>): Promise<ErreurMetier> {
  const e = await promesse.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(ErreurMetier);
  return e as ErreurMetier;
}

surLesDeuxBases("dépôt de pièces", (base) => {
  describe("pièces valides", () => {
    it.each([
      ["un PDF", fichiers.pdf(), "avis 2025.pdf", "application/pdf", "avis 2025.pdf"],
      ["une image PNG", fichiers.png(), "capture.PNG", "image/png", "capture.png"],
      ["une photo JPEG nommée .exe", fichiers.jpeg(), "photo.exe", "image/jpeg", "photo.jpg"],
    ])(
      "%s est stocké hors de la racine web sous son id, avec son empreinte, puis enregistré",
      async (_, octets, nom, typeMime, nomRetenu) => {
        const db = base().prisma;
        const deps = depotsDeTest();
        const f = await creerFamille(db);
        const doc = await enregistrerDocument(db, deps, {
          acteur: f.acteur,
          foyerId: f.foyerId,
          dossierId: null,
          type: "avis_imposition",
          nomFichier: nom,
          octets,
          maintenant,
        });
        const chemin = path.join(deps.racine, f.foyerId, doc.id);
        const stocke = readFileSync(chemin);
        expect(doc).toMatchObject({ nomFichier: nomRetenu, typeMime, taille: stocke.length });
        // A PDF is stored rewritten by the sanitiser (see pdf-assaini.int.test.ts); an image re-encoded (see images-reencodees.int.test.ts).
        if (typeMime === "application/pdf") expect(stocke.subarray(0, 5).toString("latin1")).toBe("%PDF-");
        else expect(stocke.subarray(0, 2)).toEqual(octets.subarray(0, 2));
        expect(statSync(chemin).mode & 0o777).toBe(0o600);
        expect(deps.fichiersDuFoyer(f.foyerId)).toEqual([doc.id]);
        const ligne = await db.document.findUniqueOrThrow({ where: { id: doc.id } });
        expect(ligne).toMatchObject({
          foyerId: f.foyerId,
          deposeParId: f.compte.id,
          sha256: createHash("sha256").update(stocke).digest("hex"),
          typeMime,
        });
        expect(ligne.expireLe.toISOString()).toBe("2027-09-01T10:00:00.000Z");
        const audit = await db.journalAudit.findFirstOrThrow({ where: { action: "document.depose", cibleId: doc.id } });
        expect(audit).toMatchObject({
          acteurId: f.compte.id,
          acteurRole: "citoyen",
          details: { foyerId: f.foyerId, type: "avis_imposition", typeMime, taille: stocke.length },
        });
      },
    );
  });

  describe("pièces refusées : rien n'est stocké", () => {
    it.each([
      ["un PDF avec /JavaScript", fichiers.pdfJavaScript(), "avis.pdf", "pdf_contenu_actif"],
      ["un programme renommé en .pdf", fichiers.exe(), "avis.pdf", "format_refuse"],
      [
        "un fichier trop volumineux",
        Buffer.concat([fichiers.pdf(), Buffer.alloc(10 * 1024 * 1024)]),
        "gros.pdf",
        "fichier_trop_volumineux",
      ],
      ["un fichier vide", Buffer.alloc(0), "vide.pdf", "fichier_vide"],
    ])("%s", async (_, octets, nom, code) => {
      const db = base().prisma;
      const deps = depotsDeTest();
      const f = await creerFamille(db);
      const e = await refus(
        enregistrerDocument(db, deps, {
          acteur: f.acteur,
          foyerId: f.foyerId,
          dossierId: null,
          type: "autre",
          nomFichier: nom,
          octets,
          maintenant,
        }),
      );
      expect(e).toMatchObject({ code, champ: "fichier" });
      expect(deps.fichiersDuFoyer(f.foyerId)).toEqual([]);
      expect(await db.document.count({ where: { foyerId: f.foyerId } })).toBe(0);
    });

    it("un fichier signalé par l'antivirus, ou un antivirus injoignable, est refusé", async () => {
      const db = base().prisma;
      const f = await creerFamille(db);
      const infecte: Antivirus = {
        nom: "essai",
        analyser: async () => ({ sain: false, signature: "Essai.Signature" }),
      };
      const muet: Antivirus = { nom: "essai", analyser: async () => ({ indisponible: true }) };
      for (const [antivirus, code] of [
        [infecte, "virus_detecte"],
        [muet, "antivirus_indisponible"],
      ] as const) {
        const deps = depotsDeTest({ antivirus });
        const e = await refus(
          enregistrerDocument(db, deps, {
            acteur: f.acteur,
            foyerId: f.foyerId,
            dossierId: null,
            type: "autre",
            nomFichier: "a.pdf",
            octets: fichiers.pdf(),
            maintenant,
          }),
        );
        expect(e).toMatchObject({ code, champ: "fichier" });
        expect(deps.fichiersDuFoyer(f.foyerId)).toEqual([]);
      }
      expect(await db.document.count({ where: { foyerId: f.foyerId } })).toBe(0);
    });

    it("si la ligne ne peut pas être écrite, le fichier déjà écrit est retiré", async () => {
      const db = base().prisma;
      const deps = depotsDeTest();
      const f = await creerFamille(db);
      const fantome = { id: randomUUID(), role: "citoyen" as const }; // no such account: the insert fails
      await expect(
        enregistrerDocument(db, deps, {
          acteur: fantome,
          foyerId: f.foyerId,
          dossierId: null,
          type: "autre",
          nomFichier: "a.pdf",
          octets: fichiers.pdf(),
          maintenant,
        }),
      ).rejects.toThrow();
      expect(deps.fichiersDuFoyer(f.foyerId)).toEqual([]);
      expect(await db.document.count({ where: { foyerId: f.foyerId } })).toBe(0);
    });
  });

  describe("propriété", () => {
    it("une famille ne dépose que pour son foyer ; un agent pour le foyer qu'il désigne", async () => {
      const db = base().prisma;
      const a = await creerFamille(db, "Alice");
      const b = await creerFamille(db, "Bruno");
      const agent = await creerAgent(db);
      expect(await foyerDuDepot(db, a.acteur, undefined)).toBe(a.foyerId);
      expect(await foyerDuDepot(db, a.acteur, a.foyerId)).toBe(a.foyerId);
      expect(await refus(foyerDuDepot(db, a.acteur, b.foyerId))).toMatchObject({ code: "foyer_interdit" });
      expect(await foyerDuDepot(db, agent, b.foyerId)).toBe(b.foyerId);
      expect(await refus(foyerDuDepot(db, agent, undefined))).toMatchObject({ code: "foyer_introuvable" });
      expect(await refus(foyerDuDepot(db, agent, randomUUID()))).toMatchObject({ code: "foyer_introuvable" });
    });

    it("le dossier ou la demande désignés doivent être ceux du foyer", async () => {
      const db = base().prisma;
      const a = await creerFamille(db, "Alice");
      const b = await creerFamille(db, "Bruno");
      const dossierB = await db.dossier.create({ data: { foyerId: b.foyerId, raisons: ["document_depose"] } });
      const annee = await db.anneeScolaire.create({
        data: {
          libelle: `essai-${randomUUID().slice(0, 6)}`,
          debut: new Date("2026-09-01"),
          fin: new Date("2027-07-04"),
        },
      });
      const demandeA = await db.demande.create({
        data: { foyerId: a.foyerId, anneeScolaireId: annee.id, cleIdempotence: randomUUID() },
      });
      expect(await refus(dossierDuDepot(db, a.foyerId, { dossierId: dossierB.id }))).toMatchObject({
        code: "dossier_introuvable",
      });
      expect(await dossierDuDepot(db, b.foyerId, { dossierId: dossierB.id })).toBe(dossierB.id);
      expect(await dossierDuDepot(db, a.foyerId, { demandeId: demandeA.id })).toBeNull();
      const dossierA = await db.dossier.create({
        data: { foyerId: a.foyerId, demandeId: demandeA.id, raisons: ["consentement_refuse"] },
      });
      expect(await dossierDuDepot(db, a.foyerId, { demandeId: demandeA.id })).toBe(dossierA.id);
      expect(await refus(dossierDuDepot(db, b.foyerId, { demandeId: demandeA.id }))).toMatchObject({
        code: "demande_introuvable",
      });
    });

    it("à la soumission, les pièces sans dossier du foyer rejoignent le nouveau dossier, pas celles d'un autre foyer", async () => {
      const db = base().prisma;
      const deps = depotsDeTest();
      const a = await creerFamille(db, "Alice");
      const b = await creerFamille(db, "Bruno");
      const deposer = (f: typeof a) =>
        enregistrerDocument(db, deps, {
          acteur: f.acteur,
          foyerId: f.foyerId,
          dossierId: null,
          type: "avis_imposition",
          nomFichier: "avis.pdf",
          octets: fichiers.pdf(),
          maintenant,
        });
      const [pa, pb] = [await deposer(a), await deposer(b)];
      const dossier = await db.dossier.create({ data: { foyerId: a.foyerId, raisons: ["document_depose"] } });
      expect(await rattacherDocumentsAuDossier(db, a.foyerId, dossier.id)).toBe(1);
      expect((await db.document.findUniqueOrThrow({ where: { id: pa.id } })).dossierId).toBe(dossier.id);
      expect((await db.document.findUniqueOrThrow({ where: { id: pb.id } })).dossierId).toBeNull();
    });

    it("la pièce d'une autre famille est introuvable ; l'agent et la famille la téléchargent ; un fichier altéré n'est pas délivré", async () => {
      const db = base().prisma;
      const deps = depotsDeTest();
      const a = await creerFamille(db, "Alice");
      const b = await creerFamille(db, "Bruno");
      const agent = await creerAgent(db);
      const doc = await enregistrerDocument(db, deps, {
        acteur: a.acteur,
        foyerId: a.foyerId,
        dossierId: null,
        type: "avis_imposition",
        nomFichier: "avis.pdf",
        octets: fichiers.pdf(),
        maintenant,
      });
      expect(await lireDocumentPourTelechargement(db, deps.stockage, b.acteur, doc.id)).toEqual({
        statut: "introuvable",
      });
      expect(await lireDocumentPourTelechargement(db, deps.stockage, b.acteur, "../../etc/passwd")).toEqual({
        statut: "introuvable",
      });
      expect((await listerMesDocuments(db, b.compte.id)).map((d) => d.id)).toEqual([]);
      expect((await listerMesDocuments(db, a.compte.id)).map((d) => d.id)).toEqual([doc.id]);
      const stocke = readFileSync(path.join(deps.racine, a.foyerId, doc.id));
      for (const acteur of [a.acteur, agent]) {
        const r = await lireDocumentPourTelechargement(db, deps.stockage, acteur, doc.id);
        expect(r).toMatchObject({ statut: "ok", nomFichier: "avis.pdf", typeMime: "application/pdf" });
        expect(r.statut === "ok" && r.octets.equals(stocke)).toBe(true);
      }
      writeFileSync(path.join(deps.racine, a.foyerId, doc.id), Buffer.concat([stocke, Buffer.from("%ajout")]));
      expect(await lireDocumentPourTelechargement(db, deps.stockage, a.acteur, doc.id)).toEqual({
        statut: "altere",
        documentId: doc.id,
      });
    });
  });
});
