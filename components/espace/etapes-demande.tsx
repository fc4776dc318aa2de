const ETAPES = ["Activités", "Calcul du tarif", "Récapitulatif et envoi"] as const;

/** Where the family is in the enrolment steps (RGAA: the current step is announced, not just coloured). */
export function EtapesDemande({ courante }: { courante: 1 | 2 | 3 }) {
  return (
    <nav aria-label="Étapes de la demande" className="mb-6">
      <p className="text-sm text-attenue">
        Étape {courante} sur {ETAPES.length}
      </p>
      <ol className="mt-2 flex flex-wrap gap-2">
        {ETAPES.map((e, i) => (
          <li
            key={e}
            aria-current={i + 1 === courante ? "step" : undefined}
            className={`rounded-full px-3 py-1 text-sm border ${i + 1 === courante ? "bg-primaire text-white border-primaire font-semibold" : i + 1 < courante ? "border-succes text-succes" : "border-bordure text-attenue"}`}
          >
            {i + 1 < courante && <span className="sr-only">Terminée : </span>}
            {i + 1}. {e}
          </li>
        ))}
      </ol>
    </nav>
  );
}
