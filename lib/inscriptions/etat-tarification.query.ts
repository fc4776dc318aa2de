import "server-only";

import { formaterDureeJours } from "@/lib/commun/duree";
import { anneesDemandees } from "@/lib/consentements/consentement.query";
import { libelleAnnees } from "@/lib/consentements/domain/consentement";
import { finDuSpi } from "@/lib/instruction/domain/reprise-fiscale";
import type { Db } from "@/lib/server/database";
import { situationFiscaleDuFoyer } from "./donnees-tarif.query";

/** What the tariff step shows: the consent text's years, and which foyers fiscaux already have data. */
export async function etatTarification(db: Db, foyerId: string, maintenant: Date) {
  const [annees, situation, collectivite, foyer, titulaire] = await Promise.all([
    anneesDemandees(db, maintenant),
    situationFiscaleDuFoyer(db, foyerId, maintenant),
    db.collectivite.findUnique({ where: { id: 1 }, select: { conservationFiscaleJours: true } }),
    db.foyer.findUniqueOrThrow({ where: { id: foyerId }, select: { codePostal: true } }),
    db.responsableLegal.findFirst({ where: { foyerId, rang: 1 }, select: { numeroFiscal: true } }),
  ]);
  return {
    annees: libelleAnnees(annees),
    conservation: formaterDureeJours(collectivite?.conservationFiscaleJours ?? 400),
    foyersFiscaux: situation.foyersFiscaux,
    anneeAttendue: situation.anneeAttendue,
    adresseDeclaree: Boolean(foyer.codePostal),
    /** "se terminant par 123" when a numéro fiscal is on file (it can be asked again); the number never leaves. */
    numeroFiscalConnu: titulaire?.numeroFiscal ? finDuSpi(titulaire.numeroFiscal) : null,
  };
}
