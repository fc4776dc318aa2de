"use client";

import { Champ } from "@/components/ui/champ";
import { decritPar, ErreurChamp } from "@/components/ui/erreur-champ";
import { useEtatFormulaire } from "@/components/ui/formulaire";
import { ListeDeroulante } from "@/components/ui/liste-deroulante";
import { OPTIONS } from "@/lib/tarifs/editeur/libelles";
import { nomPalier, type GrilleEditee, type PalierEdite } from "@/lib/tarifs/editeur/modele";
import { Groupe } from "./bloc-erreur";
import { BoutonCommande } from "./bouton-commande";

function bornes(t: GrilleEditee["tranches"][number]): string {
  const min = t.min.trim();
  const max = t.max.trim();
  if (!min && !max) return "";
  return max ? ` (de ${min || "…"} € à ${max} €)` : ` (à partir de ${min} €)`;
}

/**
 * One box per bracket: ticked, the step does not apply there (a canteen's lowest bracket kept at 1 €). Works without
 * JavaScript (the boxes are sent with the form); each box is keyed by its state so that a round trip that changes it
 * remounts it rather than letting React's form reset bring back the previous state.
 */
function TranchesExclues({ grille, palier, i }: { grille: GrilleEditee; palier: PalierEdite; i: number }) {
  const nom = nomPalier(i, "sauf");
  const id = `champ-${nom}`;
  const erreurs = useEtatFormulaire().erreurs?.[nom];
  const aide = "Cochée : le palier ne s'y applique pas (par exemple une première tranche à 1 €). Aucune : toutes.";
  return (
    <fieldset id={id} aria-describedby={decritPar(id, aide, erreurs)} className="space-y-1">
      <legend className="font-semibold">
        <span className="sr-only">Palier {i + 1}, </span>Tranches où la réduction ne s&apos;applique pas
      </legend>
      <p id={`${id}-aide`} className="text-sm text-attenue">
        {aide}
      </p>
      <div className="flex flex-wrap gap-x-5 gap-y-1">
        {grille.tranches.map((t, k) => {
          const valeur = String(k + 1);
          const coche = palier.sauf.includes(valeur);
          return (
            <label key={`${valeur}-${coche}`} className="flex min-h-11 items-center gap-2">
              <input
                type="checkbox"
                name={nom}
                value={valeur}
                defaultChecked={coche}
                className="h-5 w-5 accent-primaire"
              />
              Tranche {k + 1}
              {bornes(t)}
            </label>
          );
        })}
      </div>
      <ErreurChamp id={`${id}-erreur`} erreurs={erreurs} />
    </fieldset>
  );
}

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
          <div key={i} className="space-y-3">
            <div className="grid gap-3 sm:grid-cols-3 sm:items-end">
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
            {grille.mode === "tranches" && <TranchesExclues grille={grille} palier={p} i={i} />}
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
