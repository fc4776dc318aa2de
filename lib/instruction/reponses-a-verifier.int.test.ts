// Issue 10: an SPI answer whose identity is not proven (local account, mismatch, presumed birthdate) is held for
// the agents. The family sees and exports none of it and is not priced with it; the agents' decision retains the
// answer they validated with and deletes the rest.
import { beforeAll, expect, it } from "vitest";

import { exporterMesDonnees } from "@/lib/donnees-personnelles/export.query";
import { situationFiscaleDuFoyer } from "@/lib/inscriptions/donnees-tarif.query";
import type { Db } from "@/lib/server/database";
import { surLesDeuxBases } from "@/tests/support/bases";
import { collectiviteDeDemo, famille, MAINTENANT } from "@/tests/support/familles";
import { deciderDesReponsesAVerifier } from "./reponses-a-verifier.mutation";

async function reponseAVerifier(db: Db, f: { foyerId: string; responsableId: string }, heures = 0) {
  return db.instantaneFiscal.create({
    data: {
      foyerId: f.foyerId,
      responsableId: f.responsableId,
      source: "dgfip_spi",
      anneeRevenus: 2025,
      recupereLe: new Date(MAINTENANT.getTime() + heures * 3_600_000),
      rfr: 48200,
      nbParts: 3,
      situationFamille: "M",
      adresseCodePostal: "00100",
      adresseCommune: "BELLECOMBE SUR LYS",
      declarants: [{ rang: 1, nomNaissance: "DUPONT", nomUsage: null, prenoms: "Pierre", dateNaissance: "1984-11-02" }],
      aVerifier: true,
      expireLe: new Date(MAINTENANT.getTime() + 400 * 86_400_000),
    },
  });
}

surLesDeuxBases("réponses par numéro fiscal réservées aux agents", (base) => {
  beforeAll(async () => {
    await collectiviteDeDemo(base().prisma);
  });

  it("la famille ne voit, n'exporte ni n'est tarifée avec une réponse à vérifier", async () => {
    const db = base().prisma;
    const f = await famille(db);
    await reponseAVerifier(db, f);
    const s = await situationFiscaleDuFoyer(db, f.foyerId, MAINTENANT);
    expect(s.foyersFiscaux[0]?.instantane).toBeNull();
    expect(s.residence.source).toBe("declaree");
    const e = await exporterMesDonnees(db, f.compteId, MAINTENANT);
    expect(e.foyer?.donneesFiscales).toEqual([]);
    expect(JSON.stringify(e)).not.toContain("48200");
    expect(JSON.stringify(e)).not.toContain("Pierre");
  });

  it("à la validation, la réponse la plus récente est retenue et les autres supprimées", async () => {
    const db = base().prisma;
    const f = await famille(db);
    const ancienne = await reponseAVerifier(db, f, 0);
    const recente = await reponseAVerifier(db, f, 1);
    const r = await db.$transaction((tx) => deciderDesReponsesAVerifier(tx, f.foyerId, "validation"));
    expect(r).toEqual({ retenue: true, supprimees: 1 });
    expect(await db.instantaneFiscal.findUnique({ where: { id: ancienne.id } })).toBeNull();
    expect(await db.instantaneFiscal.findUniqueOrThrow({ where: { id: recente.id } })).toMatchObject({
      aVerifier: false,
    });
    expect((await situationFiscaleDuFoyer(db, f.foyerId, MAINTENANT)).foyersFiscaux[0]?.instantane?.rfr).toBe(48200);
  });

  it("une saisie de l'agent plus récente l'emporte : la réponse à vérifier est supprimée", async () => {
    const db = base().prisma;
    const f = await famille(db);
    await reponseAVerifier(db, f, 0);
    await db.instantaneFiscal.create({
      data: {
        foyerId: f.foyerId,
        responsableId: f.responsableId,
        source: "saisie_agent",
        anneeRevenus: 2025,
        recupereLe: new Date(MAINTENANT.getTime() + 3_600_000),
        rfr: 21000,
        nbParts: 2,
        justification: "avis déposé",
        expireLe: new Date(MAINTENANT.getTime() + 400 * 86_400_000),
      },
    });
    const r = await db.$transaction((tx) => deciderDesReponsesAVerifier(tx, f.foyerId, "validation"));
    expect(r).toEqual({ retenue: false, supprimees: 1 });
    expect(await db.instantaneFiscal.count({ where: { foyerId: f.foyerId, source: "dgfip_spi" } })).toBe(0);
  });

  it("au rejet, toute réponse à vérifier est supprimée", async () => {
    const db = base().prisma;
    const f = await famille(db);
    await reponseAVerifier(db, f);
    const r = await db.$transaction((tx) => deciderDesReponsesAVerifier(tx, f.foyerId, "rejet"));
    expect(r).toEqual({ retenue: false, supprimees: 1 });
    expect(await db.instantaneFiscal.count({ where: { foyerId: f.foyerId } })).toBe(0);
  });
});
