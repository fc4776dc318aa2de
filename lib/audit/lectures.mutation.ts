import "server-only";

// Reads of a family's data by staff, written to the audit trail: the queue (one entry per list page, with its
// filter), a dossier (the family, its children, requests, fiscal data and documents are on that page), a document
// download, an export. Identifiers and filter codes only: never a name, a fiscal figure or a search typed by the
// agent (its presence is kept, not its text: it is a family's name).
import type { FiltresFile } from "@/lib/instruction/domain/filtres-file";
import { journaliser, type Acteur, type DbOuTx } from "./journal.mutation";

/** Actions of the read entries. */
const ACTIONS_LECTURE = {
  file: "lecture.file",
  dossier: "lecture.dossier",
  document: "document.telecharge",
  export: "lecture.export",
} as const;

export type Lecture =
  | { type: "file"; filtres: FiltresFile }
  | { type: "dossier"; dossierId: string; foyerId: string }
  | { type: "document"; documentId: string }
  | { type: "export"; nom: string; cibleType: string; cibleId: string };

/** One entry for one read by an agent or an administrator; a family reading its own data is not an event. */
export async function journaliserLecture(db: DbOuTx, acteur: Acteur, lecture: Lecture, le?: Date): Promise<void> {
  if (acteur.role === "citoyen") return;
  switch (lecture.type) {
    case "file": {
      const f = lecture.filtres;
      await journaliser(
        db,
        acteur,
        ACTIONS_LECTURE.file,
        { type: "file", id: "dossiers" },
        {
          statut: f.statut,
          raison: f.raison,
          attribution: f.attribution,
          anneeScolaireId: f.anneeScolaireId,
          recherche: f.recherche !== null && f.recherche !== "",
          page: f.page,
        },
        le,
      );
      return;
    }
    case "dossier":
      await journaliser(
        db,
        acteur,
        ACTIONS_LECTURE.dossier,
        { type: "dossier", id: lecture.dossierId },
        { foyerId: lecture.foyerId },
        le,
      );
      return;
    case "document":
      await journaliser(
        db,
        acteur,
        ACTIONS_LECTURE.document,
        { type: "document", id: lecture.documentId },
        undefined,
        le,
      );
      return;
    case "export":
      await journaliser(
        db,
        acteur,
        ACTIONS_LECTURE.export,
        { type: lecture.cibleType, id: lecture.cibleId },
        { export: lecture.nom },
        le,
      );
  }
}
