"use client";

// The two decisions that close a dossier. Validation may settle the residence of an address the automation could
// not place (the price is then fixed again); rejection needs a reason the family will read.
import { Bouton } from "@/components/ui/bouton";
import { Formulaire } from "@/components/ui/formulaire";
import { rejeterDossierAction } from "@/lib/instruction/rejeter-dossier.action";
import { validerDossierAction } from "@/lib/instruction/valider-dossier.action";
import { ChoixRadio, ZoneDeTexte } from "./champs";

const RESIDENCES = [
  { valeur: "adresse", libelle: "Selon l'adresse fiscale (par défaut)" },
  { valeur: "resident", libelle: "Résident du territoire" },
  { valeur: "non_resident", libelle: "Non résident" },
];

export function FormulaireValidation({ dossierId }: { dossierId: string }) {
  return (
    <Formulaire action={validerDossierAction} prefixeIds="validation-">
      <input type="hidden" name="dossierId" value={dossierId} />
      <ChoixRadio
        nom="residence"
        legende="Résidence retenue pour le tarif"
        options={RESIDENCES}
        valeurParDefaut="adresse"
      />
      <ZoneDeTexte
        nom="commentaire"
        libelle="Commentaire (facultatif)"
        aide="Visible dans la chronologie du dossier."
        lignes={2}
        max={1000}
      />
      <Bouton>Valider le dossier</Bouton>
    </Formulaire>
  );
}

export function FormulaireRejet({ dossierId }: { dossierId: string }) {
  return (
    <Formulaire action={rejeterDossierAction} prefixeIds="rejet-">
      <input type="hidden" name="dossierId" value={dossierId} />
      <ZoneDeTexte
        nom="motif"
        libelle="Motif du rejet"
        aide="10 caractères au moins. Il est communiqué à la famille."
        lignes={3}
        requis
        max={1000}
      />
      <Bouton variante="danger">Rejeter le dossier</Bouton>
    </Formulaire>
  );
}
