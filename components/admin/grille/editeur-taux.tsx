"use client";

import { Champ } from "@/components/ui/champ";
import { LIBELLES_TAUX, nomDeColonne } from "@/lib/tarifs/editeur/libelles";
import { nomTaux, type GrilleEditee, type TauxEdite } from "@/lib/tarifs/editeur/modele";
import { Groupe } from "./bloc-erreur";

const CHAMPS: Record<"taux_effort" | "tpi", { k: keyof TauxEdite; aide?: string }[]> = {
  taux_effort: [
    { k: "taux", aide: "Prix = quotient × taux : 0,36 % d'un QF de 612 € donne 2,20 €." },
    { k: "plancher", aide: "Prix minimal." },
    { k: "plafond", aide: "Prix maximal, appliqué aussi sans données de revenus." },
  ],
  tpi: [
    { k: "prixPlein", aide: "Le tarif payé au plafond de 100 %." },
    { k: "taux", aide: "Pourcentage du tarif plein par euro de quotient." },
    { k: "plancherPourcent" },
    { k: "plafondPourcent" },
  ],
};

export function EditeurTaux({
  grille,
  mode,
  unite,
}: {
  grille: GrilleEditee;
  mode: "taux_effort" | "tpi";
  unite: string;
}) {
  return (
    <Groupe nom="taux" legende={mode === "tpi" ? "Taux de participation individualisé" : "Taux d'effort"}>
      <p className="text-sm text-attenue">
        Un jeu de paramètres par colonne de prix ; montants {unite}, par exemple 4,50.
      </p>
      {grille.colonnes.map((_, j) => (
        <fieldset key={j} className="rounded-md border border-bordure p-3">
          <legend className="px-1 font-semibold">{nomDeColonne(grille, j)}</legend>
          <div className="grid gap-3 sm:grid-cols-2">
            {CHAMPS[mode].map(({ k, aide }) => (
              <Champ
                key={k}
                nom={nomTaux(j, k)}
                libelle={
                  <>
                    <span className="sr-only">{nomDeColonne(grille, j)}, </span>
                    {LIBELLES_TAUX[k].replace(/^./, (x) => x.toUpperCase())}
                  </>
                }
                aide={aide}
                valeurParDefaut={grille.taux[j]?.[k]}
                inputMode="decimal"
                autoComplete="off"
              />
            ))}
          </div>
        </fieldset>
      ))}
    </Groupe>
  );
}
