import "server-only";

// Le périmètre d'un agent : un administrateur, ou un agent sans restriction, instruit tous les dossiers ; un agent
// restreint à des communes ou à des écoles du territoire n'instruit que les dossiers qui les concernent (une
// inscription à une activité d'une de ces écoles, ou un enfant du foyer scolarisé dans l'une d'elles). Un dossier
// hors périmètre se comporte exactement comme un dossier qui n'existe pas : absent de la file, page 404, pièces
// 404, chaque action refusée par le même garde (`exigerDossierDansPerimetre`). Restreint sans aucune commune ni
// école : l'agent ne voit rien (on ne s'ouvre jamais par défaut, même quand une commune ou une école est supprimée).
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/database";
import { ErreurMetier } from "@/lib/server/erreurs";
import { estIdentifiant } from "./domain/filtres-file";

/** Le même message que pour un dossier inexistant : rien ne laisse deviner qu'il existe hors du périmètre. */
const DOSSIER_INTROUVABLE = "Ce dossier n'existe pas ou plus.";

/** Condition sur les dossiers que ce compte peut instruire ; null : tous (administrateur, agent non restreint). */
export async function conditionPerimetre(db: Tx, compteId: string): Promise<Prisma.DossierWhereInput | null> {
  const c = await db.compte.findUnique({
    where: { id: compteId },
    select: {
      role: true,
      perimetreRestreint: true,
      perimetreCommunes: { select: { communeCodeInsee: true } },
      perimetreEcoles: { select: { ecoleId: true } },
    },
  });
  // Un compte inconnu ou une famille n'instruit rien.
  if (!c || c.role === "citoyen") return { id: { in: [] } };
  if (c.role === "admin" || !c.perimetreRestreint) return null;
  const ecole: Prisma.EcoleWhereInput = {
    OR: [
      { id: { in: c.perimetreEcoles.map((e) => e.ecoleId) } },
      { communeCodeInsee: { in: c.perimetreCommunes.map((e) => e.communeCodeInsee) } },
    ],
  };
  return {
    OR: [
      { demande: { inscriptions: { some: { activite: { ecole } } } } },
      { foyer: { enfants: { some: { retireLe: null, ecole } } } },
    ],
  };
}

/** Vrai quand ce dossier existe et entre dans le périmètre de ce compte. */
async function dossierDansPerimetre(db: Tx, compteId: string, dossierId: string): Promise<boolean> {
  if (!estIdentifiant(dossierId)) return false;
  const condition = await conditionPerimetre(db, compteId);
  return (await db.dossier.count({ where: { AND: [{ id: dossierId }, condition ?? {}] } })) === 1;
}

/**
 * Le garde commun de chaque action d'agent sur un dossier (prendre, libérer, valider, rejeter, demander à la
 * famille, écrire, relancer l'API, saisir des données fiscales, demander une autorisation…) : hors périmètre, la
 * même erreur qu'un dossier inexistant.
 */
export async function exigerDossierDansPerimetre(db: Tx, compteId: string, dossierId: string): Promise<void> {
  if (!(await dossierDansPerimetre(db, compteId, dossierId))) {
    throw new ErreurMetier("dossier_introuvable", DOSSIER_INTROUVABLE);
  }
}

/** Vrai quand cette pièce appartient à un foyer dont un dossier entre dans le périmètre de ce compte. */
export async function documentDansPerimetre(db: Tx, compteId: string, documentId: string): Promise<boolean> {
  if (!estIdentifiant(documentId)) return false;
  const condition = await conditionPerimetre(db, compteId);
  if (condition === null) return true;
  return (await db.document.count({ where: { id: documentId, foyer: { dossiers: { some: condition } } } })) === 1;
}
