import type { Metadata } from "next";
import Link from "next/link";

import { Alerte } from "@/components/ui/alerte";
import { LienBouton } from "@/components/ui/bouton";
import { TitrePage } from "@/components/ui/titre-page";
import { listerMesEnfants } from "@/lib/enfants/enfants.query";
import { LIBELLES_NIVEAU } from "@/lib/enfants/schemas";
import { formaterDate } from "@/lib/format";
import { db } from "@/lib/server/db";
import { exigerRole } from "@/lib/server/session";

export const metadata: Metadata = { title: "Mes enfants" };

const MESSAGES = {
  ajoute: "L'enfant est ajouté.",
  modifie: "Les informations de l'enfant sont enregistrées.",
  retire: "L'enfant est retiré de votre foyer.",
};

export default async function MesEnfants({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const session = await exigerRole(["citoyen"], "/espace/enfants");
  const enfants = await listerMesEnfants(await db(), session.compte.id);
  const p = await searchParams;
  const message = (Object.keys(MESSAGES) as (keyof typeof MESSAGES)[]).find((k) => p[k]);
  return (
    <div className="space-y-6">
      <TitrePage chapo="Les enfants que vous pouvez inscrire aux activités.">Mes enfants</TitrePage>
      {message && (
        <Alerte type="succes" annoncer>
          {MESSAGES[message]}
        </Alerte>
      )}
      {enfants.length === 0 ? (
        <p>Aucun enfant pour l&apos;instant.</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {enfants.map((e) => (
            <li key={e.id} className="rounded-lg border border-bordure bg-white p-4">
              <h2 className="text-lg font-bold">
                {e.prenom} {e.nom}
              </h2>
              <p>Né(e) le {formaterDate(e.dateNaissance)}</p>
              <p>
                {e.ecole?.nom ?? "École non renseignée"}
                {e.niveau ? ` — ${LIBELLES_NIVEAU[e.niveau as keyof typeof LIBELLES_NIVEAU] ?? e.niveau}` : ""}
              </p>
              {e.pai && <p className="text-sm">PAI ou allergie signalé</p>}
              <p className="mt-2">
                <Link className="text-primaire underline underline-offset-4" href={`/espace/enfants/${e.id}`}>
                  Modifier<span className="sr-only"> les informations de {e.prenom}</span>
                </Link>
              </p>
            </li>
          ))}
        </ul>
      )}
      <LienBouton href="/espace/enfants/nouveau">Ajouter un enfant</LienBouton>
    </div>
  );
}
