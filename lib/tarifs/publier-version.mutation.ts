import "server-only";

// Publishing a draft: it becomes the version that prices new enrolments, the previously published one is archived
// (kept: prices already fixed point to it through Tarif.versionGrilleId and keep their amount and explanation).
import { journaliser, type Acteur } from "@/lib/audit/journal.mutation";
import type { Db } from "@/lib/server/database";
import { ErreurMetier } from "@/lib/server/erreurs";
import { definitionPourActivite, verrouillerGrille } from "./grilles.mutation";

export async function publierVersion(db: Db, acteur: Acteur, versionId: string, maintenant = new Date()) {
  return db.$transaction(async (tx) => {
    const v0 = await tx.versionGrille.findUnique({ where: { id: versionId }, select: { grilleId: true } });
    if (!v0) throw new ErreurMetier("version_introuvable", "Cette version n'existe plus");
    const g = await verrouillerGrille(tx, v0.grilleId);
    // Read again under the lock: a concurrent publication may have gone first.
    const v = await tx.versionGrille.findUniqueOrThrow({
      where: { id: versionId },
      select: { numero: true, statut: true, definition: true },
    });
    if (v.statut !== "brouillon")
      throw new ErreurMetier(
        "version_non_brouillon",
        v.statut === "publiee"
          ? "Cette version est déjà publiée"
          : "Une version archivée ne peut pas être republiée : créez un brouillon",
      );
    definitionPourActivite(v.definition, g.unite);
    const archivees = await tx.versionGrille.findMany({
      where: { grilleId: v0.grilleId, statut: "publiee" },
      select: { id: true, numero: true },
    });
    await tx.versionGrille.updateMany({
      where: { grilleId: v0.grilleId, statut: "publiee" },
      data: { statut: "archivee" },
    });
    await tx.versionGrille.update({ where: { id: versionId }, data: { statut: "publiee", publieeLe: maintenant } });
    await journaliser(
      tx,
      acteur,
      "grille.version.publier",
      { type: "VersionGrille", id: versionId },
      { grilleId: v0.grilleId, numero: v.numero, archivees: archivees.map((a) => a.id) },
    );
    return { versionId, numero: v.numero, archivees };
  });
}
