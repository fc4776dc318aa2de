import type { Metadata } from "next";

import { EnTeteTableau, classesTableau as t, TableauDefilant } from "@/components/ui/tableau-defilant";
import { TitrePage } from "@/components/ui/titre-page";
import { CHEMINS_ADMIN } from "@/lib/admin/chemins";
import { courrielsNonDistribues } from "@/lib/courriels/courriels-non-distribues.query";
import { libelleStatutEnvoi } from "@/lib/courriels/domain/statut-envoi";
import { formaterDateHeure } from "@/lib/format";
import { db } from "@/lib/server/db";
import { exigerRole } from "@/lib/server/session";

export const metadata: Metadata = { title: "Courriels non distribués — Administration" };

export default async function CourrielsNonDistribues() {
  await exigerRole(["admin"], CHEMINS_ADMIN.courriels);
  const courriels = await courrielsNonDistribues(await db());
  return (
    <div className="space-y-6">
      <TitrePage chapo="Les courriels que le serveur de messagerie n'a pas acceptés : refusés, abandonnés ou en attente d'un nouvel essai. Ni le destinataire ni le contenu ne sont affichés.">
        Courriels non distribués
      </TitrePage>
      <p className="max-w-2xl">
        Un refus définitif (code SMTP 5xx) arrête les essais aussitôt ; une autre erreur est réessayée avec un délai
        croissant, cinq fois au plus. Les avis de non-remise reçus plus tard par l&apos;adresse d&apos;expédition ne
        sont pas lus par le portail.
      </p>
      {courriels.length === 0 ? (
        <p>Aucun courriel non distribué.</p>
      ) : (
        <TableauDefilant nom="Courriels non distribués">
          <table className={t.table}>
            <EnTeteTableau
              colonnes={["Objet", "Créé le", "État", "Tentatives", "Dernière erreur", "Depuis / prochain essai"]}
            />
            <tbody>
              {courriels.map((c) => (
                <tr key={c.id}>
                  <th scope="row" className={`${t.td} font-normal`}>
                    {c.sujet}
                  </th>
                  <td className={t.td}>{formaterDateHeure(c.creeLe)}</td>
                  <td className={t.td}>{libelleStatutEnvoi(c)}</td>
                  <td className={t.td}>{c.tentatives}</td>
                  <td className={t.td}>{c.derniereErreur ?? "—"}</td>
                  <td className={t.td}>
                    {c.abandonneLe
                      ? `Abandonné le ${formaterDateHeure(c.abandonneLe)}`
                      : `Prochain essai le ${formaterDateHeure(c.prochaineTentativeLe)}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableauDefilant>
      )}
    </div>
  );
}
