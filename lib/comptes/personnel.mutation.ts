import "server-only";

// « Comptes et rôles » : les comptes des agents et des administrateurs, gérés par un administrateur. Inviter (un
// compte sans mot de passe et un lien à usage unique pour en choisir un, envoyé par courriel, limité en débit comme
// les autres invitations), désactiver (plus de connexion, sessions et liens en cours fermés ; jamais soi-même ni le
// dernier administrateur actif), réactiver, imposer un nouveau mot de passe (l'ancien ne vaut plus, sessions
// fermées, lien envoyé), restreindre un agent à des communes ou à des écoles. Chaque changement est au journal
// d'audit, dans la même transaction ; les détails n'y portent ni adresse ni nom.
import { journaliser, type Acteur } from "@/lib/audit/journal.mutation";
import { estUuid } from "@/lib/commun/uuid";
import { envoyerCourriel } from "@/lib/courriels/courriel.mutation";
import type { Role } from "@/lib/generated/prisma/client";
import { exigerLimites, LIMITES } from "@/lib/securite/limites.mutation";
import type { Db, Tx } from "@/lib/server/database";
import { ErreurMetier } from "@/lib/server/erreurs";
import { emettreJeton, finDeValidite } from "./jetons.mutation";

/** Le lien d'une invitation ou d'une réinitialisation imposée vaut ce nombre d'heures, une seule fois. */
const DUREE_LIEN_PERSONNEL_HEURES = 72;

const cible = (id: string) => ({ type: "compte", id });

const INTROUVABLE = "Ce compte n'existe pas ou n'est pas un compte d'agent ou d'administrateur.";

/** Le compte d'agent ou d'administrateur visé (ouvert), verrouillé jusqu'à la fin de la transaction. */
async function comptePersonnel(tx: Tx, compteId: string) {
  if (!estUuid(compteId)) throw new ErreurMetier("compte_introuvable", INTROUVABLE);
  const [c] = await tx.$queryRaw<{ id: string; role: Role; email: string | null; desactive_le: Date | null }[]>`
    SELECT id, role, email, desactive_le FROM compte
    WHERE id = ${compteId}::uuid AND role IN ('agent', 'admin') AND ferme_le IS NULL
    FOR UPDATE`;
  if (!c) throw new ErreurMetier("compte_introuvable", INTROUVABLE);
  return { id: c.id, role: c.role, email: c.email, desactiveLe: c.desactive_le };
}

/** Ferme les sessions ouvertes et retire les liens de mot de passe pas encore utilisés. */
async function fermerAcces(tx: Tx, compteId: string, maintenant: Date) {
  await tx.session.updateMany({
    where: { compteId, revoqueeLe: null },
    data: { revoqueeLe: maintenant, idToken: null },
  });
  await tx.jetonCompte.deleteMany({ where: { compteId, type: "reinitialisation_mot_de_passe", utiliseLe: null } });
}

async function envoyerLien(
  tx: Tx,
  c: { id: string; email: string },
  modele: "invitation_personnel" | "reinitialisation_imposee",
  urlPortail: string,
  maintenant: Date,
) {
  const jeton = await emettreJeton(tx, {
    type: "reinitialisation_mot_de_passe",
    compteId: c.id,
    dureeHeures: DUREE_LIEN_PERSONNEL_HEURES,
    maintenant,
  });
  await envoyerCourriel(tx, {
    destinataire: c.email,
    modele,
    lien: new URL(`/reinitialiser?jeton=${jeton}`, urlPortail),
    lienExpireLe: finDeValidite(maintenant, DUREE_LIEN_PERSONNEL_HEURES),
  });
}

export interface Invitation {
  email: string;
  role: "agent" | "admin";
  prenoms: string;
  nom: string;
}

/**
 * Invite un agent ou un administrateur : le compte, sans mot de passe, et le lien pour en choisir un (règle des
 * mots de passe du personnel, adresse vérifiée par le lien). Limité par administrateur et par adresse du visiteur.
 */
export async function inviterPersonnel(
  db: Db,
  acteur: Acteur,
  i: Invitation,
  contexte: { urlPortail: string; source: string; maintenant: Date },
): Promise<string> {
  await exigerLimites(
    db,
    [
      [`invitation-personnel:${acteur.id}`, LIMITES.invitationCompte],
      [`invitation-personnel-source:${contexte.source}`, LIMITES.invitationSource],
    ],
    "invitations",
  );
  return db.$transaction(async (tx) => {
    if ((await tx.compte.count({ where: { email: i.email } })) > 0) {
      throw new ErreurMetier("compte_existant", "Un compte existe déjà pour cette adresse électronique.", "email");
    }
    const c = await tx.compte.create({
      data: { role: i.role, email: i.email, prenoms: i.prenoms, nomUsage: i.nom, creeLe: contexte.maintenant },
      select: { id: true },
    });
    await envoyerLien(
      tx,
      { id: c.id, email: i.email },
      "invitation_personnel",
      contexte.urlPortail,
      contexte.maintenant,
    );
    await journaliser(tx, acteur, "compte.invite", cible(c.id), { role: i.role }, contexte.maintenant);
    return c.id;
  });
}

