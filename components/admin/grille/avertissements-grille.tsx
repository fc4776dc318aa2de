"use client";

// Issue 22 §2: what is valid but very likely a typo (36 % for 0,36 %, a price ten times its neighbours), shown
// before publishing, never blocking; and for a canteen grid, whether it fits the "cantine à 1 €" rules (information).
import { Alerte } from "@/components/ui/alerte";
import { avertissementsPlausibilite, conformiteCantineAUnEuro } from "@/lib/tarifs/domain/plausibilite";
import { versDefinition } from "@/lib/tarifs/editeur/conversion";
import type { GrilleEditee } from "@/lib/tarifs/editeur/modele";

export function AvertissementsGrille({ grille }: { grille: GrilleEditee }) {
  const r = versDefinition(grille);
  if (!r.ok) return null;
  const avertissements = avertissementsPlausibilite(r.definition);
  const cantine =
    r.definition.unite === "repas" && r.definition.bareme.type === "tranches"
      ? conformiteCantineAUnEuro(r.definition)
      : null;
  return (
    <>
      {avertissements.length > 0 && (
        <Alerte type="attention" titre="À vérifier avant de publier">
          <ul className="list-disc pl-6">
            {avertissements.map((a) => (
              <li key={a.champ}>
                <a className="underline" href={`#champ-${a.champ}`}>
                  {a.message}
                </a>
              </li>
            ))}
          </ul>
        </Alerte>
      )}
      {cantine && (
        <p className="text-sm">
          {cantine.conforme
            ? "Pour information : cette grille remplit les conditions de la « cantine à 1 € » de l'État (au moins trois tranches, la première à 1,00 € ou moins)."
            : `Pour information, « cantine à 1 € » de l'État (au moins trois tranches, la première à 1,00 € ou moins) : ${cantine.raisons.join(" ")}`}
        </p>
      )}
    </>
  );
}
