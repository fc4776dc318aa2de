import Link from "next/link";

import type { SessionUtilisateur } from "@/lib/server/session";

const lienNav = "text-primaire underline underline-offset-4";

const ESPACES = {
  citoyen: { href: "/espace", texte: "Mon espace famille" },
  agent: { href: "/agent", texte: "Instruction des dossiers" },
  admin: { href: "/admin", texte: "Administration" },
} as const;

export function nomAffiche(c: SessionUtilisateur["compte"]): string {
  return [c.prenoms, c.nomUsage ?? c.nomNaissance].filter(Boolean).join(" ") || c.email || "Mon compte";
}

export function EnTete({
  collectivite,
  logo,
  session,
}: {
  collectivite: string;
  /** A local path checked when saved (lib/collectivite/domain/identite-collectivite.ts). */
  logo: string | null;
  session: SessionUtilisateur | null;
}) {
  return (
    <header className="bg-white border-b border-bordure">
      <div className="mx-auto max-w-5xl px-4 py-3 flex flex-wrap items-center justify-between gap-3">
        <Link href="/" className="flex items-center gap-3 no-underline">
          {logo && (
            // The collectivité's name is written next to it: the logo adds nothing for a screen reader.
            // eslint-disable-next-line @next/next/no-img-element -- any local image, its size unknown to the build
            <img src={logo} alt="" className="h-12 w-auto max-w-32 object-contain" />
          )}
          <span className="flex flex-col">
            <span className="text-sm text-attenue">{collectivite}</span>
            <span className="text-xl font-bold text-primaire-fonce">Portail Famille</span>
          </span>
        </Link>
        <nav aria-label="Navigation principale">
          <ul className="flex flex-wrap items-center gap-x-4 gap-y-2">
            {session ? (
              <>
                <li>
                  <Link className={lienNav} href={ESPACES[session.compte.role].href}>
                    {ESPACES[session.compte.role].texte}
                  </Link>
                </li>
                {session.compte.role === "admin" && (
                  <li>
                    <Link className={lienNav} href="/agent">
                      Instruction des dossiers
                    </Link>
                  </li>
                )}
                <li className="text-sm">
                  <span className="sr-only">Connecté en tant que </span>
                  {nomAffiche(session.compte)}
                </li>
                <li>
                  <form method="post" action="/api/deconnexion">
                    <button
                      type="submit"
                      className="rounded-md border-2 border-primaire px-3 py-1.5 font-semibold text-primaire hover:bg-primaire-clair"
                    >
                      Se déconnecter
                    </button>
                  </form>
                </li>
              </>
            ) : (
              <>
                <li>
                  <Link className={lienNav} href="/espace">
                    Mon espace famille
                  </Link>
                </li>
                <li>
                  <Link className={lienNav} href="/connexion">
                    Se connecter
                  </Link>
                </li>
              </>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}
