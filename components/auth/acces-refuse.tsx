import { LienBouton } from "@/components/ui/bouton";
import { TitrePage } from "@/components/ui/titre-page";

export function AccesRefuse() {
  return (
    <div>
      <TitrePage chapo="Votre compte ne donne pas accès à cette partie du portail.">Accès refusé</TitrePage>
      <LienBouton href="/">Retour à l&apos;accueil</LienBouton>
    </div>
  );
}
