// A small seed builder for back-office tests: a collectivité with its territory and taxation calendar, a school
// year with a canteen and an evening-care activity priced by published demo grids, agents, and dossiers as the
// citizen journey leaves them (foyer, responsables, children, consent, a request whose enrolments hold reserved
// places or wait in line, the price fixed at submission, the upstream call that failed). Written straight through
// Prisma: the citizen journey is not what these tests are about.
import { randomUUID } from "node:crypto";

import type { Acteur } from "@/lib/audit/journal.mutation";
import type { RaisonDossier, StatutDossier } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/database";
import { calculerTarif } from "@/lib/tarifs/domain/calculer-tarif";
import type { DefinitionGrille } from "@/lib/tarifs/domain/definition.schema";
import { GRILLE_CANTINE_QF, GRILLE_PERISCOLAIRE_HORAIRE } from "@/lib/tarifs/domain/grilles-demo";

let compteur = 0;

async function activiteAvecGrille(
  db: Db,
  anneeScolaireId: string,
  ecoleId: string,
  nom: string,
  definition: DefinitionGrille,
  capacite: number,
) {
  const type = definition.unite === "repas" ? ("cantine" as const) : ("accueil_soir" as const);
  const activite = await db.activite.create({
    data: { anneeScolaireId, ecoleId, type, nom, jours: [1, 2, 4, 5], uniteVente: definition.unite, capacite },
  });
  const grille = await db.grilleTarifaire.create({
    data: { activiteId: activite.id, anneeScolaireId, nom: `Grille ${nom}` },
  });
  const version = await db.versionGrille.create({
    data: { grilleId: grille.id, numero: 1, statut: "publiee", definition, publieeLe: new Date() },
  });
  return { id: activite.id, versionId: version.id, definition };
}

async function compte(
  db: Db,
  role: "agent" | "admin" | "citoyen",
  prenoms: string,
  nom: string,
  franceConnect = false,
  dateNaissance: string | null = null,
) {
  const c = await db.compte.create({
    data: {
      role,
      email: `${prenoms.toLowerCase().replace(/\W/g, "")}.${randomUUID()}@exemple.test`,
      prenoms,
      nomUsage: nom,
      nomNaissance: nom,
      dateNaissance,
      franceConnectSub: franceConnect ? randomUUID() : null,
      identiteCertifiee: franceConnect,
    },
    select: { id: true, role: true },
  });
  return c satisfies Acteur;
}

/** The commune's settings (idempotent) and a fresh school year with two priced activities and three staff accounts. */
export async function preparerInstruction(db: Db, capacite = 30) {
  await db.collectivite.upsert({
    where: { id: 1 },
    create: { nom: "Bellecombe-sur-Lys", conservationFiscaleJours: 400 },
    update: {},
  });
  for (const c of [
    { codeInsee: "00101", nom: "Bellecombe-sur-Lys", codesPostaux: ["00100"] },
    { codeInsee: "00102", nom: "Saint-Amand-de-Lys", codesPostaux: ["00110"] },
    { codeInsee: "00103", nom: "Les Aulnes", codesPostaux: ["00110"] },
  ]) {
    await db.commune.upsert({ where: { codeInsee: c.codeInsee }, create: c, update: {} });
  }
  for (const [anneeRevenus, jour] of [
    [2024, "2025-07-23"],
    [2025, "2026-07-22"],
  ] as const) {
    await db.calendrierTaxation.upsert({
      where: { ressource_anneeRevenus: { ressource: "ir_assiettes", anneeRevenus } },
      create: { anneeRevenus, dateTaxation: new Date(`${jour}T00:00:00Z`) },
      update: {},
    });
  }
  const an = 2200 + compteur++;
  const annee = await db.anneeScolaire.create({
    data: { libelle: `${an}-${an + 1}`, debut: new Date(`${an}-09-01`), fin: new Date(`${an + 1}-07-04`) },
  });
  const ecole = await db.ecole.create({ data: { nom: `École des Tilleuls ${an}`, communeCodeInsee: "00101" } });
  const cantine = await activiteAvecGrille(db, annee.id, ecole.id, `Cantine ${an}`, GRILLE_CANTINE_QF, capacite);
  const soir = await activiteAvecGrille(
    db,
    annee.id,
    ecole.id,
    `Accueil du soir ${an}`,
    GRILLE_PERISCOLAIRE_HORAIRE,
    capacite,
  );
  return {
    annee,
    ecole,
    cantine,
    soir,
    agent: await compte(db, "agent", "Camille", "Agent"),
    collegue: await compte(db, "agent", "Sacha", "Collègue"),
    admin: await compte(db, "admin", "Dominique", "Admin"),
  };
}

export type Instruction = Awaited<ReturnType<typeof preparerInstruction>>;

export interface OptionsDossier {
  nom?: string;
  raisons?: RaisonDossier[];
  statut?: StatutDossier;
  agentId?: string | null;
  creeLe?: Date;
  franceConnect?: boolean;
  numeroFiscal?: string | null;
  /** Children born on these dates (AAAA-MM-JJ), each enrolled in both activities. */
  naissances?: string[];
  /** How many of the enrolments wait in line instead of holding a place (the last ones). */
  enListeDAttente?: number;
  sansTarification?: boolean;
  document?: boolean;
  /** Identity of the first responsable (for the identity check of a DGFiP retry). */
  identite?: { prenoms: string; nom: string; dateNaissance: string };
  /** Residence that priced the enrolments at submission (default: resident). */
  residence?: "resident" | "non_resident" | "a_verifier";
}

