import Link from "next/link";

/** Back to the "Mes données" page, above the title of its sub-pages. */
export function RetourMesDonnees() {
  return (
    <p>
      <Link className="text-primaire underline underline-offset-4" href="/espace/mes-donnees">
        ← Mes données
      </Link>
    </p>
  );
}
