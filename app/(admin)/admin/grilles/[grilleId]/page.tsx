import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { StatutVersion } from "@/components/admin/grille/statut-version";
import { MessageFlash } from "@/components/admin/message-flash";
import { Section } from "@/components/admin/section";
import { Bouton, LienBouton } from "@/components/ui/bouton";
import { Champ } from "@/components/ui/champ";
import { Formulaire } from "@/components/ui/formulaire";
import { Lien } from "@/components/ui/lien";
import { EnTeteTableau, classesTableau as t, TableauDefilant } from "@/components/ui/tableau-defilant";
import { TitrePage } from "@/components/ui/titre-page";
import { CHEMINS_ADMIN } from "@/lib/admin/chemins";
import { uuidOuIntrouvable, type ParametresRecherche } from "@/lib/admin/parametres";
import { formaterDateHeure } from "@/lib/format";
import { db } from "@/lib/server/db";
import { exigerRole } from "@/lib/server/session";
import { LIBELLES_UNITE } from "@/lib/tarifs/domain/format-fr";
import { lireGrille } from "@/lib/tarifs/grilles.query";
import { importerCsv } from "@/lib/tarifs/importer-csv.action";
import { nouveauBrouillon } from "@/lib/tarifs/nouveau-brouillon.action";

export const metadata: Metadata = { title: "Grille tarifaire — Administration" };

export default async function Grille({
  params,
  searchParams,
}: {
  params: Promise<{ grilleId: string }>;
  searchParams: Promise<ParametresRecherche>;
}) {
  const brut = (await params).grilleId;
  await exigerRole(["admin"], CHEMINS_ADMIN.grille(brut));
  const g = await lireGrille(await db(), uuidOuIntrouvable(brut));
  if (!g) notFound();
  const brouillon = g.versions.find((v) => v.statut === "brouillon");
  const publiee = g.versions.find((v) => v.statut === "publiee");
  return (
    <div className="space-y-8">
      <TitrePage
        chapo={`${g.activite.nom}, année ${g.anneeScolaire.libelle}, prix ${LIBELLES_UNITE[g.activite.uniteVente].par}.`}
      >
        {g.nom}
      </TitrePage>
      <MessageFlash
        parametres={await searchParams}
        messages={{ brouillonSupprime: () => "Le brouillon est supprimé." }}
      />
      <Section id="versions" titre="Versions">
        <TableauDefilant nom="Versions de la grille">
          <table className={t.table}>
            <EnTeteTableau colonnes={["Version", "Statut", "Créée le", "Publiée le", "Tarifs fixés"]} />
            <tbody>
              {g.versions.map((v) => (
                <tr key={v.id}>
                  <th scope="row" className={`${t.td} font-normal`}>
                    <Lien href={CHEMINS_ADMIN.version(g.id, v.id)}>Version n° {v.numero}</Lien>
                  </th>
                  <td className={t.td}>
                    <StatutVersion statut={v.statut} />
                  </td>
                  <td className={t.td}>{formaterDateHeure(v.creeLe)}</td>
                  <td className={t.td}>{v.publieeLe ? formaterDateHeure(v.publieeLe) : "—"}</td>
                  <td className={t.td}>{v.tarifsFixes}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableauDefilant>
        {brouillon ? (
          <LienBouton href={CHEMINS_ADMIN.version(g.id, brouillon.id)}>
            Modifier le brouillon n° {brouillon.numero}
          </LienBouton>
        ) : publiee ? (
          <Formulaire action={nouveauBrouillon}>
            <p>
              Pour changer les prix, préparez un brouillon à partir de la version publiée : elle reste en vigueur
              jusqu&apos;à la publication du brouillon.
            </p>
            <input type="hidden" name="grilleId" value={g.id} />
            <Bouton>Préparer une nouvelle version</Bouton>
          </Formulaire>
        ) : null}
      </Section>
      <Section id="import" titre="Importer un fichier CSV" className="max-w-2xl">
        <p>
          Le fichier remplace le contenu du brouillon
          {brouillon ? ` n° ${brouillon.numero}` : " (un brouillon est créé)"}. Il est vérifié en entier d&apos;abord :
          s&apos;il comporte une erreur, rien n&apos;est importé et chaque erreur est indiquée avec son numéro de ligne.
          Partez d&apos;un export (lien « Exporter en CSV » d&apos;une version).
        </p>
        <Formulaire action={importerCsv} encType="multipart/form-data">
          <input type="hidden" name="grilleId" value={g.id} />
          <Champ
            nom="fichier"
            type="file"
            libelle="Fichier CSV de la grille"
            aide="Séparateur point-virgule, décimales à virgule, 500 ko au plus."
            accept=".csv,text/csv"
          />
          <Bouton>Importer dans le brouillon</Bouton>
        </Formulaire>
      </Section>
    </div>
  );
}
