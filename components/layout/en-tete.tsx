import Link from "next/link";

export function EnTete({ collectivite }: { collectivite: string }) {
  return (
    <header className="bg-white border-b border-bordure">
      <div className="mx-auto max-w-5xl px-4 py-3 flex flex-wrap items-center justify-between gap-3">
        <Link href="/" className="flex flex-col no-underline">
          <span className="text-sm text-attenue">{collectivite}</span>
          <span className="text-xl font-bold text-primaire-fonce">Portail Famille</span>
        </Link>
        <nav aria-label="Navigation principale">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            <li>
              <Link className="text-primaire underline underline-offset-4" href="/espace">
                Mon espace famille
              </Link>
            </li>
            <li>
              <Link className="text-primaire underline underline-offset-4" href="/connexion">
                Se connecter
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
