import { randomUUID } from "node:crypto";

import { beforeAll, expect, it } from "vitest";

import { surLesDeuxBases } from "@/tests/support/bases";
import { collectiviteDeDemo, famille } from "@/tests/support/familles";
import { ajouterEnfantAuFoyer, modifierEnfantDuFoyer, retirerEnfantDuFoyer } from "./enfants.mutation";
import { compterMesEnfants } from "./enfants.query";

const t0 = new Date("2026-11-23T08:00:00Z");

surLesDeuxBases("enfants du foyer", (base) => {
  let ecoleId: string;
  beforeAll(async () => {
    await collectiviteDeDemo(base().prisma);
    ecoleId = (await base().prisma.ecole.findFirstOrThrow({ select: { id: true } })).id;
  });
  const enfant = (prenom: string) => ({
    prenom,
    nom: "DUPONT",
    dateNaissance: "2020-04-12",
    ecoleId,
    niveau: "MS" as const,
    pai: false,
  });

  it("le premier enfant crée le foyer du compte ; une école inconnue est refusée sans rien écrire", async () => {
    const db = base().prisma;
    const { id: compteId } = await db.compte.create({ data: { role: "citoyen", prenoms: "Inès" } });
    await expect(
      ajouterEnfantAuFoyer(db, compteId, { ...enfant("Lou"), ecoleId: randomUUID() }, 8),
    ).rejects.toMatchObject({ code: "ecole_introuvable", champ: "ecoleId" });
    expect(await db.foyer.count({ where: { responsables: { some: { compteId } } } })).toBe(0);
    await ajouterEnfantAuFoyer(db, compteId, enfant("Lou"), 8);
    expect(await compterMesEnfants(db, compteId)).toBe(1);
    const lu = await db.enfant.findFirstOrThrow({ where: { foyer: { responsables: { some: { compteId } } } } });
    expect(lu.dateNaissance).toEqual(new Date("2020-04-12T00:00:00Z"));
  });

  it("l'enfant d'une autre famille est introuvable : ni modifié, ni retiré", async () => {
    const db = base().prisma;
    const a = await famille(db);
    const b = await famille(db);
    const enfantDeB = b.enfants[0]!.id;
    await expect(modifierEnfantDuFoyer(db, a.compteId, enfantDeB, enfant("Intrus"))).rejects.toMatchObject({
      code: "enfant_introuvable",
    });
    await expect(retirerEnfantDuFoyer(db, a.compteId, enfantDeB, t0)).rejects.toMatchObject({
      code: "enfant_introuvable",
    });
    expect(await db.enfant.findUniqueOrThrow({ where: { id: enfantDeB } })).toMatchObject({
      prenom: "Léo",
      retireLe: null,
    });

    await modifierEnfantDuFoyer(db, b.compteId, enfantDeB, enfant("Léon"));
    await retirerEnfantDuFoyer(db, b.compteId, enfantDeB, t0);
    expect(await db.enfant.findUniqueOrThrow({ where: { id: enfantDeB } })).toMatchObject({
      prenom: "Léon",
      retireLe: t0,
    });
    expect(await compterMesEnfants(db, b.compteId)).toBe(0);
  });

  it("au-delà du nombre d'enfants permis par foyer : refusé ; un enfant retiré libère sa place s'il n'a pas d'inscription en cours", async () => {
    const db = base().prisma;
    const { id: compteId } = await db.compte.create({ data: { role: "citoyen", prenoms: "Inès" } });
    await ajouterEnfantAuFoyer(db, compteId, enfant("Lou"), 2);
    await ajouterEnfantAuFoyer(db, compteId, enfant("Noa"), 2);
    await expect(ajouterEnfantAuFoyer(db, compteId, enfant("Fictif"), 2)).rejects.toMatchObject({
      code: "enfants_max",
    });
    expect(await compterMesEnfants(db, compteId)).toBe(2);

    const [lou, noa] = await db.enfant.findMany({
      where: { foyer: { responsables: { some: { compteId } } } },
      orderBy: { prenom: "asc" },
    });
    // Noa holds a place: withdrawn from the list, still counted (no add-enrol-withdraw loop).
    const activite = await db.activite.findFirstOrThrow({ select: { id: true } });
    const { id: demandeId } = await db.demande.create({
      data: {
        foyerId: noa!.foyerId,
        anneeScolaireId: (await db.anneeScolaire.findFirstOrThrow()).id,
        cleIdempotence: randomUUID(),
      },
    });
    await db.inscription.create({
      data: { demandeId, enfantId: noa!.id, activiteId: activite.id, frequence: "reguliere", statut: "en_attente" },
    });
    await retirerEnfantDuFoyer(db, compteId, noa!.id, t0);
    await expect(ajouterEnfantAuFoyer(db, compteId, enfant("Fictif"), 2)).rejects.toMatchObject({
      code: "enfants_max",
    });
    await retirerEnfantDuFoyer(db, compteId, lou!.id, t0);
    await ajouterEnfantAuFoyer(db, compteId, enfant("Eden"), 2);
  });
});
