import { beforeAll, expect, it } from "vitest";

import { avisImpositionDepose } from "@/lib/documents/documents.query";
import { surLesDeuxBases } from "@/tests/support/bases";
import { collectiviteDeDemo, famille, MAINTENANT } from "@/tests/support/familles";
import { activitesCompletes } from "./catalogue.query";

// The reads of the summary page before submission: full activities (waiting list) and the tax notice it requires.
surLesDeuxBases("lectures du récapitulatif", (base) => {
  let demo: Awaited<ReturnType<typeof collectiviteDeDemo>>;
  beforeAll(async () => {
    demo = await collectiviteDeDemo(base().prisma);
  });

  it("une activité est complète quand toutes ses places sont réservées", async () => {
    const db = base().prisma;
    const cantine = await demo.activite("cantine");
    const soir = await demo.activite("accueil_soir");
    expect(await activitesCompletes(db, [cantine.id, soir.id])).toEqual(new Set());
    await db.activite.update({ where: { id: cantine.id }, data: { placesReservees: cantine.capacite } });
    expect(await activitesCompletes(db, [cantine.id, soir.id])).toEqual(new Set([cantine.id]));
  });

  it("l'avis d'imposition déposé compte pour son foyer, et pour la famille de ce foyer seulement", async () => {
    const db = base().prisma;
    const a = await famille(db);
    const b = await famille(db);
    expect(await avisImpositionDepose(db, a.compteId, a.foyerId)).toBe(false);
    await db.document.create({
      data: {
        foyerId: a.foyerId,
        type: "avis_imposition",
        nomFichier: "avis.pdf",
        typeMime: "application/pdf",
        taille: 1,
        sha256: "0".repeat(64),
        deposeParId: a.compteId,
        expireLe: new Date(MAINTENANT.getTime() + 86_400_000),
      },
    });
    expect(await avisImpositionDepose(db, a.compteId, a.foyerId)).toBe(true);
    expect(await avisImpositionDepose(db, b.compteId, a.foyerId)).toBe(false);
  });
});
