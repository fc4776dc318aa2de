"use client";

import { Champ } from "@/components/ui/champ";
import { ListeDeroulante } from "@/components/ui/liste-deroulante";
import { nomDeColonne, OPTIONS } from "@/lib/tarifs/editeur/libelles";
import { nomColonne, type GrilleEditee } from "@/lib/tarifs/editeur/modele";
import { Groupe } from "./bloc-erreur";
import { BoutonCommande } from "./bouton-commande";

export function EditeurColonnes({ grille }: { grille: GrilleEditee }) {
  return (
    <Groupe nom="colonnes" legende="Colonnes de prix">
      <p className="text-sm text-attenue">
        Chaque foyer paie le prix de la première colonne dont les critères lui correspondent : mettez les colonnes les
        plus précises d&apos;abord (par exemple « Résidents » puis « Non-résidents », ou « Allocataires CAF » puis «
        Tous les foyers »).
      </p>
      {grille.colonnes.map((c, j) => (
        <fieldset key={j} className="rounded-md border border-bordure p-3 space-y-3">
          <legend className="px-1 font-semibold">{nomDeColonne(grille, j)}</legend>
          <div className="grid gap-3 sm:grid-cols-2">
            <Champ nom={nomColonne(j, "libelle")} libelle="Libellé" valeurParDefaut={c.libelle} autoComplete="off" />
            <Champ
              nom={nomColonne(j, "code")}
              libelle="Code (export CSV)"
              aide="Facultatif : déduit du libellé."
              valeurParDefaut={c.code}
              autoComplete="off"
            />
            <ListeDeroulante
              vide={null}
              nom={nomColonne(j, "residence")}
              libelle="Résidence"
              options={[...OPTIONS.residence]}
              valeurParDefaut={c.residence}
            />
            <ListeDeroulante
              vide={null}
              nom={nomColonne(j, "caf")}
              libelle="Allocataire CAF"
              options={[...OPTIONS.caf]}
              valeurParDefaut={c.caf}
            />
          </div>
          {grille.colonnes.length > 1 && (
            <BoutonCommande commande={`retirer-colonne:${j}`} danger>
              Retirer la colonne {j + 1}
            </BoutonCommande>
          )}
        </fieldset>
      ))}
      <BoutonCommande commande="ajouter-colonne">Ajouter une colonne de prix</BoutonCommande>
    </Groupe>
  );
}
