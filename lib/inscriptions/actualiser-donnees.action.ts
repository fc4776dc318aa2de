"use server";

import { redirect } from "next/navigation";

import { serviceInstantaneFiscal } from "@/lib/fiscal/application";
import { creerAction } from "@/lib/server/action";
import { env } from "@/lib/server/env";
import { actualiserDonneesParSpi } from "./donnees-par-spi.mutation";
import { actualisationSpi } from "./schemas";

/** Local-account mode: fresh data for the numéro fiscal on file, within the daily cap of SPI lookups. */
export const actualiserDonneesFiscales = creerAction(["citoyen"], actualisationSpi, async ({ db, session }, d) => {
  await actualiserDonneesParSpi(db, await serviceInstantaneFiscal(), {
    compteId: session.compte.id,
    demandeId: d.demandeId,
    maintenant: new Date(),
    limiteParJour: env().SPI_CONSULTATIONS_PAR_JOUR,
  });
  redirect(`/espace/demandes/${d.demandeId}/recapitulatif`);
});
