import "server-only";

// Lecture des comptes du personnel (agents, administrateurs) pour la page « Comptes et rôles » : jamais les
// comptes des familles, jamais d'empreinte de mot de passe (seulement s'il en existe une).
import type { Db } from "@/lib/server/database";

const SELECTION = {
  id: true,
  role: true,
  email: true,
  prenoms: true,
  nomUsage: true,
  creeLe: true,
  derniereConnexionLe: true,
  desactiveLe: true,
  emailVerifieLe: true,
  motDePasseHash: true,
  perimetreRestreint: true,
  totpActiveLe: true,
  perimetreCommunes: { select: { commune: { select: { codeInsee: true, nom: true } } } },
  perimetreEcoles: { select: { ecole: { select: { id: true, nom: true } } } },
} as const;

type Ligne = Awaited<ReturnType<typeof lignes>>[number];

const lignes = (db: Db, id?: string) =>
  db.compte.findMany({
    where: { role: { in: ["agent", "admin"] }, fermeLe: null, ...(id && { id }) },
    orderBy: [{ role: "desc" }, { email: "asc" }],
    select: SELECTION,
  });

function vue({ motDePasseHash, perimetreCommunes, perimetreEcoles, ...c }: Ligne) {
  return {
    ...c,
    /** Invitation ou réinitialisation en attente : aucun mot de passe choisi. */
    sansMotDePasse: motDePasseHash === null,
    communes: perimetreCommunes.map((p) => p.commune),
    ecoles: perimetreEcoles.map((p) => p.ecole),
  };
}

export type ComptePersonnel = ReturnType<typeof vue>;

export async function listerPersonnel(db: Db): Promise<ComptePersonnel[]> {
  return (await lignes(db)).map(vue);
}

export async function lirePersonnel(db: Db, id: string): Promise<ComptePersonnel | null> {
  const [l] = await lignes(db, id);
  return l ? vue(l) : null;
}
