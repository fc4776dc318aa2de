// Issue 22 §3: the "À faire" reminders of the family's space disappear once done (an answer sent, the requested
// document deposited, FranceConnect authorized again), and name the collectivité from its settings.
import { beforeAll, expect, it } from "vitest";

import { enregistrerDocument } from "@/lib/documents/depot.mutation";
import { demanderALaFamille } from "@/lib/instruction/echanges-famille.mutation";
import { repondreAuDossierDuFoyer } from "@/lib/messages/repondre.mutation";
import { surLesDeuxBases } from "@/tests/support/bases";
import { preparerInstruction, semerDossier, type Instruction } from "@/tests/support/dossier-de-test";
import { fichiers } from "@/tests/support/fichiers-de-test";
import { depotsDeTest } from "@/tests/support/pieces";
import { listerAFaire } from "./a-faire.query";

const ATTENDU = "Déposer votre dernier avis d'imposition.";

surLesDeuxBases("rappels « À faire » de l'espace famille", (base) => {
  let i: Instruction;
  beforeAll(async () => {
    i = await preparerInstruction(base().prisma);
    await base().prisma.collectivite.upsert({
      where: { id: 1 },
      create: { id: 1, nom: "Syndicat scolaire des Deux Rives", article: "le" },
      update: { nom: "Syndicat scolaire des Deux Rives", article: "le" },
    });
  });

  async function dossierEnAttente() {
    const db = base().prisma;
    const d = await semerDossier(db, i, { statut: "en_cours", agentId: i.agent.id });
    await demanderALaFamille(db, i.agent, {
      dossierId: d.dossierId,
      attendu: ATTENDU,
      message: "Merci de déposer l'avis.",
    });
    return d;
  }

  const rappelsDuDossier = async (compteId: string) =>
    (await listerAFaire(base().prisma, compteId)).filter((r) => r.texte.includes(ATTENDU));

  it("une demande de l'agent fait un rappel, qui nomme la collectivité par son nom", async () => {
    const d = await dossierEnAttente();
    expect(await rappelsDuDossier(d.titulaireId)).toEqual([
      { href: `/espace/demandes/${d.demandeId}`, texte: `Répondre au Syndicat scolaire des Deux Rives : ${ATTENDU}` },
    ]);
  });

  it("la réponse envoyée fait disparaître le rappel, et l'attendu n'est plus montré à la famille", async () => {
    const db = base().prisma;
    const d = await dossierEnAttente();
    await repondreAuDossierDuFoyer(db, d.titulaireId, d.dossierId, "Voici ma réponse.");
    expect(await rappelsDuDossier(d.titulaireId)).toEqual([]);
    expect((await db.dossier.findUniqueOrThrow({ where: { id: d.dossierId } })).attenduFamille).toBeNull();
  });

  it("la pièce déposée par la famille sur le dossier fait disparaître le rappel ; le dossier revient à l'agent", async () => {
    const db = base().prisma;
    const d = await dossierEnAttente();
    await enregistrerDocument(db, depotsDeTest(), {
      acteur: { id: d.titulaireId, role: "citoyen" },
      foyerId: d.foyerId,
      dossierId: d.dossierId,
      type: "avis_imposition",
      nomFichier: "avis.pdf",
      octets: fichiers.pdf(),
      maintenant: new Date(),
    });
    expect(await rappelsDuDossier(d.titulaireId)).toEqual([]);
    expect(await db.dossier.findUniqueOrThrow({ where: { id: d.dossierId } })).toMatchObject({
      statut: "en_cours",
      attenduFamille: null,
    });
  });

  it("une pièce déposée par un agent pour la famille ne vaut pas réponse : le rappel reste", async () => {
    const db = base().prisma;
    const d = await dossierEnAttente();
    await enregistrerDocument(db, depotsDeTest(), {
      acteur: i.agent,
      foyerId: d.foyerId,
      dossierId: d.dossierId,
      type: "avis_imposition",
      nomFichier: "avis.pdf",
      octets: fichiers.pdf(),
      maintenant: new Date(),
    });
    expect(await rappelsDuDossier(d.titulaireId)).toHaveLength(1);
  });

  it("les rappels d'une autre famille ne se voient pas", async () => {
    const a = await dossierEnAttente();
    const b = await dossierEnAttente();
    const rappels = await listerAFaire(base().prisma, a.titulaireId);
    expect(rappels.some((r) => r.href.includes(b.demandeId))).toBe(false);
  });
});
