import type { Metadata } from "next";

import { CompteursRaisons } from "@/components/instruction/compteurs-raisons";
import { FiltresDeLaFile } from "@/components/instruction/filtres-file";
import { FormulaireBouton } from "@/components/instruction/formulaire-bouton";
import { ListeDossiers } from "@/components/instruction/liste-dossiers";
import { PaginationFile } from "@/components/instruction/pagination-file";
import { Alerte } from "@/components/ui/alerte";
import { TitrePage } from "@/components/ui/titre-page";
import { listerAnneesScolaires } from "@/lib/activites/annees-scolaires.query";
import { acteurDe } from "@/lib/audit/journal.mutation";
import { auditerLecturePage } from "@/lib/audit/lecture-page";
import { filtresActifs, lireFiltres } from "@/lib/instruction/domain/filtres-file";
import { lireFile } from "@/lib/instruction/file.query";
import { prendreSuivantAction } from "@/lib/instruction/prendre-suivant.action";
import { db } from "@/lib/server/db";
import { exigerRole } from "@/lib/server/session";

export const metadata: Metadata = { title: "Instruction des dossiers" };

type Parametres = Record<string, string | string[] | undefined>;

function resume(total: number, filtre: boolean): string {
  if (total === 0)
    return filtre
      ? "Aucun dossier ne correspond à ces critères."
      : "Aucun dossier ouvert : l'automatisation a tout réglé.";
  const s = total > 1 ? "s" : "";
  return filtre
    ? `${total} dossier${s} correspond${total > 1 ? "ent" : ""} à ces critères, du plus ancien au plus récent.`
    : `${total} dossier${s} ouvert${s}, du plus ancien au plus récent.`;
}

export default async function FileDesDossiers({ searchParams }: { searchParams: Promise<Parametres> }) {
  const session = await exigerRole(["agent", "admin"], "/agent");
  const parametres = await searchParams;
  const filtres = lireFiltres(parametres);
  const base = await db();
  const [file, annees] = await Promise.all([lireFile(base, filtres, session.compte.id), listerAnneesScolaires(base)]);
  await auditerLecturePage(base, acteurDe(session), { type: "file", filtres });
  const suivants = {
    ...(filtres.raison && { raison: filtres.raison }),
    ...(filtres.anneeScolaireId && { annee: filtres.anneeScolaireId }),
    ...(filtres.recherche && { recherche: filtres.recherche }),
  };
  return (
    <div className="space-y-8">
      <TitrePage chapo="Les demandes que l'automatisation n'a pas pu régler.">Instruction des dossiers</TitrePage>
      {parametres.libere && (
        <Alerte type="succes" annoncer>
          Le dossier est remis dans la file : un collègue peut le prendre.
        </Alerte>
      )}
      <section aria-labelledby="titre-suivant" className="space-y-2">
        <h2 id="titre-suivant" className="sr-only">
          Prendre un dossier
        </h2>
        <FormulaireBouton action={prendreSuivantAction} champs={suivants}>
          Prendre le dossier suivant
        </FormulaireBouton>
        <p className="text-sm text-attenue">
          Le plus ancien dossier à traiter et libre, parmi les critères choisis (motif, année, nom).
        </p>
      </section>
      <section aria-labelledby="titre-filtres" className="space-y-2">
        <h2 id="titre-filtres" className="text-xl font-bold">
          Filtres
        </h2>
        <FiltresDeLaFile filtres={filtres} annees={annees} />
      </section>
      <CompteursRaisons filtres={filtres} compteParRaison={file.compteParRaison} />
      <section aria-labelledby="titre-dossiers" className="space-y-4">
        <h2 id="titre-dossiers" className="text-xl font-bold">
          Dossiers
        </h2>
        <p className="font-semibold">{resume(file.total, filtresActifs(filtres))}</p>
        {file.dossiers.length > 0 && (
          <ListeDossiers dossiers={file.dossiers} moi={session.compte.id} maintenant={new Date()} />
        )}
        <PaginationFile filtres={filtres} pagination={file.pagination} />
      </section>
    </div>
  );
}