/**
 * Désactive un compte : plus de connexion (mot de passe ou ProConnect), ses sessions et ses liens en cours sont
 * fermés. Un administrateur ne se désactive pas lui-même ; le dernier administrateur actif reste actif (les
 * administrateurs actifs sont verrouillés pendant la vérification : deux désactivations croisées ne passent pas
 * toutes les deux).
 */
export async function desactiverPersonnel(db: Db, acteur: Acteur, compteId: string, maintenant: Date): Promise<void> {
  if (compteId === acteur.id) {
    throw new ErreurMetier("soi_meme", "Vous ne pouvez pas désactiver votre propre compte.");
  }
  await db.$transaction(async (tx) => {
    const admins = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM compte WHERE role = 'admin' AND desactive_le IS NULL AND ferme_le IS NULL FOR UPDATE`;
    const c = await comptePersonnel(tx, compteId);
    if (c.desactiveLe) return;
    if (c.role === "admin" && admins.filter((a) => a.id !== c.id).length === 0) {
      throw new ErreurMetier(
        "dernier_admin",
        "C'est le dernier compte d'administrateur actif : il ne peut pas être désactivé.",
      );
    }
    await tx.compte.update({ where: { id: c.id }, data: { desactiveLe: maintenant }, select: { id: true } });
    await fermerAcces(tx, c.id, maintenant);
    await journaliser(tx, acteur, "compte.desactive", cible(c.id), { role: c.role }, maintenant);
  });
}

export async function reactiverPersonnel(db: Db, acteur: Acteur, compteId: string, maintenant: Date): Promise<void> {
  await db.$transaction(async (tx) => {
    const c = await comptePersonnel(tx, compteId);
    if (!c.desactiveLe) return;
    await tx.compte.update({ where: { id: c.id }, data: { desactiveLe: null }, select: { id: true } });
    await journaliser(tx, acteur, "compte.reactive", cible(c.id), { role: c.role }, maintenant);
  });
}

/** Le mot de passe ne vaut plus, les sessions sont fermées et un lien pour en choisir un autre part par courriel. */
export async function imposerReinitialisation(
  db: Db,
  acteur: Acteur,
  compteId: string,
  contexte: { urlPortail: string; maintenant: Date },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const c = await comptePersonnel(tx, compteId);
    if (c.desactiveLe) {
      throw new ErreurMetier("compte_desactive", "Ce compte est désactivé : réactivez-le d'abord.");
    }
    if (!c.email) throw new ErreurMetier("sans_adresse", "Ce compte n'a pas d'adresse électronique.");
    await tx.compte.update({
      where: { id: c.id },
      data: { motDePasseHash: null, echecsConnexion: 0, verrouilleJusquA: null },
      select: { id: true },
    });
    await fermerAcces(tx, c.id, contexte.maintenant);
    await envoyerLien(
      tx,
      { id: c.id, email: c.email },
      "reinitialisation_imposee",
      contexte.urlPortail,
      contexte.maintenant,
    );
    await journaliser(
      tx,
      acteur,
      "compte.reinitialisation_imposee",
      cible(c.id),
      { role: c.role },
      contexte.maintenant,
    );
  });
}

export interface Perimetre {
  restreint: boolean;
  communes: string[];
  ecoles: string[];
}

/**
 * Restreint un agent à des communes ou à des écoles (ou lève la restriction). Une commune ou une école inconnue est
 * refusée ; restreint sans rien cocher, l'agent ne voit aucun dossier (c'est dit à l'administrateur).
 */
export async function definirPerimetre(
  db: Db,
  acteur: Acteur,
  compteId: string,
  p: Perimetre,
  maintenant: Date,
): Promise<void> {
  const communes = p.restreint ? [...new Set(p.communes)] : [];
  const ecoles = p.restreint ? [...new Set(p.ecoles)] : [];
  await db.$transaction(async (tx) => {
    const c = await comptePersonnel(tx, compteId);
    if (c.role !== "agent") {
      throw new ErreurMetier("pas_agent", "Seul un compte d'agent peut être restreint : un administrateur voit tout.");
    }
    const [nbCommunes, nbEcoles] = await Promise.all([
      tx.commune.count({ where: { codeInsee: { in: communes } } }),
      tx.ecole.count({ where: { id: { in: ecoles } } }),
    ]);
    if (nbCommunes !== communes.length || nbEcoles !== ecoles.length) {
      throw new ErreurMetier(
        "perimetre_inconnu",
        "Une commune ou une école choisie n'existe plus : rechargez la page.",
      );
    }
    await tx.perimetreAgentCommune.deleteMany({ where: { compteId } });
    await tx.perimetreAgentEcole.deleteMany({ where: { compteId } });
    await tx.perimetreAgentCommune.createMany({
      data: communes.map((communeCodeInsee) => ({ compteId, communeCodeInsee })),
    });
    await tx.perimetreAgentEcole.createMany({ data: ecoles.map((ecoleId) => ({ compteId, ecoleId })) });
    await tx.compte.update({
      where: { id: compteId },
      data: { perimetreRestreint: p.restreint },
      select: { id: true },
    });
    await journaliser(
      tx,
      acteur,
      "compte.perimetre_modifie",
      cible(compteId),
      { restreint: p.restreint, communes, ecoles },
      maintenant,
    );
  });
}
