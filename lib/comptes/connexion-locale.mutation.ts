import "server-only";

import type { Role } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/database";
import { verifierMotDePasse } from "./domain/mot-de-passe";

export const MAX_ECHECS = 5;
const VERROUILLAGE_MINUTES = 15;

export type ResultatConnexionLocale =
  | { ok: true; compteId: string; role: Role }
  | { ok: false; raison: "identifiants" | "verrouille" | "email_non_verifie"; jusqua?: Date };

/**
 * E-mail + password sign-in. After MAX_ECHECS failures the account is locked for VERROUILLAGE_MINUTES; the answer
 * for an unknown e-mail and for a wrong password is the same, so accounts cannot be discovered.
 */
export async function connexionLocale(
  db: Db,
  email: string,
  motDePasse: string,
  maintenant: Date,
): Promise<ResultatConnexionLocale> {
  const compte = await db.compte.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: {
      id: true,
      role: true,
      motDePasseHash: true,
      echecsConnexion: true,
      verrouilleJusquA: true,
      emailVerifieLe: true,
      fermeLe: true,
    },
  });
  if (!compte || !compte.motDePasseHash || compte.fermeLe) {
    // Same work as a real check, so timing does not reveal whether the account exists.
    await verifierMotDePasse(
      motDePasse,
      "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    );
    return { ok: false, raison: "identifiants" };
  }
  if (compte.verrouilleJusquA && compte.verrouilleJusquA > maintenant)
    return { ok: false, raison: "verrouille", jusqua: compte.verrouilleJusquA };
  if (!(await verifierMotDePasse(motDePasse, compte.motDePasseHash))) {
    const echecs = compte.echecsConnexion + 1;
    const verrou = echecs >= MAX_ECHECS ? new Date(maintenant.getTime() + VERROUILLAGE_MINUTES * 60_000) : null;
    await db.compte.update({
      where: { id: compte.id },
      data: { echecsConnexion: verrou ? 0 : echecs, verrouilleJusquA: verrou },
    });
    await db.journalAudit.create({
      data: {
        acteurId: compte.id,
        action: verrou ? "compte.verrouille" : "connexion.echec",
        cibleType: "compte",
        cibleId: compte.id,
      },
    });
    return verrou ? { ok: false, raison: "verrouille", jusqua: verrou } : { ok: false, raison: "identifiants" };
  }
  if (!compte.emailVerifieLe) return { ok: false, raison: "email_non_verifie" };
  await db.compte.update({ where: { id: compte.id }, data: { echecsConnexion: 0, verrouilleJusquA: null } });
  return { ok: true, compteId: compte.id, role: compte.role };
}
