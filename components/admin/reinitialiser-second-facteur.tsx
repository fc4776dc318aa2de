"use client";

import { Bouton } from "@/components/ui/bouton";
import { Formulaire } from "@/components/ui/formulaire";
import { reinitialiserSecondFacteurAction } from "@/lib/comptes/reinitialiser-second-facteur.action";

/**
 * For an agent's or admin's account page: resets their second factor (lost or replaced phone). The action checks the
 * admin role, audits the change and ends the account's sessions; works without JavaScript.
 */
export function ReinitialiserSecondFacteur({ compteId }: { compteId: string }) {
  return (
    <section aria-labelledby="titre-second-facteur" className="space-y-3">
      <h2 id="titre-second-facteur" className="text-xl font-bold">
        Second facteur
      </h2>
      <p>
        Si la personne a perdu son téléphone et ses codes de secours : son application et ses codes ne vaudront plus
        rien, ses sessions seront fermées et elle enregistrera une nouvelle application à sa prochaine connexion.
      </p>
      <Formulaire action={reinitialiserSecondFacteurAction}>
        <input type="hidden" name="compteId" value={compteId} />
        <Bouton variante="danger">Réinitialiser le second facteur</Bouton>
      </Formulaire>
    </section>
  );
}
