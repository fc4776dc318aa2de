import "server-only";

// "Export my data" (RGPD right of access and portability): everything the portal holds about the signed-in account
// and its household, as one JSON document. Ownership is in the where (the account's own row, the household it is a
// responsable of); other accounts appear only as "another account", never by id or identity.
import { foyerDuCompte } from "@/lib/foyers/foyer.query";
import type { Db } from "@/lib/server/database";
import { expliquerEnFrancais } from "@/lib/tarifs/domain/explication-texte";
import { explicationTarif } from "@/lib/tarifs/domain/explication.schema";
import { SELECTION_COMPTE, SELECTION_FOYER, type FoyerExporte } from "./export-selection";

export const FORMAT_EXPORT = "portail-famille/donnees-personnelles/v1";

function explication(brute: unknown): string[] | null {
  const lue = explicationTarif.safeParse(brute);
  return lue.success ? expliquerEnFrancais(lue.data) : null;
}

function foyerExporte(f: FoyerExporte, compteId: string) {
  // The second parent's foyer fiscal is theirs: its data priced the household (the explanation keeps the combined
  // quotient) but is never handed to another account (issue 10).
  const autresFoyersFiscaux = new Set(f.responsables.filter((r) => r.compteId !== compteId).map((r) => r.id));
  return {
    id: f.id,
    adresse: { ligne1: f.adresse1, ligne2: f.adresse2, codePostal: f.codePostal, commune: f.commune },
    telephone: f.telephone,
    emailContact: f.emailContact,
    creeLe: f.creeLe,
    responsablesLegaux: f.responsables.map(({ compteId: c, id: _id, ...r }) => ({
      ...r,
      titulaireDeCeCompte: c === compteId,
      aUnCompte: c !== null,
    })),
    enfants: f.enfants.map(({ ecole, inscriptions, ...e }) => ({
      ...e,
      ecole: ecole?.nom ?? null,
      inscriptions: inscriptions.map(({ activite, tarifs, ...i }) => ({
        ...i,
        activite: {
          nom: activite.nom,
          type: activite.type,
          ecole: activite.ecole?.nom ?? null,
          anneeScolaire: activite.anneeScolaire.libelle,
          jours: activite.jours,
        },
        tarifs: tarifs.map(({ versionGrille, ...t }) => ({
          ...t,
          grille: versionGrille.grille.nom,
          versionGrille: versionGrille.numero,
          explicationEnClair: explication(t.explication),
        })),
      })),
    })),
    demandes: f.demandes.map(({ anneeScolaire, ...d }) => ({ ...d, anneeScolaire: anneeScolaire.libelle })),
    consentements: f.consentements.map(({ compteId: c, ...x }) => ({ ...x, donneParCeCompte: c === compteId })),
    donneesFiscales: f.instantanes
      .filter((i) => !i.responsableId || !autresFoyersFiscaux.has(i.responsableId))
      .map(({ foyerId: _f, ...i }) => ({ ...i, nbParts: i.nbParts?.toString() ?? null })),
    pieces: f.documents,
    dossiers: f.dossiers,
    messages: f.messages,
    appelsAuxAdministrations: f.appels,
  };
}

export async function exporterMesDonnees(db: Db, compteId: string, maintenant: Date) {
  const { motDePasseHash, franceConnectSub, sessions, ...identite } = await db.compte.findUniqueOrThrow({
    where: { id: compteId },
    select: SELECTION_COMPTE,
  });
  const foyer = await db.foyer.findFirst({ where: foyerDuCompte(compteId), select: SELECTION_FOYER });
  // Audit entries about this account, or about its household's documents and dossiers (e.g. an agent opened a document).
  const cibles = [
    { cibleType: "compte", cibleId: compteId },
    ...(foyer
      ? [
          { cibleType: "foyer", cibleId: foyer.id },
          { cibleType: "document", cibleId: { in: foyer.documents.map((d) => d.id) } },
          { cibleType: "dossier", cibleId: { in: foyer.dossiers.map((d) => d.id) } },
        ]
      : []),
  ];
  const [journal, courriels] = await Promise.all([
    db.journalAudit.findMany({
      where: { OR: [{ acteurId: compteId }, ...cibles] },
      orderBy: { creeLe: "asc" },
      select: { action: true, acteurRole: true, acteurId: true, cibleType: true, creeLe: true },
    }),
    identite.email
      ? db.courrielSortant.findMany({
          where: { destinataire: identite.email },
          orderBy: { creeLe: "asc" },
          select: { sujet: true, creeLe: true, envoyeLe: true },
        })
      : [],
  ]);
  return {
    format: FORMAT_EXPORT,
    genereLe: maintenant,
    compte: {
      ...identite,
      connexion: {
        franceConnect: franceConnectSub !== null,
        identifiantFranceConnect: franceConnectSub,
        motDePasseDefini: motDePasseHash !== null,
      },
      sessions,
    },
    foyer: foyer ? foyerExporte(foyer, compteId) : null,
    journalDesActions: journal.map(({ acteurId, ...j }) => ({ ...j, parCeCompte: acteurId === compteId })),
    courrielsEnvoyes: courriels,
  };
}

export type ExportDonnees = Awaited<ReturnType<typeof exporterMesDonnees>>;
