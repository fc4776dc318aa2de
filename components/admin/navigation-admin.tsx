"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

import { CHEMINS_ADMIN } from "@/lib/admin/chemins";

const RUBRIQUES = [
  { href: CHEMINS_ADMIN.accueil, texte: "Tableau de bord" },
  { href: CHEMINS_ADMIN.territoire, texte: "Territoire" },
  { href: CHEMINS_ADMIN.annees, texte: "Années scolaires" },
  { href: CHEMINS_ADMIN.ecoles, texte: "Écoles" },
  { href: CHEMINS_ADMIN.activites, texte: "Activités" },
  { href: CHEMINS_ADMIN.grilles, texte: "Grilles tarifaires" },
  { href: CHEMINS_ADMIN.fiscalite, texte: "Données fiscales" },
  { href: CHEMINS_ADMIN.courriels, texte: "Courriels" },
  { href: CHEMINS_ADMIN.comptes, texte: "Comptes et rôles" },
  { href: CHEMINS_ADMIN.accessibilite, texte: "Accessibilité" },
  { href: CHEMINS_ADMIN.journal, texte: "Journal d'audit" },
] as const;

/** The admin area's own menu; the current section is marked for screen readers (aria-current) and visibly. */
export function NavigationAdmin() {
  const chemin = usePathname();
  const active = (href: string) =>
    href === CHEMINS_ADMIN.accueil ? chemin === href : chemin === href || chemin.startsWith(`${href}/`);
  return (
    <nav aria-label="Administration" className="mb-8 border-b border-bordure pb-3">
      <ul className="flex flex-wrap gap-x-2 gap-y-2">
        {RUBRIQUES.map((r) => {
          const ici = active(r.href);
          return (
            <li key={r.href}>
              <Link
                href={r.href}
                aria-current={chemin === r.href ? "page" : ici ? "location" : undefined}
                className={`inline-block rounded-md px-3 py-2 underline-offset-4 ${ici ? "bg-primaire text-white font-semibold" : "text-primaire underline hover:bg-primaire-clair"}`}
              >
                {r.texte}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
