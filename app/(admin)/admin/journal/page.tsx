import type { Metadata, Route } from "next";
import Link from "next/link";

import { Bouton } from "@/components/ui/bouton";
import { EnTeteTableau, classesTableau as t, TableauDefilant } from "@/components/ui/tableau-defilant";
import { TitrePage } from "@/components/ui/titre-page";
import { CHEMINS_ADMIN } from "@/lib/admin/chemins";
import type { ParametresRecherche } from "@/lib/admin/parametres";
import { adresseJournal, lireFiltresJournal } from "@/lib/audit/domain/filtres-journal";
import { libelleAction } from "@/lib/audit/domain/libelles-journal";
import { choixDuJournal, lireJournal } from "@/lib/audit/journal.query";
import { formaterDateHeure } from "@/lib/format";
import { db } from "@/lib/server/db";
import { exigerRole } from "@/lib/server/session";

export const metadata: Metadata = { title: "Journal d'audit — Administration" };

const champ = "mt-1 block w-full rounded-md border-2 border-bordure bg-white px-3 py-2 text-base";
const lien =
  "inline-block rounded-md border-2 border-primaire px-3 py-1.5 text-primaire underline-offset-4 hover:underline";
const ROLES = { citoyen: "famille", agent: "agent", admin: "administrateur" } as const;

export default async function JournalAudit({ searchParams }: { searchParams: Promise<ParametresRecherche> }) {
  await exigerRole(["admin"], CHEMINS_ADMIN.journal);
  const filtres = lireFiltresJournal(await searchParams);
  const base = await db();
  const [journal, choix] = await Promise.all([lireJournal(base, filtres), choixDuJournal(base)]);
  const { page, pages } = journal;
  return (
    <div className="space-y-6">
      <TitrePage chapo="Qui a fait quoi, et qui a lu quoi : chaque lecture d'une famille, d'un dossier, d'une pièce ou d'un export par un agent ou un administrateur, et chaque changement. Identifiants seulement, jamais de donnée fiscale ni d'identité d'une famille.">
        Journal d&apos;audit
      </TitrePage>
      <form
        method="get"
        action={CHEMINS_ADMIN.journal}
        role="search"
        aria-label="Filtrer le journal"
        className="rounded-lg border border-bordure bg-white p-4 space-y-4"
      >
        <div className="grid gap-4 sm:grid-cols-2">
          <div>
            <label htmlFor="filtre-acteur" className="block font-semibold">
              Compte
            </label>
            <select id="filtre-acteur" name="acteur" defaultValue={filtres.acteurId ?? ""} className={champ}>
              <option value="">Tous les comptes</option>
              {choix.acteurs.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.libelle}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="filtre-action" className="block font-semibold">
              Type d&apos;entrée
            </label>
            <select id="filtre-action" name="action" defaultValue={filtres.action ?? ""} className={champ}>
              <option value="">Tous les types</option>
              {choix.actions.map((a) => (
                <option key={a} value={a}>
                  {libelleAction(a)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="filtre-du" className="block font-semibold">
              Du (inclus)
            </label>
            <input id="filtre-du" name="du" type="date" defaultValue={filtres.du ?? ""} className={champ} />
          </div>
          <div>
            <label htmlFor="filtre-au" className="block font-semibold">
              Au (inclus)
            </label>
            <input id="filtre-au" name="au" type="date" defaultValue={filtres.au ?? ""} className={champ} />
          </div>
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <Bouton type="submit">Filtrer</Bouton>
          <Link href={CHEMINS_ADMIN.journal} className="text-primaire underline underline-offset-4">
            Effacer les filtres
          </Link>
        </div>
      </form>
      <p className="font-semibold" role="status">
        {journal.total === 0
          ? "Aucune entrée ne correspond à ces critères."
          : `${journal.total} entrée${journal.total > 1 ? "s" : ""}, de la plus récente à la plus ancienne.`}
      </p>
      {journal.entrees.length > 0 && (
        <TableauDefilant nom="Entrées du journal">
          <table className={t.table}>
            <EnTeteTableau colonnes={["Date", "Compte", "Type", "Sur", "Détails"]} />
            <tbody>
              {journal.entrees.map((e) => (
                <tr key={e.id}>
                  <th scope="row" className={`${t.td} font-normal whitespace-nowrap`}>
                    {formaterDateHeure(e.le)}
                  </th>
                  <td className={t.td}>
                    {e.acteur ? `${e.acteur}${e.acteurRole ? ` (${ROLES[e.acteurRole]})` : ""}` : "Le portail"}
                  </td>
                  <td className={t.td}>
                    {libelleAction(e.action)} <code className="text-sm">{e.action}</code>
                  </td>
                  <td className={`${t.td} break-all`}>{e.cibleType ? `${e.cibleType} ${e.cibleId ?? ""}` : "—"}</td>
                  <td className={`${t.td} break-all`}>
                    {e.details.length === 0 ? (
                      "—"
                    ) : (
                      <ul>
                        {e.details.map(([cle, valeur]) => (
                          <li key={cle}>
                            {cle} : {valeur}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableauDefilant>
      )}
      {pages > 1 && (
        <nav aria-label="Pages du journal" className="flex flex-wrap items-center gap-4">
          {page > 1 && (
            <Link className={lien} href={adresseJournal(CHEMINS_ADMIN.journal, filtres, { page: page - 1 }) as Route}>
              Page précédente
            </Link>
          )}
          <p>
            Page {page} sur {pages}
          </p>
          {page < pages && (
            <Link className={lien} href={adresseJournal(CHEMINS_ADMIN.journal, filtres, { page: page + 1 }) as Route}>
              Page suivante
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
