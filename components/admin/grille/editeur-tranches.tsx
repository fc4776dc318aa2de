"use client";

import { Champ } from "@/components/ui/champ";
import { OPTIONS } from "@/lib/tarifs/editeur/libelles";
import { nomPrix, nomTranche, type GrilleEditee } from "@/lib/tarifs/editeur/modele";
import { Groupe } from "./bloc-erreur";
import { BoutonCommande } from "./bouton-commande";

const saisieMontant = { inputMode: "decimal", autoComplete: "off" } as const;

export function EditeurTranches({ grille, unite }: { grille: GrilleEditee; unite: string }) {
  const dernier = grille.tranches.length - 1;
  const arrondi = (
    OPTIONS.arrondiQuotient.find((o) => o.valeur === grille.quotient.arrondi)?.libelle ?? "selon le réglage"
  ).toLowerCase();
  return (
    <Groupe nom="tranches" legende="Tranches de quotient familial">
      <p className="text-sm text-attenue">
        Bornes en euros, incluses : une tranche « de 401 à 650 » s&apos;applique aux quotients de 401 € à 650 €. La
        première commence à 0 ; la dernière n&apos;a pas de borne haute (laissez « jusqu&apos;à » vide). Prix {unite},
        par exemple 2,35.
      </p>
      <p className="text-sm text-attenue">
        Le quotient est d&apos;abord arrondi ({arrondi}), puis comparé aux bornes : voyez « Arrondi du quotient ».
      </p>
      {grille.tranches.map((t, i) => (
        <fieldset key={i} className="rounded-md border border-bordure p-3 space-y-3">
          <legend className="px-1 font-semibold">Tranche {i + 1}</legend>
          <div className="grid gap-3 grid-cols-2 sm:grid-cols-4">
            <Champ
              nom={nomTranche(i, "min")}
              libelle={
                <>
                  <span className="sr-only">Tranche {i + 1}, </span>À partir de (€)
                </>
              }
              valeurParDefaut={t.min}
              {...saisieMontant}
            />
            <Champ
              nom={nomTranche(i, "max")}
              libelle={
                <>
                  <span className="sr-only">Tranche {i + 1}, </span>Jusqu&apos;à (€, inclus)
                </>
              }
              aide={i === dernier ? "Vide : sans limite" : undefined}
              valeurParDefaut={t.max}
              {...saisieMontant}
            />
            {grille.colonnes.map((c, j) => (
              <Champ
                key={j}
                nom={nomPrix(i, j)}
                libelle={
                  <>
                    <span className="sr-only">Tranche {i + 1}, </span>Prix {c.libelle.trim() || `colonne ${j + 1}`} (€)
                  </>
                }
                valeurParDefaut={t.prix[j]}
                {...saisieMontant}
              />
            ))}
          </div>
          {grille.tranches.length > 1 && (
            <BoutonCommande commande={`retirer-tranche:${i}`} danger>
              Retirer la tranche {i + 1}
            </BoutonCommande>
          )}
        </fieldset>
      ))}
      <BoutonCommande commande="ajouter-tranche">Ajouter une tranche</BoutonCommande>
    </Groupe>
  );
}
