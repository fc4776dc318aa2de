import "server-only";

import { anneesAInterroger } from "@/lib/fiscal/domain/annee-fiscale";
import { lireParametresFiscaux } from "@/lib/fiscal/parametres-fiscaux.query";
import { foyerDuCompte } from "@/lib/foyers/foyer.query";
import type { Db } from "@/lib/server/database";

/** The income years the commune would ask now (policy + taxation calendar), for the consent text. */
export async function anneesDemandees(db: Db, maintenant: Date) {
  const p = await lireParametresFiscaux(db);
  return anneesAInterroger(p.politique, p.calendrier, maintenant);
}

/** The family's consents and the tax data held under them, for the "données fiscales" page. */
export async function mesConsentements(db: Db, compteId: string) {
  return db.consentement.findMany({
    where: { foyer: foyerDuCompte(compteId) },
    orderBy: { creeLe: "desc" },
    select: {
      id: true,
      statut: true,
      creeLe: true,
      retireLe: true,
      anneeRevenus: true,
      fournisseur: true,
      responsable: { select: { rang: true, prenoms: true, nom: true } },
    },
  });
}
