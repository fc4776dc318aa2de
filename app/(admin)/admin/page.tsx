import type { Metadata } from "next";
import Link from "next/link";
import { TitrePage } from "@/components/ui/titre-page";
import { apercuConfiguration } from "@/lib/admin/apercu.query";
import { CHEMINS_ADMIN } from "@/lib/admin/chemins";
import { db } from "@/lib/server/db";
import { exigerRole } from "@/lib/server/session";

export const metadata: Metadata = { title: "Administration" };

export default async function Administration() {
  await exigerRole(["admin"], "/admin");
  const a = await apercuConfiguration(await db());
  const cartes = [
    ["Communes du territoire", a.communes, CHEMINS_ADMIN.territoire],
    ["Écoles", a.ecoles, CHEMINS_ADMIN.ecoles],
    ["Activités ouvertes", a.activites, CHEMINS_ADMIN.activites],
    ["Grilles tarifaires publiées", a.grillesPubliees, CHEMINS_ADMIN.grilles],
    ["Comptes agents et administrateurs", a.agents, null],
  ] as const;
  return (
    <div className="space-y-6">
      <TitrePage chapo={`Années scolaires : ${a.annees.join(", ") || "aucune"}.`}>Administration</TitrePage>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {cartes.map(([libelle, n, href]) => (
          <li key={libelle} className="rounded-lg border border-bordure bg-white p-4">
            <p className="text-3xl font-bold text-primaire-fonce">{n}</p>
            {href ? (
              <Link className="text-primaire underline underline-offset-4" href={href}>
                {libelle}
              </Link>
            ) : (
              <p>{libelle}</p>
            )}
          </li>
        ))}
      </ul>
      <section aria-labelledby="titre-rentree" className="rounded-lg border border-bordure bg-white p-4 space-y-2">
        <h2 id="titre-rentree" className="text-xl font-bold">
          Préparer la rentrée
        </h2>
        <ol className="list-decimal space-y-1 pl-5">
          <li>
            Vérifier le <Link className="text-primaire underline underline-offset-4" href={CHEMINS_ADMIN.territoire}>territoire</Link> et la{" "}
            <Link className="text-primaire underline underline-offset-4" href={CHEMINS_ADMIN.fiscalite}>politique d&apos;année fiscale</Link>.
          </li>
          <li>
            Créer la nouvelle <Link className="text-primaire underline underline-offset-4" href={CHEMINS_ADMIN.annees}>année scolaire</Link>.
          </li>
          <li>
            Créer ses <Link className="text-primaire underline underline-offset-4" href={CHEMINS_ADMIN.activites}>activités</Link> (école, jours, unité, capacité, inscriptions).
          </li>
          <li>
            Donner à chacune sa <Link className="text-primaire underline underline-offset-4" href={CHEMINS_ADMIN.grilles}>grille tarifaire</Link>, vérifier les prix avec l&apos;aperçu, publier.
          </li>
        </ol>
      </section>
    </div>
  );
}
