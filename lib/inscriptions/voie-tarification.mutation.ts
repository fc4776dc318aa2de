import "server-only";

import { enregistrerConsentement } from "@/lib/consentements/consentement.mutation";
import { controlerIdentite } from "@/lib/fiscal/domain/identite";
import type { Db } from "@/lib/server/database";
import { ErreurMetier } from "@/lib/server/erreurs";
import { foyerDeMonBrouillon } from "./demande.query";
import { situationFiscaleDuFoyer } from "./donnees-tarif.query";

/**
 * The family declines the tax-data consent on one of its drafts: the refusal is recorded, and the request is priced
 * either at the highest price or by an agent from a tax notice.
 */
export async function refuserDonneesFiscales(
  db: Db,
  compteId: string,
  demandeId: string,
  voie: "sans_tarification" | "document",
  maintenant: Date,
): Promise<void> {
  await db.$transaction(async (tx) => {
    const foyerId = await foyerDeMonBrouillon(tx, compteId, demandeId);
    const responsable = await tx.responsableLegal.findUnique({
      where: { foyerId_rang: { foyerId, rang: 1 } },
      select: { id: true },
    });
    await enregistrerConsentement(tx, {
      foyerId,
      compteId,
      responsableId: responsable?.id ?? null,
      statut: "refuse",
      anneeRevenus: null,
      maintenant,
    });
    await tx.demande.update({
      where: { id: demandeId },
      data: { voieTarification: voie, raisonsEnAttente: [] },
      select: { id: true },
    });
  });
}

/**
 * Tax data already obtained (and still held) prices this draft too: no new call, but the account holder's identity
 * is checked again against the declarants; a mismatch goes to an agent.
 */
export async function retenirDonneesObtenues(
  db: Db,
  compteId: string,
  demandeId: string,
  maintenant: Date,
): Promise<void> {
  const foyerId = await foyerDeMonBrouillon(db, compteId, demandeId);
  const { foyersFiscaux } = await situationFiscaleDuFoyer(db, foyerId, maintenant);
  const instantane = foyersFiscaux[0]?.instantane;
  if (!instantane)
    throw new ErreurMetier(
      "aucune_donnee",
      "Vos données fiscales ne sont plus disponibles : autorisez à nouveau leur récupération.",
    );
  const c = await db.compte.findUniqueOrThrow({
    where: { id: compteId },
    select: { identiteCertifiee: true, prenoms: true, nomNaissance: true, nomUsage: true, dateNaissance: true },
  });
  const verifiable = c.prenoms && (c.nomNaissance || c.nomUsage) && c.dateNaissance && instantane.declarants.length > 0;
  const controle = verifiable
    ? controlerIdentite(instantane.declarants, {
        prenoms: c.prenoms!,
        nomNaissance: (c.nomNaissance ?? c.nomUsage)!,
        nomUsage: c.nomUsage,
        dateNaissance: c.dateNaissance!,
        certifiee: c.identiteCertifiee,
      })
    : null;
  // An answer from FranceConnect without declarants is the signed-in person's own; an SPI one proves nothing.
  const raisons =
    controle === null
      ? instantane.source === "dgfip_spi"
        ? ["identite_non_verifiee" as const]
        : []
      : controle.concordante
        ? []
        : [controle.motif === "divergente" ? ("identite_divergente" as const) : ("identite_non_verifiee" as const)];
  await db.demande.update({
    where: { id: demandeId },
    data: { voieTarification: "donnees_fiscales", raisonsEnAttente: raisons },
    select: { id: true },
  });
}
