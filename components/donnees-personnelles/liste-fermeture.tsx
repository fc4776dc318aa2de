import type { FormesDuNom } from "@/lib/collectivite/domain/nom";
import { conserveParLaCollectivite, effaceALaFermeture } from "@/lib/donnees-personnelles/domain/fermeture";

/** What closing an account erases and what the collectivité keeps: shown before confirming and after. */
export function ListeFermeture({ collectivite, passe = false }: { collectivite: FormesDuNom; passe?: boolean }) {
  return (
    <div className="space-y-6">
      <section aria-labelledby="titre-efface" className="space-y-2">
        <h2 id="titre-efface" className="text-xl font-bold">
          {passe ? "Ce qui a été effacé" : "Ce qui est effacé"}
        </h2>
        <ul className="list-disc pl-6 space-y-1">
          {effaceALaFermeture(collectivite).map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="titre-conserve" className="space-y-2">
        <h2 id="titre-conserve" className="text-xl font-bold">
          Ce que {collectivite.sujet} conserve, et pourquoi
        </h2>
        <ul className="list-disc pl-6 space-y-1">
          {conserveParLaCollectivite(collectivite).map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
