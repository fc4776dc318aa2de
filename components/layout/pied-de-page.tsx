import type { Route } from "next";
import Link from "next/link";

const liens = [
  { href: "/mentions-legales", texte: "Mentions légales" },
  { href: "/donnees-personnelles", texte: "Données personnelles" },
  { href: "/accessibilite", texte: "Accessibilité : non conforme" },
  { href: "/plan-du-site", texte: "Plan du site" },
] as const satisfies readonly { href: Route; texte: string }[];

export function PiedDePage({ collectivite }: { collectivite: string }) {
  return (
    <footer id="pied-de-page" className="mt-12 border-t border-bordure bg-white">
      <div className="mx-auto max-w-5xl px-4 py-6 text-sm">
        <p className="font-semibold">{collectivite} — Portail Famille</p>
        <ul className="mt-3 flex flex-wrap gap-x-5 gap-y-2">
          {liens.map((l) => (
            <li key={l.href}>
              <Link className="text-primaire underline underline-offset-4" href={l.href}>
                {l.texte}
              </Link>
            </li>
          ))}
        </ul>
        <p className="mt-3 text-attenue">Logiciel libre, publié sous licence EUPL 1.2.</p>
      </div>
    </footer>
  );
}
