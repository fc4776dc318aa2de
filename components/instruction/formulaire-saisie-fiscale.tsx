"use client";

// Manual entry of a foyer's tax data from a document the family uploaded: every field of the notice the tariff
// needs, the document it comes from and a justification, both mandatory.
import { Bouton } from "@/components/ui/bouton";
import { Champ } from "@/components/ui/champ";
import { Formulaire } from "@/components/ui/formulaire";
import { SITUATIONS_FAMILLE } from "@/lib/fiscal/domain/situation-famille";
import { saisirDonneesFiscalesAction } from "@/lib/instruction/saisir-donnees-fiscales.action";
import { CaseACocher, ListeDeroulante, ZoneDeTexte } from "./champs";

export interface OptionsSaisie {
  declarants: { id: string; libelle: string }[];
  documents: { id: string; libelle: string }[];
  annees: number[];
}

export function FormulaireSaisieFiscale({ dossierId, options }: { dossierId: string; options: OptionsSaisie }) {
  return (
    <Formulaire action={saisirDonneesFiscalesAction} prefixeIds="saisie-">
      <input type="hidden" name="dossierId" value={dossierId} />
      <ListeDeroulante
        nom="documentId"
        libelle="Justificatif"
        options={options.documents.map((d) => ({ valeur: d.id, libelle: d.libelle }))}
        requis
      />
      <ListeDeroulante
        nom="responsableId"
        libelle="Foyer fiscal de"
        options={options.declarants.map((d) => ({ valeur: d.id, libelle: d.libelle }))}
        requis
      />
      <ListeDeroulante
        nom="anneeRevenus"
        libelle="Année des revenus"
        options={options.annees.map((a) => ({ valeur: String(a), libelle: `Revenus ${a}` }))}
        requis
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Champ
          nom="rfr"
          libelle="Revenu fiscal de référence (en euros)"
          aide="Sans centimes, par exemple 22032."
          inputMode="numeric"
          autoComplete="off"
          required
        />
        <Champ
          nom="revenuImposable"
          libelle="Revenu imposable (en euros, facultatif)"
          aide="Si la grille le demande : FranceConnect ne le transmet pas. Sans centimes, par exemple 46272."
          inputMode="numeric"
          autoComplete="off"
        />
        <Champ
          nom="nbParts"
          libelle="Nombre de parts"
          aide="Par exemple 2,5."
          inputMode="decimal"
          autoComplete="off"
          required
        />
        <ListeDeroulante
          nom="situationFamille"
          libelle="Situation de famille"
          options={Object.entries(SITUATIONS_FAMILLE).map(([valeur, libelle]) => ({
            valeur,
            libelle: `${libelle} (${valeur})`,
          }))}
          requis
        />
        <Champ
          nom="nbPersonnesCharge"
          libelle="Personnes à charge"
          inputMode="numeric"
          autoComplete="off"
          valeurParDefaut="0"
          required
        />
      </div>
      <CaseACocher nom="parentIsole" libelle="Parent isolé (case T cochée)" />
      <fieldset className="space-y-4">
        <legend className="font-semibold">Adresse fiscale (celle de l&apos;avis)</legend>
        <Champ nom="adresseVoie" libelle="Numéro et voie" autoComplete="off" required />
        <div className="grid gap-4 sm:grid-cols-2">
          <Champ nom="adresseCodePostal" libelle="Code postal" inputMode="numeric" autoComplete="off" required />
          <Champ nom="adresseCommune" libelle="Commune" autoComplete="off" required />
        </div>
      </fieldset>
      <ZoneDeTexte
        nom="justification"
        libelle="Justification"
        aide="Obligatoire, 20 caractères au moins : pourquoi ces données, d'après quelle pièce, ce qui a été vérifié."
        lignes={3}
        requis
        max={1000}
      />
      <Bouton>Enregistrer les données fiscales</Bouton>
    </Formulaire>
  );
}
