"use client";

import { useNomCollectivite } from "@/components/layout/nom-collectivite";
import { Bouton } from "@/components/ui/bouton";

// Unexpected errors: a generic French message and the reference the server logged (never the error's text).
export default function Erreur({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const collectivite = useNomCollectivite();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-primaire-fonce">Une erreur inattendue s&apos;est produite</h1>
      <p>Rien de ce que vous avez déjà enregistré n&apos;est perdu. Réessayez dans un instant.</p>
      {error.digest && (
        <p>
          Si le problème persiste, communiquez cette référence {collectivite.a} : <strong>{error.digest}</strong>
        </p>
      )}
      <Bouton type="button" onClick={reset}>
        Réessayer
      </Bouton>
    </div>
  );
}
