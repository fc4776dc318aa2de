import "server-only";

import type { Db } from "@/lib/server/database";

const selection = {
  id: true,
  nom: true,
  description: true,
  type: true,
  jours: true,
  uniteVente: true,
  capacite: true,
  placesReservees: true,
  ouvertureInscriptions: true,
  fermetureInscriptions: true,
  archiveeLe: true,
  anneeScolaire: { select: { id: true, libelle: true } },
  ecole: { select: { id: true, nom: true } },
  grilles: { select: { id: true, versions: { where: { statut: "publiee" }, select: { id: true, numero: true } } } },
} as const;

type Ligne = Awaited<ReturnType<typeof lignes>>[number];
const lignes = (db: Db, where: object) =>
  db.activite.findMany({ where, select: selection, orderBy: [{ anneeScolaire: { debut: "desc" } }, { nom: "asc" }] });

function presenter({ grilles, ...a }: Ligne) {
  const grille = grilles[0];
  return { ...a, grilleId: grille?.id ?? null, versionPubliee: grille?.versions[0] ?? null };
}

export async function listerActivites(db: Db, filtre: { anneeScolaireId?: string; inclureArchivees?: boolean } = {}) {
  const where = {
    ...(filtre.anneeScolaireId ? { anneeScolaireId: filtre.anneeScolaireId } : {}),
    ...(filtre.inclureArchivees ? {} : { archiveeLe: null }),
  };
  return (await lignes(db, where)).map(presenter);
}

export async function lireActivite(db: Db, id: string) {
  const [a] = await lignes(db, { id });
  return a ? presenter(a) : null;
}
