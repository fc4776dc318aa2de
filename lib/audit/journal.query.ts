import "server-only";

// The audit journal as administrators read it (/admin/journal): entries most recent first, filtered by account,
// action and Paris days, page by page. Details are shown as they were written: flat identifiers and codes.
import { heureDeParis } from "@/lib/commun/champs-formulaire";
import type { Prisma, Role } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/database";
import { pageDuJournal, type FiltresJournal } from "./domain/filtres-journal";

const TAILLE_PAGE_JOURNAL = 50;

interface EntreeJournal {
  id: string;
  le: Date;
  /** The actor's name (or e-mail), null for an entry written by the portal itself (alerts, jobs). */
  acteur: string | null;
  acteurRole: Role | null;
  action: string;
  cibleType: string | null;
  cibleId: string | null;
  details: [string, string][];
}

const LIBELLES_ROLE: Record<Role, string> = { citoyen: "famille", agent: "agent", admin: "administrateur" };

function lendemain(jour: string): string {
  const d = new Date(`${jour}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function ou(f: FiltresJournal): Prisma.JournalAuditWhereInput {
  return {
    ...(f.acteurId && { acteurId: f.acteurId }),
    ...(f.action && { action: f.action }),
    ...((f.du || f.au) && {
      creeLe: {
        ...(f.du && { gte: heureDeParis(`${f.du}T00:00`) }),
        ...(f.au && { lt: heureDeParis(`${lendemain(f.au)}T00:00`) }),
      },
    }),
  };
}

function texte(v: unknown): string {
  if (Array.isArray(v)) return v.map(texte).join(", ");
  if (v === null || v === undefined) return "—";
  return typeof v === "object" ? JSON.stringify(v) : String(v);
}

function nomDe(c: {
  prenoms: string | null;
  nomUsage: string | null;
  nomNaissance: string | null;
  email: string | null;
}) {
  const nom = [c.prenoms, c.nomUsage ?? c.nomNaissance].filter(Boolean).join(" ");
  return nom || c.email || "compte sans nom";
}

async function nomsDesComptes(db: Db, ids: string[]): Promise<Map<string, string>> {
  const comptes = await db.compte.findMany({
    where: { id: { in: [...new Set(ids)] } },
    select: { id: true, prenoms: true, nomUsage: true, nomNaissance: true, email: true },
  });
  return new Map(comptes.map((c) => [c.id, nomDe(c)]));
}

export async function lireJournal(db: Db, f: FiltresJournal, taille = TAILLE_PAGE_JOURNAL) {
  const where = ou(f);
  const total = await db.journalAudit.count({ where });
  const { page, pages } = pageDuJournal(total, f.page, taille);
  const lignes = await db.journalAudit.findMany({
    where,
    orderBy: [{ creeLe: "desc" }, { id: "desc" }],
    skip: (page - 1) * taille,
    take: taille,
    select: {
      id: true,
      creeLe: true,
      acteurId: true,
      acteurRole: true,
      action: true,
      cibleType: true,
      cibleId: true,
      details: true,
    },
  });
  // Staff by name; a family's own events by role only (the journal is not a way to read families' names).
  const noms = await nomsDesComptes(
    db,
    lignes.flatMap((l) => (l.acteurId && l.acteurRole !== "citoyen" ? [l.acteurId] : [])),
  );
  const entrees: EntreeJournal[] = lignes.map((l) => ({
    id: l.id,
    le: l.creeLe,
    acteur: !l.acteurId
      ? null
      : l.acteurRole === "citoyen"
        ? "compte famille"
        : (noms.get(l.acteurId) ?? "compte supprimé"),
    acteurRole: l.acteurRole,
    action: l.action,
    cibleType: l.cibleType,
    cibleId: l.cibleId,
    details:
      l.details && typeof l.details === "object" && !Array.isArray(l.details)
        ? Object.entries(l.details).map(([k, v]) => [k, texte(v)])
        : [],
  }));
  return { entrees, total, page, pages };
}

/**
 * What the filter offers: the staff accounts that have an entry (families' own events are not listed by name, their
 * entries stay reachable through the other filters), and every action present, sorted.
 */
export async function choixDuJournal(db: Db) {
  const [acteurs, actions] = await Promise.all([
    db.journalAudit.findMany({
      where: { acteurId: { not: null }, acteurRole: { in: ["agent", "admin"] } },
      distinct: ["acteurId"],
      select: { acteurId: true, acteurRole: true },
    }),
    db.journalAudit.findMany({ distinct: ["action"], select: { action: true } }),
  ]);
  const noms = await nomsDesComptes(
    db,
    acteurs.flatMap((a) => (a.acteurId ? [a.acteurId] : [])),
  );
  return {
    acteurs: acteurs
      .flatMap((a) =>
        a.acteurId && noms.has(a.acteurId)
          ? [{ id: a.acteurId, libelle: `${noms.get(a.acteurId)} (${LIBELLES_ROLE[a.acteurRole ?? "agent"]})` }]
          : [],
      )
      .sort((x, y) => x.libelle.localeCompare(y.libelle, "fr")),
    actions: actions.map((a) => a.action).sort(),
  };
}
