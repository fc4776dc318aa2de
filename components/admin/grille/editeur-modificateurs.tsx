"use client";

import { Champ } from "@/components/ui/champ";
import { ListeDeroulante } from "@/components/ui/liste-deroulante";
import { OPTIONS } from "@/lib/tarifs/editeur/libelles";
import { nomPalier, type GrilleEditee } from "@/lib/tarifs/editeur/modele";
import { Groupe } from "./bloc-erreur";
import { BoutonCommande } from "./bouton-commande";

export function EditeurModificateurs({ grille }: { grille: GrilleEditee }) {
  return (
    <Groupe nom="fratrie" legende="Réductions et cas particuliers">
      <fieldset className="rounded-md border border-bordure p-3 space-y-3">
        <legend className="px-1 font-semibold">Fratrie</legend>
        <p className="text-sm text-attenue">
          Rang par âge parmi les enfants du foyer inscrits à cette activité cette année. Exemple : à partir du rang 3,
          50 % payés (le troisième enfant paie moitié prix).
        </p>
        {grille.fratrie.length === 0 && <p>Aucune réduction de fratrie.</p>}
        {grille.fratrie.map((p, i) => (
          <div key={i} className="grid gap-3 sm:grid-cols-3 sm:items-end">
            <Champ
              nom={nomPalier(i, "rang")}
              libelle={
                <>
                  <span className="sr-only">Palier {i + 1}, </span>À partir du rang
                </>
              }
              valeurParDefaut={p.rang}
              inputMode="numeric"
              autoComplete="off"
            />
            <Champ
              nom={nomPalier(i, "pourcentage")}
              libelle={
                <>
                  <span className="sr-only">Palier {i + 1}, </span>Pourcentage payé (%)
                </>
              }
              valeurParDefaut={p.pourcentage}
              inputMode="decimal"
              autoComplete="off"
            />
            <div>
              <BoutonCommande commande={`retirer-palier:${i}`} danger>
                Retirer le palier {i + 1}
              </BoutonCommande>
            </div>
          </div>
        ))}
        <BoutonCommande commande="ajouter-palier">Ajouter un palier de fratrie</BoutonCommande>
      </fieldset>
      <fieldset className="rounded-md border border-bordure p-3 space-y-3">
        <legend className="px-1 font-semibold">PAI (repas fourni par la famille)</legend>
        <div className="grid gap-3 sm:grid-cols-3">
          <ListeDeroulante
            vide={null}
            nom="pai.type"
            libelle="Tarif PAI"
            options={[...OPTIONS.pai]}
            valeurParDefaut={grille.pai.type}
          />
          <Champ
            nom="pai.pourcentage"
            libelle="Pourcentage payé (%)"
            aide="Si « un pourcentage du tarif »."
            valeurParDefaut={grille.pai.pourcentage}
            inputMode="decimal"
            autoComplete="off"
          />
          <Champ
            nom="pai.prix"
            libelle="Prix fixe (€)"
            aide="Si « un prix fixe »."
            valeurParDefaut={grille.pai.prix}
            inputMode="decimal"
            autoComplete="off"
          />
        </div>
      </fieldset>
      <Champ
        nom="occasionnel"
        libelle="Fréquentation occasionnelle : pourcentage payé (%)"
        aide="Par exemple 120 pour +20 % ; vide : même tarif que la fréquentation régulière."
        valeurParDefaut={grille.occasionnel}
        inputMode="decimal"
        autoComplete="off"
      />
    </Groupe>
  );
}
