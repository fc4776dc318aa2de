import { expect, it } from "vitest";

import { choisirActivites, demandeEnCours } from "@/lib/inscriptions/demande.mutation";
import { soumettreDemande } from "@/lib/inscriptions/soumettre-demande.mutation";
import { rejeterDossier } from "@/lib/instruction/rejeter-dossier.mutation";
import { surLesDeuxBases } from "../support/bases";
import { collectiviteDeDemo, famille, instantane, MAINTENANT } from "../support/familles";

surLesDeuxBases("liste d'attente", (base) => {
  it("une place rendue par un rejet va à la famille qui attend depuis le plus longtemps, sans dépasser la capacité", async () => {
    const db = base().prisma;
    const demo = await collectiviteDeDemo(db);
    const stage = await db.activite.create({
      data: {
        type: "mercredi",
        nom: "Stage à une place",
        jours: [3],
        uniteVente: "journee",
        capacite: 1,
        anneeScolaireId: demo.anneeScolaireId,
      },
    });
    const modele = await db.versionGrille.findFirstOrThrow({
      where: { statut: "publiee", grille: { activite: { type: "mercredi" } } },
    });
    const g = await db.grilleTarifaire.create({
      data: { activiteId: stage.id, anneeScolaireId: demo.anneeScolaireId, nom: "Stage" },
    });
    await db.versionGrille.create({
      data: { grilleId: g.id, numero: 1, statut: "publiee", definition: modele.definition as object },
    });

    const soumettre = async (
      f: Awaited<ReturnType<typeof famille>>,
      voie: "donnees_fiscales" | "sans_tarification",
      minute: number,
    ) => {
      const id = await demandeEnCours(db, f.compteId, demo.anneeScolaireId);
      await choisirActivites(
        db,
        f.compteId,
        id,
        [{ enfantId: f.enfants[0]!.id, activiteId: stage.id, frequence: "reguliere" }],
        new Date(MAINTENANT.getTime() + minute * 60_000),
        6,
      );
      await db.demande.update({ where: { id }, data: { voieTarification: voie } });
      return soumettreDemande(db, f.compteId, id, MAINTENANT);
    };
    // First family: place taken, sent to an agent (ambiguous address). Then two families wait, in this order.
    const premiere = await famille(db);
    await instantane(db, premiere.foyerId, premiere.responsableId, {
      rfr: 20000,
      nbParts: 2,
      codePostal: "00110",
      commune: "HAMEAU DU LYS",
    });
    const r1 = await soumettre(premiere, "donnees_fiscales", 0);
    expect(r1.inscriptions[0]!.statut).toBe("en_attente");
    const [deuxieme, troisieme] = [await famille(db), await famille(db)];
    const r2 = await soumettre(deuxieme, "sans_tarification", 1);
    const r3 = await soumettre(troisieme, "sans_tarification", 2);
    expect([r2.inscriptions[0]!.statut, r3.inscriptions[0]!.statut]).toEqual(["liste_attente", "liste_attente"]);

    const agent = await db.compte.create({ data: { role: "agent", email: `agent.${Date.now()}@val-de-lys.test` } });
    await rejeterDossier(
      db,
      { id: agent.id, role: "agent" },
      { dossierId: r1.dossierId!, motif: "Adresse hors du territoire après vérification" },
    );

    const statut = async (id: string) => (await db.inscription.findUniqueOrThrow({ where: { id } })).statut;
    expect(await statut(r1.inscriptions[0]!.id)).toBe("refusee");
    expect(await statut(r2.inscriptions[0]!.id)).toBe("validee");
    expect(await statut(r3.inscriptions[0]!.id)).toBe("liste_attente");
    const apres = await db.activite.findUniqueOrThrow({ where: { id: stage.id } });
    expect(apres.placesReservees).toBe(1);
  });
});
