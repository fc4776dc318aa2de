import type { Metadata } from "next";
import { TitrePage } from "@/components/ui/titre-page";
import { apercuConfiguration } from "@/lib/admin/apercu.query";
import { db } from "@/lib/server/db";
import { exigerRole } from "@/lib/server/session";

export const metadata: Metadata = { title: "Administration" };

export default async function Administration() {
  await exigerRole(["admin"], "/admin");
  const a = await apercuConfiguration(await db());
  const cartes = [
    ["Communes du territoire", a.communes],
    ["Écoles", a.ecoles],
    ["Activités ouvertes", a.activites],
    ["Grilles tarifaires publiées", a.grillesPubliees],
    ["Comptes agents et administrateurs", a.agents],
  ] as const;
  return (
    <div className="space-y-6">
      <TitrePage chapo={`Années scolaires : ${a.annees.join(", ") || "aucune"}.`}>Administration</TitrePage>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {cartes.map(([libelle, n]) => (
          <li key={libelle} className="rounded-lg border border-bordure bg-white p-4">
            <p className="text-3xl font-bold text-primaire-fonce">{n}</p>
            <p>{libelle}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
