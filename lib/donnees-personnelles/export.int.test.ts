import { expect, it } from "vitest";

import { surLesDeuxBases } from "@/tests/support/bases";
import { creerFamilleComplete } from "@/tests/support/famille-complete";
import { instantane } from "@/tests/support/familles";
import { depotsDeTest } from "@/tests/support/pieces";
import { exporterMesDonnees, FORMAT_EXPORT } from "./export.query";

surLesDeuxBases("export des données personnelles", (base) => {
  it("contient tout ce que le portail détient sur le compte et son foyer", async () => {
    const db = base().prisma;
    const deps = depotsDeTest();
    const a = await creerFamilleComplete(db, deps, "Anouk", "ALBERTI");
    const e = await exporterMesDonnees(db, a.compte.id, new Date("2026-11-23T08:00:00Z"));
    expect(e.format).toBe(FORMAT_EXPORT);
    expect(e.compte).toMatchObject({
      id: a.compte.id,
      email: a.compte.email,
      prenoms: "Anouk",
      nomUsage: "ALBERTI",
      dateNaissance: "1986-03-14",
      identiteCertifiee: true,
    });
    expect(e.compte.connexion).toMatchObject({ franceConnect: true, motDePasseDefini: false });
    expect(e.compte.sessions).toHaveLength(1);
    const f = e.foyer!;
    expect(f.adresse).toMatchObject({ ligne1: "12 rue des ALBERTI", codePostal: "00100" });
    expect(f.responsablesLegaux.map((r) => [r.rang, r.prenoms, r.titulaireDeCeCompte])).toEqual([
      [1, "Anouk", true],
      [2, "Conjoint-Anouk", false],
    ]);
    expect(f.enfants.map((x) => x.prenom)).toEqual(["Aine-Anouk", "Cadet-Anouk"]);
    const inscription = f.enfants[0]!.inscriptions[0]!;
    expect(inscription).toMatchObject({ statut: "validee", activite: { type: "cantine" } });
    expect(inscription.tarifs[0]).toMatchObject({ montantCentimes: 235, uniteVente: "repas", versionGrille: 1 });
    expect(inscription.tarifs[0]!.explicationEnClair!.join(" ")).toMatch(/Quotient familial : 612\s€.*revenus 2025/);
    expect(f.enfants[1]!.inscriptions.map((i) => i.statut)).toEqual(["en_attente", "liste_attente"]);
    expect(f.consentements).toEqual([
      expect.objectContaining({ statut: "accorde", fournisseur: "DGFiP", anneeRevenus: 2025, donneParCeCompte: true }),
    ]);
    expect(f.donneesFiscales).toEqual([
      expect.objectContaining({ source: "dgfip_franceconnect", anneeRevenus: 2025, rfr: 22032, nbParts: "3" }),
    ]);
    expect(f.pieces).toEqual([
      expect.objectContaining({
        id: a.ids.document,
        type: "avis_imposition",
        nomFichier: "avis-ALBERTI.pdf",
        typeMime: "application/pdf",
      }),
    ]);
    expect(f.dossiers).toEqual([
      expect.objectContaining({
        id: a.ids.dossier,
        raisons: ["document_depose"],
        decisions: [expect.objectContaining({ type: "demande_piece" })],
      }),
    ]);
    expect(f.messages).toEqual([
      expect.objectContaining({ deLAgent: true, corps: "Bonjour Anouk, merci d'envoyer votre avis." }),
    ]);
    expect(f.appelsAuxAdministrations).toEqual([
      expect.objectContaining({ fournisseur: "dgfip", ressource: "ir_assiettes", anneeRevenus: 2025, issue: "succes" }),
    ]);
    expect(e.journalDesActions).toContainEqual(
      expect.objectContaining({ action: "document.telecharge", acteurRole: "agent", parCeCompte: false }),
    );
    expect(e.journalDesActions).toContainEqual(
      expect.objectContaining({ action: "document.depose", parCeCompte: true }),
    );
    expect(e.courrielsEnvoyes).toEqual([expect.objectContaining({ sujet: "Activez votre compte du Portail Famille" })]);
    // Never exported: secrets, tokens, e-mail bodies (they carried links), other accounts' ids.
    const texte = JSON.stringify(e);
    for (const interdit of ["motDePasseHash", "jeton-id", "idToken", "lien secret", a.agent.id])
      expect(texte).not.toContain(interdit);
  });

  it("ne contient rien d'une autre famille", async () => {
    const db = base().prisma;
    const deps = depotsDeTest();
    const a = await creerFamilleComplete(db, deps, "Anouk", "ALBERTI");
    const b = await creerFamilleComplete(db, deps, "Basile", "BERNARDIN");
    const texte = JSON.stringify(await exporterMesDonnees(db, a.compte.id, new Date()));
    expect(texte).toContain("ALBERTI");
    const deB = [b.compte.id, b.foyerId, b.compte.email!, "BERNARDIN", "Basile", ...Object.values(b.ids)];
    for (const trace of deB) expect(texte, `trace de l'autre famille : ${trace}`).not.toContain(trace);
  });

  it("ne contient aucune donnée brute du foyer fiscal du second parent (issue 10 §2)", async () => {
    const db = base().prisma;
    const a = await creerFamilleComplete(db, depotsDeTest(), "Aurore", "ARNAUD");
    const second = await db.responsableLegal.update({
      where: { foyerId_rang: { foyerId: a.foyerId, rang: 2 } },
      data: { foyerFiscalDistinct: true },
    });
    await instantane(db, a.foyerId, second.id, { rfr: 31_415, nbParts: 1.5, codePostal: "00977", commune: "AILLEURS" });
    const e = await exporterMesDonnees(db, a.compte.id, new Date("2026-11-23T08:00:00Z"));
    expect(e.foyer!.donneesFiscales.map((d) => d.rfr)).toEqual([22032]);
    const texte = JSON.stringify(e);
    for (const brut of ["31415", "00977", "AILLEURS"])
      expect(texte, `donnée du second parent : ${brut}`).not.toContain(brut);
  });

  it("ne contient rien d'une réponse de la DGFiP retenue pour un agent (identité non prouvée), ni le numéro fiscal saisi", async () => {
    const db = base().prisma;
    const a = await creerFamilleComplete(db, depotsDeTest(), "Anouk", "ALBERTI");
    const responsable = await db.responsableLegal.findFirstOrThrow({ where: { foyerId: a.foyerId, rang: 1 } });
    // What an SPI lookup with the Dupont household's number leaves behind while an agent checks it.
    await db.responsableLegal.update({ where: { id: responsable.id }, data: { numeroFiscal: "3012345678901" } });
    await db.instantaneFiscal.create({
      data: {
        foyerId: a.foyerId,
        responsableId: responsable.id,
        source: "dgfip_spi",
        anneeRevenus: 2025,
        recupereLe: new Date("2026-11-23T08:00:00Z"),
        correlationId: "correlation-dupont",
        rfr: 48200,
        revenuImposable: 51_900,
        nbParts: 3,
        situationFamille: "M",
        nbPersonnesCharge: 2,
        adresseFiscale: "12 RUE DES TILLEULS 00100 BELLECOMBE SUR LYS",
        adresseCodePostal: "00100",
        adresseCommune: "BELLECOMBE SUR LYS",
        declarants: [
          { prenoms: "Marianne Claire", nomNaissance: "LEFEVRE", nomUsage: "DUPONT", dateNaissance: "1986-03-14" },
          { prenoms: "Pierre", nomNaissance: "DUPONT", nomUsage: null, dateNaissance: "1984-07-02" },
        ],
        aVerifier: true,
        expireLe: new Date("2027-12-31T00:00:00Z"),
      },
    });
    const texte = JSON.stringify(await exporterMesDonnees(db, a.compte.id, new Date("2026-11-23T09:00:00Z")));
    expect(texte).toContain("ALBERTI");
    for (const trace of [
      "48200",
      "51900",
      "LEFEVRE",
      "DUPONT",
      "Marianne",
      "Pierre",
      "1984-07-02",
      "TILLEULS",
      "correlation-dupont",
      "3012345678901",
    ])
      expect(texte, `trace de la réponse retenue : ${trace}`).not.toContain(trace);
  });

  it("un compte sans foyer exporte son compte seul", async () => {
    const db = base().prisma;
    const c = await db.compte.create({ data: { role: "citoyen", prenoms: "Solène" } });
    const e = await exporterMesDonnees(db, c.id, new Date());
    expect(e.compte.prenoms).toBe("Solène");
    expect(e.foyer).toBeNull();
  });
});
