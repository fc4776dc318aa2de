// A grid definition read-only, in French: what a published (or archived) version says, and what the admin is
// about to publish.
import { classesTableau as t, TableauDefilant } from "@/components/ui/tableau-defilant";
import type { DefinitionGrille } from "@/lib/tarifs/domain/definition.schema";
import {
  formaterMontantSouple,
  formaterPourcent,
  formaterPrix,
  LIBELLES_UNITE,
  ordinal,
} from "@/lib/tarifs/domain/format-fr";
import { OPTIONS, SANS_DONNEES } from "@/lib/tarifs/editeur/libelles";

const libelle = (liste: readonly { valeur: string; libelle: string }[], v: string) =>
  liste.find((o) => o.valeur === v)?.libelle ?? v;

function criteres(c: DefinitionGrille["colonnes"][number]): string {
  const r = c.criteres.residence ? libelle(OPTIONS.residence, c.criteres.residence) : null;
  const caf =
    c.criteres.allocataireCaf === undefined
      ? null
      : c.criteres.allocataireCaf
        ? "allocataires CAF"
        : "non allocataires CAF";
  return [r, caf].filter(Boolean).join(", ") || "tous les foyers";
}

export function ResumeDefinition({ definition: d }: { definition: DefinitionGrille }) {
  const b = d.bareme;
  const par = LIBELLES_UNITE[d.unite].par;
  const m = d.modificateurs;
  return (
    <div className="space-y-4">
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">Mode de calcul</dt>
        <dd>{libelle(OPTIONS.mode, b.type)}</dd>
        <dt className="font-semibold">Quotient</dt>
        <dd>
          {libelle(OPTIONS.source, d.quotient.source)}
          {d.quotient.source !== "caf" && `, ${libelle(OPTIONS.revenu, d.quotient.revenu).toLowerCase()}`},{" "}
          {d.quotient.periode}, arrondi {libelle(OPTIONS.arrondiQuotient, d.quotient.arrondi).toLowerCase()}
        </dd>
        <dt className="font-semibold">Sans données</dt>
        <dd>{b.type === "tranches" ? SANS_DONNEES.tranches : SANS_DONNEES.taux}</dd>
      </dl>
      {b.type === "tranches" ? (
        <TableauDefilant nom="Tranches de la grille">
          <table className={t.table}>
            <caption className="p-2 text-left font-semibold">Prix {par}</caption>
            <thead>
              <tr>
                <th scope="col" className={t.th}>
                  Quotient familial
                </th>
                {d.colonnes.map((c) => (
                  <th key={c.code} scope="col" className={t.th}>
                    {c.libelle} <span className="block text-sm font-normal text-attenue">{criteres(c)}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {b.tranches.map((tr, i) => (
                <tr key={i}>
                  <th scope="row" className={`${t.td} font-normal`}>
                    {tr.maxCentimes === null
                      ? `À partir de ${formaterMontantSouple(tr.minCentimes)}`
                      : `De ${formaterMontantSouple(tr.minCentimes)} à ${formaterMontantSouple(tr.maxCentimes)}`}
                  </th>
                  {d.colonnes.map((c) => (
                    <td key={c.code} className={t.td}>
                      {formaterPrix(tr.prix[c.code] ?? 0)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableauDefilant>
      ) : (
        <ul className="space-y-1">
          {d.colonnes.map((c) => {
            const p = b.parametres[c.code];
            if (!p) return null;
            const texte =
              "plancherCentimes" in p
                ? `${formaterPourcent(p.tauxPourcent)} du quotient, entre ${formaterPrix(p.plancherCentimes)} et ${formaterPrix(p.plafondCentimes)} ${par}`
                : `${formaterPourcent(p.tauxPourcent)} d'un tarif plein de ${formaterPrix(p.prixPleinCentimes)} par euro de quotient, entre ${formaterPourcent(p.plancherPourcent)} et ${formaterPourcent(p.plafondPourcent)} du tarif plein`;
            return (
              <li key={c.code}>
                <span className="font-semibold">{c.libelle}</span> ({criteres(c)}) : {texte}
              </li>
            );
          })}
        </ul>
      )}
      <ul className="list-disc space-y-1 pl-5">
        {m.fratrie.map((p) => (
          <li key={p.aPartirDuRang}>
            À partir du {ordinal(p.aPartirDuRang)} enfant : {formaterPourcent(p.pourcentagePaye)} du tarif
            {p.saufTranches?.length
              ? `, sauf ${p.saufTranches.length === 1 ? "en tranche" : "dans les tranches"} ${p.saufTranches.join(", ")}`
              : ""}
          </li>
        ))}
        {m.pai && (
          <li>
            PAI :{" "}
            {m.pai.type === "pourcentage"
              ? `${formaterPourcent(m.pai.pourcentagePaye)} du tarif`
              : `prix fixe de ${formaterPrix(m.pai.prixCentimes)}`}
          </li>
        )}
        {m.occasionnel && (
          <li>Fréquentation occasionnelle : {formaterPourcent(m.occasionnel.pourcentagePaye)} du tarif</li>
        )}
        <li>Adresse à vérifier : {libelle(OPTIONS.residenceAVerifier, d.residenceAVerifier).toLowerCase()}</li>
        <li>Arrondi du prix : {libelle(OPTIONS.arrondi, d.arrondi).toLowerCase()}</li>
      </ul>
    </div>
  );
}
