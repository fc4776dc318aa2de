"use server";

import { redirect } from "next/navigation";

import { serviceInstantaneFiscal } from "@/lib/fiscal/application";
import { lireSpi } from "@/lib/fiscal/domain/spi";
import { creerAction } from "@/lib/server/action";
import { env } from "@/lib/server/env";
import { ErreurMetier } from "@/lib/server/erreurs";
import { recupererDonneesParSpi } from "./donnees-par-spi.mutation";
import { donneesParSpi } from "./schemas";

/** Local-account mode: the family types its numéro fiscal; the DGFiP is called in SPI mode. */
export const obtenirDonneesParSpi = creerAction(["citoyen"], donneesParSpi, async ({ db, session }, d) => {
  const spi = lireSpi(d.spi);
  if (!spi.ok) throw new ErreurMetier("spi_invalide", spi.erreur, "spi");
  await recupererDonneesParSpi(db, await serviceInstantaneFiscal(), {
    compteId: session.compte.id,
    demandeId: d.demandeId,
    spi: spi.spi,
    dateNaissance: d.dateNaissance,
    maintenant: new Date(),
    limiteParJour: env().SPI_CONSULTATIONS_PAR_JOUR,
  });
  redirect(`/espace/demandes/${d.demandeId}/recapitulatif`);
});
