import "server-only";

// The agents' queue: dossiers matching the filters, oldest first, a page at a time, with the count of dossiers per
// reason (for the same filters, any reason) so that an agent sees where the work is. Callers check the role.
// The reason filter is applied here rather than in SQL: the embedded database's Prisma adapter cannot bind an
// enum-array filter (`raisons: { has }` fails with "malformed array literal" on PGlite), and the counts need every
// matching dossier's reasons anyway. A queue holds hundreds of open dossiers, not millions. A restricted agent's
// queue holds only the dossiers of their perimeter (`perimetre.query.ts`), counts included.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/database";
import { paginer, TAILLE_PAGE, type FiltresFile } from "./domain/filtres-file";
import { RAISONS_DOSSIER, STATUTS_OUVERTS, type RaisonDossier } from "./domain/statuts";
import { SELECTION_NOM } from "./noms";
import { conditionPerimetre } from "./perimetre.query";

/** Every filter but the reason (see above). */
function conditionsSaufRaison(f: FiltresFile, agentId: string): Prisma.DossierWhereInput {
  const et: Prisma.DossierWhereInput[] = [{ statut: f.statut === "ouverts" ? { in: [...STATUTS_OUVERTS] } : f.statut }];
  if (f.attribution === "moi") et.push({ agentId });
  if (f.attribution === "non_attribues") et.push({ agentId: null });
  if (f.anneeScolaireId) et.push({ demande: { anneeScolaireId: f.anneeScolaireId } });
  if (f.recherche) {
    const contient = { contains: f.recherche, mode: "insensitive" as const };
    et.push({
      foyer: {
        OR: [
          { responsables: { some: { OR: [{ nom: contient }, { prenoms: contient }] } } },
          { enfants: { some: { nom: contient } } },
        ],
      },
    });
  }
  return { AND: et };
}

const ORDRE = [{ creeLe: "asc" as const }, { id: "asc" as const }];

/** Ids of the matching dossiers, oldest first, and the count per reason of those matching every other filter. */
export async function idsFile(db: Db, filtres: FiltresFile, agentId: string) {
  const perimetre = await conditionPerimetre(db, agentId);
  const lignes = await db.dossier.findMany({
    where: { AND: [conditionsSaufRaison(filtres, agentId), perimetre ?? {}] },
    orderBy: ORDRE,
    select: { id: true, raisons: true },
  });
  const compteParRaison = Object.fromEntries(RAISONS_DOSSIER.map((r) => [r, 0])) as Record<RaisonDossier, number>;
  for (const d of lignes) for (const r of d.raisons) compteParRaison[r] += 1;
  const ids = (filtres.raison ? lignes.filter((d) => d.raisons.includes(filtres.raison!)) : lignes).map((d) => d.id);
  return { ids, compteParRaison };
}

export async function lireFile(db: Db, filtres: FiltresFile, agentId: string) {
  const { ids, compteParRaison } = await idsFile(db, filtres, agentId);
  const pagination = paginer(ids.length, filtres.page);
  const page = ids.slice(pagination.decalage, pagination.decalage + TAILLE_PAGE);
  const lignes = await db.dossier.findMany({
    where: { id: { in: page } },
    select: {
      id: true,
      statut: true,
      raisons: true,
      creeLe: true,
      attenduFamille: true,
      agentId: true,
      agent: { select: SELECTION_NOM },
      foyer: {
        select: {
          responsables: { orderBy: { rang: "asc" }, select: { prenoms: true, nom: true } },
          enfants: { where: { retireLe: null }, orderBy: { dateNaissance: "asc" }, select: { prenom: true } },
        },
      },
      demande: { select: { anneeScolaire: { select: { libelle: true } }, _count: { select: { inscriptions: true } } } },
    },
  });
  const parId = new Map(lignes.map((l) => [l.id, l]));
  const dossiers = page.map((id) => parId.get(id)).filter((l) => l !== undefined);
  return { dossiers, total: ids.length, pagination, compteParRaison };
}

export type LigneFile = Awaited<ReturnType<typeof lireFile>>["dossiers"][number];
