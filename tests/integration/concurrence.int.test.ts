// 50 families race for the last 10 places of an activity, on the real PostgreSQL with a pool of 12 connections
// (PGlite serialises everything: the race would prove nothing there).
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { choisirActivites, demandeEnCours } from "@/lib/inscriptions/demande.mutation";
import { soumettreDemande } from "@/lib/inscriptions/soumettre-demande.mutation";
import { creerBaseDeTest, type BaseDeTest } from "../support/bases";
import { collectiviteDeDemo, famille, MAINTENANT } from "../support/familles";

const FAMILLES = 50;
const PLACES_RESTANTES = 10;

describe.skipIf(!inject("postgresUrl"))("course aux dernières places [PostgreSQL, pool de 12 connexions]", () => {
  let t: BaseDeTest;
  beforeAll(async () => {
    t = await creerBaseDeTest("postgresql", { poolMax: 12 });
  });
  afterAll(async () => {
    await t?.detruire();
  });

  it(`${FAMILLES} familles pour ${PLACES_RESTANTES} places : exactement ${PLACES_RESTANTES} inscrites, les autres en liste d'attente`, async () => {
    const db = t.base.prisma;
    const demo = await collectiviteDeDemo(db);
    const cantine = await demo.activite("cantine");
    await db.activite.update({
      where: { id: cantine.id },
      data: { placesReservees: cantine.capacite - PLACES_RESTANTES },
    });
    const demandes = [];
    for (let i = 0; i < FAMILLES; i++) {
      const f = await famille(db);
      const id = await demandeEnCours(db, f.compteId, demo.anneeScolaireId);
      await choisirActivites(
        db,
        f.compteId,
        id,
        [{ enfantId: f.enfants[0]!.id, activiteId: cantine.id, frequence: "reguliere" }],
        MAINTENANT,
        6,
      );
      await db.demande.update({ where: { id }, data: { voieTarification: "sans_tarification" } });
      demandes.push({ compteId: f.compteId, id });
    }
    // Everyone at once; each family also double-clicks.
    const resultats = await Promise.all(
      demandes.flatMap((d) => [
        soumettreDemande(db, d.compteId, d.id, MAINTENANT),
        soumettreDemande(db, d.compteId, d.id, MAINTENANT),
      ]),
    );
    const premiers = resultats.filter((r) => !r.dejaSoumise);
    expect(premiers).toHaveLength(FAMILLES);
    const statuts = premiers.map((r) => r.inscriptions[0]!.statut);
    expect(statuts.filter((s) => s === "validee")).toHaveLength(PLACES_RESTANTES);
    expect(statuts.filter((s) => s === "liste_attente")).toHaveLength(FAMILLES - PLACES_RESTANTES);
    const apres = await db.activite.findUniqueOrThrow({ where: { id: cantine.id } });
    expect(apres.placesReservees).toBe(apres.capacite);
    expect(await db.inscription.count({ where: { activiteId: cantine.id, placeReservee: true } })).toBe(
      PLACES_RESTANTES,
    );
  });
});
