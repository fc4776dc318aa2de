import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";

import { Bouton } from "@/components/ui/bouton";
import { Champ } from "@/components/ui/champ";
import { Choix } from "@/components/ui/choix";
import { Formulaire } from "@/components/ui/formulaire";
import { TitrePage } from "@/components/ui/titre-page";
import { lireActivite } from "@/lib/activites/activites.query";
import { CHEMINS_ADMIN } from "@/lib/admin/chemins";
import { premier, uuidOuIntrouvable, type ParametresRecherche } from "@/lib/admin/parametres";
import { db } from "@/lib/server/db";
import { exigerRole } from "@/lib/server/session";
import { creerGrille } from "@/lib/tarifs/creer-grille.action";
import { LIBELLES_UNITE } from "@/lib/tarifs/domain/format-fr";
import { OPTIONS } from "@/lib/tarifs/editeur/libelles";

export const metadata: Metadata = { title: "Nouvelle grille tarifaire — Administration" };

export default async function NouvelleGrille({ searchParams }: { searchParams: Promise<ParametresRecherche> }) {
  await exigerRole(["admin"], CHEMINS_ADMIN.grilles);
  const activiteId = uuidOuIntrouvable(premier((await searchParams).activite) ?? "");
  const a = await lireActivite(await db(), activiteId);
  if (!a) notFound();
  if (a.grilleId) redirect(CHEMINS_ADMIN.grille(a.grilleId));
  return (
    <div className="max-w-2xl space-y-6">
      <TitrePage chapo={`${a.nom}, ${a.anneeScolaire.libelle} : prix ${LIBELLES_UNITE[a.uniteVente].par}.`}>
        Nouvelle grille tarifaire
      </TitrePage>
      <p>
        La grille est créée en brouillon, à compléter dans l&apos;éditeur. Les familles ne la voient qu&apos;une fois
        publiée.
      </p>
      <Formulaire action={creerGrille}>
        <input type="hidden" name="activiteId" value={a.id} />
        <Champ nom="nom" libelle="Nom de la grille" valeurParDefaut={`Grille ${a.nom}`} autoComplete="off" required />
        <Choix nom="mode" legende="Mode de calcul" options={[...OPTIONS.mode]} valeursParDefaut={["tranches"]} />
        <Bouton>Créer la grille et l&apos;ouvrir</Bouton>
      </Formulaire>
    </div>
  );
}
