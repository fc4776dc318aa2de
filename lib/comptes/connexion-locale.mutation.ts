import "server-only";

import { journaliser } from "@/lib/audit/journal.mutation";
import type { Role } from "@/lib/generated/prisma/client";
import { consommerLimites, effacerLimite, empreinte, LIMITES } from "@/lib/securite/limites.mutation";
import type { Db } from "@/lib/server/database";
import { verifierMotDePasse } from "./domain/mot-de-passe";

export const MAX_ECHECS = LIMITES.connexionCompteSource.max;
const HASH_FACTICE = "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

export type ResultatConnexionLocale =
  | { ok: true; compteId: string; role: Role }
  | { ok: false; raison: "identifiants" | "email_non_verifie" }
  | { ok: false; raison: "limite"; attenteSecondes: number };

/**
 * E-mail + password sign-in. Attempts are counted per e-mail AND client address (`source`): after MAX_ECHECS
 * failures that address waits, while the account's owner, elsewhere, still signs in — a stranger cannot lock an
 * agent out. Each address also has a ceiling over all e-mails. An unknown e-mail gets the same answer and the same
 * work (one hash, against a dummy one), so accounts cannot be discovered.
 */
export async function connexionLocale(
  db: Db,
  email: string,
  motDePasse: string,
  source: string,
): Promise<ResultatConnexionLocale> {
  const adresse = email.trim().toLowerCase();
  const cle = `connexion:${empreinte(adresse)}:${source}`;
  const limite = await consommerLimites(db, [
    [cle, LIMITES.connexionCompteSource],
    [`connexion-source:${source}`, LIMITES.connexionSource],
  ]);
  if (!limite.accorde) return { ok: false, raison: "limite", attenteSecondes: limite.attenteSecondes };
  const compte = await db.compte.findUnique({
    where: { email: adresse },
    select: { id: true, role: true, motDePasseHash: true, emailVerifieLe: true, fermeLe: true, desactiveLe: true },
  });
  // A deactivated staff account answers like an unknown one (same work, same message).
  const ouvert = compte && compte.motDePasseHash && !compte.fermeLe && !compte.desactiveLe ? compte : null;
  const bon = await verifierMotDePasse(motDePasse, ouvert?.motDePasseHash ?? HASH_FACTICE);
  if (!ouvert || !bon) {
    if (ouvert)
      await journaliser(db, { id: ouvert.id, role: null }, "connexion.echec", { type: "compte", id: ouvert.id });
    return { ok: false, raison: "identifiants" };
  }
  if (!ouvert.emailVerifieLe) return { ok: false, raison: "email_non_verifie" };
  await effacerLimite(db, cle);
  await db.compte.update({ where: { id: ouvert.id }, data: { echecsConnexion: 0, verrouilleJusquA: null } });
  return { ok: true, compteId: ouvert.id, role: ouvert.role };
}
