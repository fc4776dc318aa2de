import type { Metadata, Route } from "next";
import Link from "next/link";

import { TitrePage } from "@/components/ui/titre-page";

export const metadata: Metadata = { title: "Plan du site" };

const pages = [
  { href: "/", texte: "Accueil" },
  { href: "/connexion", texte: "Se connecter" },
  { href: "/inscription", texte: "Créer un compte famille" },
  { href: "/espace", texte: "Mon espace famille" },
  { href: "/espace/foyer", texte: "Mon foyer" },
  { href: "/espace/enfants", texte: "Mes enfants" },
  { href: "/espace/donnees-fiscales", texte: "Mes données fiscales" },
  { href: "/espace/mes-donnees", texte: "Mes données personnelles" },
  { href: "/mentions-legales", texte: "Mentions légales" },
  { href: "/donnees-personnelles", texte: "Données personnelles" },
  { href: "/accessibilite", texte: "Déclaration d'accessibilité" },
] as const satisfies readonly { href: Route; texte: string }[];

export default function PlanDuSite() {
  return (
    <div>
      <TitrePage>Plan du site</TitrePage>
      <ul className="list-disc pl-6 space-y-2">
        {pages.map((p) => (
          <li key={p.href}>
            <Link className="text-primaire underline underline-offset-4" href={p.href}>
              {p.texte}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
