import type { Metadata } from "next";
import { IdentiteCertifiee } from "@/components/comptes/identite-certifiee";
import { nomAffiche } from "@/components/layout/en-tete";
import { TitrePage } from "@/components/ui/titre-page";
import { lireMonIdentite } from "@/lib/comptes/identite.query";
import { db } from "@/lib/server/db";
import { exigerRole } from "@/lib/server/session";

export const metadata: Metadata = { title: "Mon espace famille" };

export default async function Espace() {
  const session = await exigerRole(["citoyen"], "/espace");
  const identite = await lireMonIdentite(await db(), session.compte.id);
  return (
    <div className="space-y-6">
      <TitrePage chapo="Votre famille, vos inscriptions et vos demandes.">Bonjour {nomAffiche(session.compte)}</TitrePage>
      <IdentiteCertifiee identite={identite} />
    </div>
  );
}
