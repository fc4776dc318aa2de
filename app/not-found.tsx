import { LienBouton } from "@/components/ui/bouton";
import { TitrePage } from "@/components/ui/titre-page";

export default function PageIntrouvable() {
  return (
    <div>
      <TitrePage chapo="L'adresse demandée n'existe pas ou n'existe plus.">Page introuvable</TitrePage>
      <LienBouton href="/">Retour à l&apos;accueil</LienBouton>
    </div>
  );
}
