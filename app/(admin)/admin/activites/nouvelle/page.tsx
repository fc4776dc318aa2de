import type { Metadata } from "next";
import Link from "next/link";

import { ChampsActivite } from "@/components/admin/champs-activite";
import { Alerte } from "@/components/ui/alerte";
import { Bouton } from "@/components/ui/bouton";
import { Formulaire } from "@/components/ui/formulaire";
import { ListeDeroulante } from "@/components/ui/liste-deroulante";
import { TitrePage } from "@/components/ui/titre-page";
import { listerAnneesScolaires } from "@/lib/activites/annees-scolaires.query";
import { creerActivite } from "@/lib/activites/creer-activite.action";
import { anneeAfficheeParDefaut } from "@/lib/activites/domain/annee-scolaire";
import { listerEcoles } from "@/lib/activites/ecoles.query";
import { CHEMINS_ADMIN } from "@/lib/admin/chemins";
import { premier, type ParametresRecherche } from "@/lib/admin/parametres";
import { db } from "@/lib/server/db";
import { exigerRole } from "@/lib/server/session";

export const metadata: Metadata = { title: "Nouvelle activité — Administration" };

export default async function NouvelleActivite({ searchParams }: { searchParams: Promise<ParametresRecherche> }) {
  await exigerRole(["admin"], CHEMINS_ADMIN.nouvelleActivite);
  const base = await db();
  const [annees, ecoles, parametres] = await Promise.all([
    listerAnneesScolaires(base),
    listerEcoles(base),
    searchParams,
  ]);
  return (
    <div className="max-w-2xl space-y-6">
      <TitrePage chapo="Ensuite, vous lui donnerez sa grille tarifaire.">Nouvelle activité</TitrePage>
      {annees.length === 0 ? (
        <Alerte>
          Créez d&apos;abord une{" "}
          <Link className="underline" href={CHEMINS_ADMIN.annees}>
            année scolaire
          </Link>
          .
        </Alerte>
      ) : (
        <Formulaire action={creerActivite}>
          <ListeDeroulante
            vide={null}
            nom="anneeScolaireId"
            libelle="Année scolaire"
            options={annees.map((a) => ({ valeur: a.id, libelle: a.libelle }))}
            valeurParDefaut={premier(parametres.annee) ?? anneeAfficheeParDefaut(annees, new Date())?.id}
          />
          <ChampsActivite ecoles={ecoles} />
          <Bouton>Créer l&apos;activité</Bouton>
        </Formulaire>
      )}
    </div>
  );
}
