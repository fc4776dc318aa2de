/**
 * Shown on every page of a new portal until an admin has configured the collectivité (outside demo mode the
 * database starts empty): families learn that enrolments are not open yet rather than meeting empty pages.
 */
export function MiseEnPlace() {
  return (
    <div role="status" className="border-b border-bordure bg-white">
      <p className="mx-auto max-w-5xl px-4 py-3">
        <strong>Portail en cours de mise en place.</strong> Ses administrateurs n&apos;ont pas encore terminé sa
        configuration : les inscriptions ne sont pas encore ouvertes. Revenez bientôt.
      </p>
    </div>
  );
}
