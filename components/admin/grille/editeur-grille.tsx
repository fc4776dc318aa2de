"use client";

// The draft editor: one form whose every button posts to the same action. "Enregistrer le brouillon" validates
// and saves; the others (add a bracket, a column…) send back the reshaped form. The form is rebuilt from the
// action's `valeurs` when there are some, so it works the same with or without JavaScript.
import { Bouton } from "@/components/ui/bouton";
import { useEtatFormulaire } from "@/components/ui/formulaire";
import { ListeDeroulante } from "@/components/ui/liste-deroulante";
import { OPTIONS, SANS_DONNEES } from "@/lib/tarifs/editeur/libelles";
import { aplatir, depuisValeurs, type GrilleEditee } from "@/lib/tarifs/editeur/modele";
import { AvertissementsGrille } from "./avertissements-grille";
import { Groupe } from "./bloc-erreur";
import { BoutonCommande } from "./bouton-commande";
import { EditeurColonnes } from "./editeur-colonnes";
import { EditeurModificateurs } from "./editeur-modificateurs";
import { EditeurTaux } from "./editeur-taux";
import { EditeurTranches } from "./editeur-tranches";
import { ResumeErreurs } from "./resume-erreurs";

/** Fields of the mode not shown, kept as hidden inputs so that switching modes back and forth loses nothing. */
function Conserves({ grille }: { grille: GrilleEditee }) {
  // A rate mode hides the brackets, and with them the brackets a sibling step is kept out of.
  const cache = grille.mode === "tranches" ? /^taux\./ : /^(tranches\.|fratrie\.\d+\.sauf$)/;
  return Object.entries(aplatir(grille))
    .filter(([k]) => cache.test(k))
    .flatMap(([k, v]) =>
      (Array.isArray(v) ? v : [v]).map((x, n) => <input key={`${k}-${n}`} type="hidden" name={k} value={x} />),
    );
}

export function EditeurGrille({
  grilleId,
  initiale,
  unite,
}: {
  grilleId: string;
  initiale: GrilleEditee;
  unite: string;
}) {
  const etat = useEtatFormulaire();
  const grille = etat.valeurs ? depuisValeurs(etat.valeurs) : initiale;
  return (
    <div className="space-y-6">
      <input type="hidden" name="grilleId" value={grilleId} />
      <input type="hidden" name="unite" value={grille.unite} />
      <Conserves grille={grille} />
      <ResumeErreurs grille={grille} />
      <AvertissementsGrille grille={grille} />
      {/* First submit button of the form: pressing Enter in a field saves, never removes a row. */}
      <Bouton name="commande" value="enregistrer">
        Enregistrer le brouillon
      </Bouton>
      {/* Not named "mode": the list below is "champ-mode", and an id is unique in the page. */}
      <Groupe nom="calcul" legende="Calcul">
        <div className="grid gap-3 sm:grid-cols-[1fr_auto] sm:items-end">
          <ListeDeroulante
            vide={null}
            nom="mode"
            libelle="Mode de calcul"
            options={[...OPTIONS.mode]}
            valeurParDefaut={grille.mode}
          />
          <div>
            <BoutonCommande commande="appliquer-mode">Afficher ce mode</BoutonCommande>
          </div>
        </div>
        <p className="text-sm text-attenue">{grille.mode === "tranches" ? SANS_DONNEES.tranches : SANS_DONNEES.taux}</p>
        <div className="grid gap-3 sm:grid-cols-2">
          <ListeDeroulante
            vide={null}
            nom="quotient.source"
            libelle="Quotient familial"
            options={[...OPTIONS.source]}
            valeurParDefaut={grille.quotient.source}
          />
          <ListeDeroulante
            vide={null}
            nom="quotient.revenu"
            libelle="Revenu du quotient fiscal"
            options={[...OPTIONS.revenu]}
            valeurParDefaut={grille.quotient.revenu}
          />
          <ListeDeroulante
            vide={null}
            nom="quotient.periode"
            libelle="Période du quotient"
            options={[...OPTIONS.periode]}
            valeurParDefaut={grille.quotient.periode}
          />
          <ListeDeroulante
            vide={null}
            nom="quotient.arrondi"
            libelle="Arrondi du quotient"
            options={[...OPTIONS.arrondiQuotient]}
            valeurParDefaut={grille.quotient.arrondi}
          />
        </div>
      </Groupe>
      <EditeurColonnes grille={grille} />
      {grille.mode === "tranches" ? (
        <EditeurTranches grille={grille} unite={unite} />
      ) : (
        <EditeurTaux grille={grille} mode={grille.mode} unite={unite} />
      )}
      <EditeurModificateurs grille={grille} />
      <Groupe nom="arrondi-groupe" legende="Arrondi et adresse à vérifier">
        <div className="grid gap-3 sm:grid-cols-2">
          <ListeDeroulante
            vide={null}
            nom="arrondi"
            libelle="Arrondi du prix final (une seule fois)"
            options={[...OPTIONS.arrondi]}
            valeurParDefaut={grille.arrondi}
          />
          <ListeDeroulante
            vide={null}
            nom="residenceAVerifier"
            libelle="Adresse fiscale à vérifier par un agent"
            aide="Tarif provisoire tant qu'un agent n'a pas tranché."
            options={[...OPTIONS.residenceAVerifier]}
            valeurParDefaut={grille.residenceAVerifier}
          />
        </div>
      </Groupe>
      <Bouton name="commande" value="enregistrer">
        Enregistrer le brouillon
      </Bouton>
    </div>
  );
}
