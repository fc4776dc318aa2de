import { beforeAll, expect, it } from "vitest";

import { surLesDeuxBases } from "@/tests/support/bases";
import { preparerInstruction, semerDossier, type Instruction } from "@/tests/support/dossier-de-test";
import { repondreAuDossierDuFoyer } from "./repondre.mutation";

surLesDeuxBases("réponse de la famille à l'agent", (base) => {
  let i: Instruction;
  beforeAll(async () => {
    i = await preparerInstruction(base().prisma);
  });

  it("le message part, le dossier en attente de la famille revient à l'agent qui le suivait, l'audit le note", async () => {
    const db = base().prisma;
    const d = await semerDossier(db, i, { statut: "attente_famille", agentId: i.agent.id });
    const r = await repondreAuDossierDuFoyer(db, d.titulaireId, d.dossierId, "Voici l'avis demandé.");
    expect(r).toEqual({ demandeId: d.demandeId });
    expect(await db.message.findMany({ where: { dossierId: d.dossierId } })).toMatchObject([
      { auteurId: d.titulaireId, deLAgent: false, corps: "Voici l'avis demandé.", foyerId: d.foyerId },
    ]);
    expect((await db.dossier.findUniqueOrThrow({ where: { id: d.dossierId } })).statut).toBe("en_cours");
    expect(await db.journalAudit.findMany({ where: { cibleId: d.dossierId } })).toMatchObject([
      { acteurId: d.titulaireId, acteurRole: "citoyen", action: "message.famille", cibleType: "dossier" },
    ]);
  });

  it("sans agent, le dossier revient dans la file ; un dossier déjà en cours garde son statut", async () => {
    const db = base().prisma;
    const enAttente = await semerDossier(db, i, { statut: "attente_famille" });
    await repondreAuDossierDuFoyer(db, enAttente.titulaireId, enAttente.dossierId, "Réponse");
    expect((await db.dossier.findUniqueOrThrow({ where: { id: enAttente.dossierId } })).statut).toBe("a_traiter");
    const enCours = await semerDossier(db, i, { statut: "en_cours", agentId: i.agent.id });
    await repondreAuDossierDuFoyer(db, enCours.titulaireId, enCours.dossierId, "Précision");
    expect((await db.dossier.findUniqueOrThrow({ where: { id: enCours.dossierId } })).statut).toBe("en_cours");
  });

  it("le dossier d'une autre famille est introuvable, et rien n'est écrit", async () => {
    const db = base().prisma;
    const a = await semerDossier(db, i, { statut: "attente_famille" });
    const b = await semerDossier(db, i, { statut: "attente_famille" });
    await expect(repondreAuDossierDuFoyer(db, a.titulaireId, b.dossierId, "Intrus")).rejects.toMatchObject({
      code: "dossier_introuvable",
    });
    expect(await db.message.count({ where: { dossierId: b.dossierId } })).toBe(0);
    expect((await db.dossier.findUniqueOrThrow({ where: { id: b.dossierId } })).statut).toBe("attente_famille");
  });
});
