import { beforeAll, expect, it } from "vitest";

import { surLesDeuxBases } from "@/tests/support/bases";
import { collectiviteDeDemo, famille, instantane, MAINTENANT } from "@/tests/support/familles";
import { demandeEnCours } from "./demande.mutation";
import { refuserDonneesFiscales, retenirDonneesObtenues } from "./voie-tarification.mutation";

surLesDeuxBases("voie de tarification d'une demande", (base) => {
  let anneeScolaireId: string;
  beforeAll(async () => {
    ({ anneeScolaireId } = await collectiviteDeDemo(base().prisma));
  });

  it("refuser les données fiscales : le refus est enregistré et la voie choisie, ensemble", async () => {
    const db = base().prisma;
    const f = await famille(db);
    const demandeId = await demandeEnCours(db, f.compteId, anneeScolaireId);
    await db.demande.update({ where: { id: demandeId }, data: { raisonsEnAttente: ["echec_api"] } });
    await refuserDonneesFiscales(db, f.compteId, demandeId, "document", MAINTENANT);
    expect(await db.consentement.findMany({ where: { foyerId: f.foyerId } })).toMatchObject([
      { statut: "refuse", compteId: f.compteId, responsableId: f.responsableId, anneeRevenus: null },
    ]);
    expect(await db.demande.findUniqueOrThrow({ where: { id: demandeId } })).toMatchObject({
      voieTarification: "document",
      raisonsEnAttente: [],
    });
  });

  it("le brouillon d'une autre famille, ou une demande déjà envoyée, est introuvable et rien n'est écrit", async () => {
    const db = base().prisma;
    const a = await famille(db);
    const b = await famille(db);
    const demandeDeB = await demandeEnCours(db, b.compteId, anneeScolaireId);
    await expect(
      refuserDonneesFiscales(db, a.compteId, demandeDeB, "sans_tarification", MAINTENANT),
    ).rejects.toMatchObject({ code: "demande_introuvable" });
    await db.demande.update({ where: { id: demandeDeB }, data: { statut: "a_instruire" } });
    await expect(retenirDonneesObtenues(db, b.compteId, demandeDeB, MAINTENANT)).rejects.toMatchObject({
      code: "demande_introuvable",
    });
    expect(await db.consentement.count({ where: { foyerId: { in: [a.foyerId, b.foyerId] } } })).toBe(0);
    expect((await db.demande.findUniqueOrThrow({ where: { id: demandeDeB } })).voieTarification).toBeNull();
  });

  it("retenir les données déjà obtenues : refusé sans instantané valide, sinon la demande se tarife avec elles", async () => {
    const db = base().prisma;
    const f = await famille(db);
    const demandeId = await demandeEnCours(db, f.compteId, anneeScolaireId);
    await expect(retenirDonneesObtenues(db, f.compteId, demandeId, MAINTENANT)).rejects.toMatchObject({
      code: "aucune_donnee",
    });
    await instantane(db, f.foyerId, f.responsableId, { rfr: 30000, nbParts: 2 });
    await retenirDonneesObtenues(db, f.compteId, demandeId, MAINTENANT);
    expect(await db.demande.findUniqueOrThrow({ where: { id: demandeId } })).toMatchObject({
      voieTarification: "donnees_fiscales",
      raisonsEnAttente: [],
    });
  });
});
