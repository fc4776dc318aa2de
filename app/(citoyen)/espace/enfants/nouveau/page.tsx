import type { Metadata } from "next";

import { FormulaireEnfant } from "@/components/espace/formulaire-enfant";
import { TitrePage } from "@/components/ui/titre-page";
import { ajouterEnfant } from "@/lib/enfants/ajouter-enfant.action";
import { listerEcoles } from "@/lib/enfants/enfants.query";
import { db } from "@/lib/server/db";
import { exigerRole } from "@/lib/server/session";

export const metadata: Metadata = { title: "Ajouter un enfant" };

export default async function NouvelEnfant() {
  await exigerRole(["citoyen"], "/espace/enfants/nouveau");
  const ecoles = await listerEcoles(await db());
  return (
    <div className="space-y-6 max-w-2xl">
      <TitrePage chapo="Tous les champs sont obligatoires, sauf la case PAI.">Ajouter un enfant</TitrePage>
      <FormulaireEnfant action={ajouterEnfant} ecoles={ecoles} libelleBouton="Ajouter l'enfant" />
    </div>
  );
}
