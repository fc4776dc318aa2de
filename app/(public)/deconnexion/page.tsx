import type { Metadata } from "next";

import { Alerte } from "@/components/ui/alerte";
import { LienBouton } from "@/components/ui/bouton";
import { TitrePage } from "@/components/ui/titre-page";

export const metadata: Metadata = { title: "Vous êtes déconnecté" };

export default async function Deconnexion({ searchParams }: { searchParams: Promise<{ fournisseur?: string }> }) {
  const { fournisseur } = await searchParams;
  return (
    <div className="space-y-6">
      <TitrePage chapo="Votre session sur le portail est terminée.">Vous êtes déconnecté</TitrePage>
      {fournisseur === "injoignable" && (
        <Alerte type="attention" titre="Session FranceConnect">
          FranceConnect n&apos;a pas pu être joint pour fermer aussi votre session chez lui. Sur un ordinateur partagé,
          fermez le navigateur.
        </Alerte>
      )}
      <p>Pour votre sécurité sur un ordinateur partagé, fermez aussi votre navigateur.</p>
      <div className="flex flex-wrap gap-3">
        <LienBouton href="/connexion">Se reconnecter</LienBouton>
        <LienBouton href="/" variante="secondaire">
          Retour à l&apos;accueil
        </LienBouton>
      </div>
    </div>
  );
}
