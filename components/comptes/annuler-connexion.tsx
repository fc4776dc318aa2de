import { Bouton } from "@/components/ui/bouton";

/** Leaves the half-done sign-in (a plain form: works without JavaScript). */
export function AnnulerConnexion() {
  return (
    <form method="post" action="/api/deconnexion">
      <Bouton variante="lien">Annuler et revenir à la page de connexion</Bouton>
    </form>
  );
}
