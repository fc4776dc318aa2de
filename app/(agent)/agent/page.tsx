import type { Metadata } from "next";
import { TitrePage } from "@/components/ui/titre-page";
import { formaterDateHeure } from "@/lib/format";
import { listerDossiersOuverts } from "@/lib/instruction/dossiers.query";
import { LIBELLES_RAISON, LIBELLES_STATUT_DOSSIER } from "@/lib/instruction/libelles";
import { db } from "@/lib/server/db";
import { exigerRole } from "@/lib/server/session";

export const metadata: Metadata = { title: "Instruction des dossiers" };

export default async function FileDesDossiers() {
  await exigerRole(["agent", "admin"], "/agent");
  const { dossiers, total } = await listerDossiersOuverts(await db());
  return (
    <div className="space-y-6">
      <TitrePage chapo="Les demandes que l'automatisation n'a pas pu régler.">Instruction des dossiers</TitrePage>
      <p className="font-semibold">{total === 0 ? "Aucun dossier ouvert." : `${total} dossier${total > 1 ? "s" : ""} ouvert${total > 1 ? "s" : ""}.`}</p>
      {dossiers.length > 0 && (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left">
            <caption className="sr-only">Dossiers ouverts, du plus ancien au plus récent</caption>
            <thead>
              <tr className="border-b-2 border-bordure">
                <th scope="col" className="p-2">Famille</th>
                <th scope="col" className="p-2">Motifs</th>
                <th scope="col" className="p-2">Statut</th>
                <th scope="col" className="p-2">Reçu le</th>
                <th scope="col" className="p-2">Agent</th>
              </tr>
            </thead>
            <tbody>
              {dossiers.map((d) => {
                const r = d.foyer.responsables[0];
                return (
                  <tr key={d.id} className="border-b border-bordure align-top">
                    <td className="p-2">{r ? `${r.prenoms} ${r.nom}` : "—"}</td>
                    <td className="p-2">{d.raisons.map((x) => LIBELLES_RAISON[x]).join(" ; ")}</td>
                    <td className="p-2">{LIBELLES_STATUT_DOSSIER[d.statut]}</td>
                    <td className="p-2">{formaterDateHeure(d.creeLe)}</td>
                    <td className="p-2">{d.agent ? `${d.agent.prenoms ?? ""} ${d.agent.nomUsage ?? ""}`.trim() : "Non attribué"}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