/** A dossier as a failed submission leaves it. Prices were fixed at submission without tax data. */
export async function semerDossier(db: Db, i: Instruction, o: OptionsDossier = {}) {
  const creeLe = o.creeLe ?? new Date(Date.now() - 3600_000);
  const titulaire = await compte(
    db,
    "citoyen",
    o.identite?.prenoms ?? "Marianne",
    o.identite?.nom ?? o.nom ?? "Dupont",
    o.franceConnect ?? true,
    o.identite?.dateNaissance ?? "1986-04-12",
  );
  const foyer = await db.foyer.create({
    data: { adresse1: "12 rue des Lilas", codePostal: "00100", commune: "Bellecombe-sur-Lys" },
  });
  const responsable = await db.responsableLegal.create({
    data: {
      foyerId: foyer.id,
      compteId: titulaire.id,
      rang: 1,
      prenoms: o.identite?.prenoms ?? "Marianne",
      nom: o.identite?.nom ?? o.nom ?? "Dupont",
      dateNaissance: o.identite?.dateNaissance ?? "1986-04-12",
      numeroFiscal: o.numeroFiscal ?? null,
    },
  });
  await db.consentement.create({
    data: {
      foyerId: foyer.id,
      compteId: titulaire.id,
      statut: "accorde",
      donnees: ["RFR", "nombre de parts"],
      finalite: "Tarification",
      anneeRevenus: 2025,
      creeLe,
    },
  });
  const demande = await db.demande.create({
    data: {
      foyerId: foyer.id,
      anneeScolaireId: i.annee.id,
      statut: "a_instruire",
      cleIdempotence: randomUUID(),
      voieTarification: o.sansTarification ? "sans_tarification" : "donnees_fiscales",
      creeLe,
      soumiseLe: creeLe,
    },
  });
  const naissances = o.naissances ?? ["2018-03-02", "2020-11-20"];
  const inscriptionIds: string[] = [];
  const enAttente = naissances.length * 2 - (o.enListeDAttente ?? 0);
  for (const [n, naissance] of naissances.entries()) {
    const enfant = await db.enfant.create({
      data: {
        foyerId: foyer.id,
        prenom: `Enfant${n + 1}`,
        nom: o.nom ?? "Dupont",
        dateNaissance: new Date(`${naissance}T00:00:00Z`),
        ecoleId: i.ecole.id,
      },
    });
    for (const a of [i.cantine, i.soir]) {
      const place = inscriptionIds.length < enAttente;
      const ins = await db.inscription.create({
        data: {
          demandeId: demande.id,
          enfantId: enfant.id,
          activiteId: a.id,
          statut: place ? "en_attente" : "liste_attente",
          placeReservee: place,
          rangListeAttente: place ? null : inscriptionIds.length,
          creeLe,
        },
      });
      if (place) await db.activite.update({ where: { id: a.id }, data: { placesReservees: { increment: 1 } } });
      const t = calculerTarif(a.definition, { residence: o.residence ?? "resident" });
      await db.tarif.create({
        data: {
          inscriptionId: ins.id,
          versionGrilleId: a.versionId,
          montantCentimes: t.montantCentimes,
          uniteVente: t.unite,
          explication: t.explication,
          fixeLe: creeLe,
        },
      });
      inscriptionIds.push(ins.id);
    }
  }
  await db.appelAmont.create({
    data: {
      fournisseur: "dgfip",
      ressource: "ir_assiettes",
      mode: o.franceConnect === false ? "spi" : "franceconnect",
      anneeRevenus: 2025,
      statutHttp: 503,
      dureeMs: 1200,
      correlationId: randomUUID(),
      issue: "echec_amont",
      tentative: 3,
      foyerId: foyer.id,
      creeLe,
    },
  });
  const document =
    o.document === false
      ? null
      : await db.document.create({
          data: {
            foyerId: foyer.id,
            type: "avis_imposition",
            nomFichier: "avis-2025.pdf",
            typeMime: "application/pdf",
            taille: 180_000,
            sha256: "0".repeat(64),
            deposeParId: titulaire.id,
            expireLe: new Date(Date.now() + 365 * 86_400_000),
            creeLe,
          },
        });
  const dossier = await db.dossier.create({
    data: {
      foyerId: foyer.id,
      demandeId: demande.id,
      statut: o.statut ?? "a_traiter",
      raisons: o.raisons ?? ["echec_api"],
      agentId: o.agentId ?? null,
      creeLe,
    },
  });
  return {
    dossierId: dossier.id,
    foyerId: foyer.id,
    demandeId: demande.id,
    responsableId: responsable.id,
    titulaireId: titulaire.id,
    documentId: document?.id ?? null,
    inscriptionIds,
  };
}

export type DossierSeme = Awaited<ReturnType<typeof semerDossier>>;
