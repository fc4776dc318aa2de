// A household with a bit of everything the portal can hold, for the data-rights tests: a second parent, two
// children, a validated enrolment with its price and explanation, a pending one holding a place, one on the waiting
// list, consents, a fiscal snapshot, a document (file on disk), a dossier with a decision and messages, upstream
// calls, audit entries and an e-mail.
import { randomUUID } from "node:crypto";

import type { DependancesDocuments } from "@/lib/documents/dependances";
import { enregistrerDocument } from "@/lib/documents/depot.mutation";
import type { Db } from "@/lib/server/database";
import { calculerTarif } from "@/lib/tarifs/domain/calculer-tarif";
import { GRILLE_CANTINE_QF } from "@/lib/tarifs/domain/grilles-demo";
import { fichiers } from "./fichiers-de-test";
import { creerAgent, creerFamille } from "./pieces";

const unique = () => randomUUID().slice(0, 8);

export async function creerFamilleComplete(db: Db, deps: DependancesDocuments, prenom: string, nom: string) {
  const f = await creerFamille(db, prenom, nom);
  await db.foyer.update({
    where: { id: f.foyerId },
    data: {
      adresse1: `12 rue des ${nom}`,
      codePostal: "00100",
      commune: "Bellecombe-sur-Lys",
      telephone: "0612345678",
      emailContact: f.compte.email,
    },
  });
  await db.responsableLegal.create({
    data: {
      foyerId: f.foyerId,
      rang: 2,
      prenoms: `Conjoint-${prenom}`,
      nom,
      dateNaissance: "1985-01-02",
      email: `conjoint.${unique()}@exemple.test`,
    },
  });
  await db.compte.update({
    where: { id: f.compte.id },
    data: { franceConnectSub: `sub-${unique()}`, identiteCertifiee: true },
  });

  await db.commune.upsert({
    where: { codeInsee: "00101" },
    create: { codeInsee: "00101", nom: "Bellecombe-sur-Lys", codesPostaux: ["00100"] },
    update: {},
  });
  const annee = await db.anneeScolaire.create({
    data: { libelle: `annee-${unique()}`, debut: new Date("2026-09-01"), fin: new Date("2027-07-04") },
  });
  const ecole = await db.ecole.create({ data: { nom: `École ${unique()}`, communeCodeInsee: "00101" } });
  const activite = (n: string) =>
    db.activite.create({
      data: {
        anneeScolaireId: annee.id,
        ecoleId: ecole.id,
        type: "cantine",
        nom: n,
        jours: [1, 2, 4, 5],
        uniteVente: "repas",
        capacite: 10,
        placesReservees: 2,
      },
    });
  const cantine = await activite(`Cantine ${unique()}`);
  const soir = await activite(`Accueil du soir ${unique()}`);
  const attente = await activite(`Mercredi ${unique()}`);
  const grille = await db.grilleTarifaire.create({
    data: { activiteId: cantine.id, anneeScolaireId: annee.id, nom: "Cantine 2026-2027" },
  });
  const version = await db.versionGrille.create({
    data: { grilleId: grille.id, numero: 1, statut: "publiee", definition: GRILLE_CANTINE_QF as object },
  });

  const enfant = (p: string, naissance: string) =>
    db.enfant.create({
      data: {
        foyerId: f.foyerId,
        prenom: p,
        nom,
        dateNaissance: new Date(naissance),
        ecoleId: ecole.id,
        niveau: "CE1",
      },
    });
  const aine = await enfant(`Aine-${prenom}`, "2018-05-04");
  const cadet = await enfant(`Cadet-${prenom}`, "2021-02-03");
  const demande = await db.demande.create({
    data: {
      foyerId: f.foyerId,
      anneeScolaireId: annee.id,
      cleIdempotence: randomUUID(),
      statut: "soumise",
      soumiseLe: new Date(),
    },
  });
  const validee = await db.inscription.create({
    data: { demandeId: demande.id, enfantId: aine.id, activiteId: cantine.id, statut: "validee", placeReservee: true },
  });
  const prix = calculerTarif(GRILLE_CANTINE_QF, {
    residence: "resident",
    fiscal: {
      rfrEuros: 22032,
      revenuImposableEuros: null,
      nombreParts: 3,
      anneeRevenus: 2025,
      source: "dgfip_franceconnect",
    },
  });
  await db.tarif.create({
    data: {
      inscriptionId: validee.id,
      versionGrilleId: version.id,
      montantCentimes: prix.montantCentimes,
      uniteVente: "repas",
      explication: prix.explication as object,
    },
  });
  await db.inscription.create({
    data: { demandeId: demande.id, enfantId: cadet.id, activiteId: soir.id, statut: "en_attente", placeReservee: true },
  });
  await db.inscription.create({
    data: {
      demandeId: demande.id,
      enfantId: cadet.id,
      activiteId: attente.id,
      statut: "liste_attente",
      rangListeAttente: 1,
    },
  });

  const consentement = await db.consentement.create({
    data: {
      foyerId: f.foyerId,
      compteId: f.compte.id,
      statut: "accorde",
      donnees: ["rfr", "nbPart"],
      finalite: "Calcul du tarif",
      anneeRevenus: 2025,
    },
  });
  await db.instantaneFiscal.create({
    data: {
      foyerId: f.foyerId,
      consentementId: consentement.id,
      source: "dgfip_franceconnect",
      anneeRevenus: 2025,
      rfr: 22032,
      nbParts: "3",
      adresseFiscale: `12 rue des ${nom} 00100 Bellecombe-sur-Lys`,
      expireLe: new Date(Date.now() + 400 * 86_400_000),
    },
  });
  const dossier = await db.dossier.create({
    data: {
      foyerId: f.foyerId,
      demandeId: demande.id,
      raisons: ["document_depose"],
      attenduFamille: "Votre avis d'imposition",
    },
  });
  const document = await enregistrerDocument(db, deps, {
    acteur: f.acteur,
    foyerId: f.foyerId,
    dossierId: dossier.id,
    type: "avis_imposition",
    nomFichier: `avis-${nom}.pdf`,
    octets: fichiers.pdf(),
    maintenant: new Date(),
  });
  const agent = await creerAgent(db);
  await db.decision.create({
    data: { dossierId: dossier.id, agentId: agent.id, type: "demande_piece", motif: `Pièce demandée à ${nom}` },
  });
  await db.message.create({
    data: {
      foyerId: f.foyerId,
      dossierId: dossier.id,
      auteurId: agent.id,
      deLAgent: true,
      corps: `Bonjour ${prenom}, merci d'envoyer votre avis.`,
    },
  });
  await db.appelAmont.create({
    data: {
      fournisseur: "dgfip",
      ressource: "ir_assiettes",
      mode: "franceconnect",
      anneeRevenus: 2025,
      statutHttp: 200,
      dureeMs: 120,
      correlationId: randomUUID(),
      issue: "succes",
      foyerId: f.foyerId,
    },
  });
  await db.journalAudit.create({
    data: {
      acteurId: agent.id,
      acteurRole: "agent",
      action: "document.telecharge",
      cibleType: "document",
      cibleId: document.id,
    },
  });
  await db.courrielSortant.create({
    data: {
      destinataire: f.compte.email!,
      sujet: "Activez votre compte du Portail Famille",
      corps: `Bonjour ${prenom}, lien secret`,
    },
  });
  await db.session.create({
    data: {
      id: `session-${unique()}`,
      compteId: f.compte.id,
      fournisseur: "franceconnect",
      idToken: "jeton-id",
      expireLe: new Date(Date.now() + 3_600_000),
    },
  });
  return {
    ...f,
    prenom,
    nom,
    agent,
    ids: {
      annee: annee.id,
      cantine: cantine.id,
      soir: soir.id,
      attente: attente.id,
      aine: aine.id,
      cadet: cadet.id,
      validee: validee.id,
      dossier: dossier.id,
      document: document.id,
      demande: demande.id,
    },
    prix,
  };
}
