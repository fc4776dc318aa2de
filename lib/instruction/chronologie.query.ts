import "server-only";

// Loads what the timeline merges (lib/instruction/domain/chronologie.ts). The foyer's consents, upstream calls,
// snapshots and documents belong to the family rather than to one dossier, so all of the foyer's are shown; the
// call log is capped to its latest rows (a family retrying for weeks must not make the page heavy).
import type { Db } from "@/lib/server/database";
import { construireChronologie, type EvenementChronologie } from "./domain/chronologie";
import { nomsDesComptes } from "./dossier.query";

const APPELS_MAX = 100;
const FAMILLE = "la famille";

/** Audit rows about the dossier or its request (contexts spell the target type "Dossier" or "dossier"). */
const cibles = (dossierId: string, demandeId: string | null) => [
  { cibleType: { in: ["Dossier", "dossier"] }, cibleId: dossierId },
  ...(demandeId ? [{ cibleType: { in: ["Demande", "demande"] }, cibleId: demandeId }] : []),
];

export async function chronologieDuDossier(
  db: Db,
  dossier: { id: string; creeLe: Date; foyerId: string; demandeId: string | null },
): Promise<EvenementChronologie[]> {
  const foyerId = dossier.foyerId;
  const [consentements, appels, instantanes, documents, decisions, messages, audit] = await Promise.all([
    db.consentement.findMany({
      where: { foyerId },
      select: {
        id: true,
        statut: true,
        creeLe: true,
        retireLe: true,
        donnees: true,
        fournisseur: true,
        anneeRevenus: true,
      },
    }),
    db.appelAmont.findMany({
      where: { foyerId },
      orderBy: { creeLe: "desc" },
      take: APPELS_MAX,
      select: {
        id: true,
        fournisseur: true,
        ressource: true,
        mode: true,
        anneeRevenus: true,
        statutHttp: true,
        codeErreur: true,
        dureeMs: true,
        correlationId: true,
        issue: true,
        tentative: true,
        creeLe: true,
      },
    }),
    db.instantaneFiscal.findMany({
      where: { foyerId },
      select: {
        id: true,
        source: true,
        anneeRevenus: true,
        recupereLe: true,
        situationsMultiples: true,
        saisiParId: true,
        justification: true,
      },
    }),
    db.document.findMany({
      where: { foyerId },
      select: {
        id: true,
        type: true,
        nomFichier: true,
        taille: true,
        creeLe: true,
        deposePar: { select: { id: true, role: true } },
      },
    }),
    db.decision.findMany({
      where: { dossierId: dossier.id },
      select: { id: true, type: true, motif: true, creeLe: true, agentId: true },
    }),
    db.message.findMany({
      where: { foyerId, OR: [{ dossierId: dossier.id }, { dossierId: null }] },
      select: { id: true, deLAgent: true, corps: true, creeLe: true, auteurId: true },
    }),
    db.journalAudit.findMany({
      where: { OR: cibles(dossier.id, dossier.demandeId) },
      select: { id: true, action: true, creeLe: true, acteurId: true, acteurRole: true },
    }),
  ]);
  const noms = await nomsDesComptes(db, [
    ...instantanes.map((i) => i.saisiParId),
    ...documents.filter((d) => d.deposePar.role !== "citoyen").map((d) => d.deposePar.id),
    ...decisions.map((d) => d.agentId),
    ...messages.filter((m) => m.deLAgent).map((m) => m.auteurId),
    ...audit.filter((a) => a.acteurRole !== "citoyen").map((a) => a.acteurId),
  ]);
  const nom = (id: string | null) => (id ? (noms.get(id) ?? null) : null);
  return construireChronologie({
    dossier: { id: dossier.id, creeLe: dossier.creeLe },
    consentements: consentements.map((c) => ({ ...c, auteur: FAMILLE })),
    appels,
    instantanes: instantanes.map(({ saisiParId, ...i }) => ({ ...i, saisiPar: nom(saisiParId) })),
    documents: documents.map(({ deposePar, ...d }) => ({
      ...d,
      deposePar: deposePar.role === "citoyen" ? FAMILLE : nom(deposePar.id),
    })),
    decisions: decisions.map(({ agentId, ...d }) => ({ ...d, agent: nom(agentId) })),
    messages: messages.map(({ auteurId, ...m }) => ({ ...m, auteur: m.deLAgent ? nom(auteurId) : FAMILLE })),
    audit: audit.map(({ acteurId, acteurRole, ...a }) => ({
      ...a,
      acteur: acteurRole === "citoyen" ? FAMILLE : nom(acteurId),
    })),
  });
}
