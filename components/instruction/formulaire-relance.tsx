"use client";

// Getting certified data again. SPI mode: repeat the call with the numéro fiscal on file, or the one read on the
// family's notice. FranceConnect mode cannot be repeated by the portal: the family is asked to authorize again.
import { Bouton } from "@/components/ui/bouton";
import { Champ } from "@/components/ui/champ";
import { Formulaire } from "@/components/ui/formulaire";
import { demanderAutorisationAction } from "@/lib/instruction/demander-autorisation.action";
import { relancerApiAction } from "@/lib/instruction/relancer-api.action";
import { ListeDeroulante, ZoneDeTexte } from "./champs";

export interface DeclarantRelance {
  id: string;
  libelle: string;
  /** "se terminant par 901", or null when no numéro fiscal is on file. */
  numeroFiscal: string | null;
}

export function FormulaireRelance({ dossierId, declarants }: { dossierId: string; declarants: DeclarantRelance[] }) {
  const [premier] = declarants;
  const connu = declarants.length === 1 && premier?.numeroFiscal;
  return (
    <Formulaire action={relancerApiAction} prefixeIds="relance-">
      <input type="hidden" name="dossierId" value={dossierId} />
      {declarants.length > 1 ? (
        <ListeDeroulante
          nom="responsableId"
          libelle="Déclarant"
          options={declarants.map((d) => ({
            valeur: d.id,
            libelle: d.numeroFiscal
              ? `${d.libelle} (numéro fiscal ${d.numeroFiscal})`
              : `${d.libelle} (numéro fiscal inconnu)`,
          }))}
        />
      ) : (
        <input type="hidden" name="responsableId" value={premier?.id ?? ""} />
      )}
      {connu ? (
        <p>Numéro fiscal connu, {premier.numeroFiscal}.</p>
      ) : (
        <Champ
          nom="numeroFiscal"
          libelle="Numéro fiscal lu sur l'avis d'imposition"
          aide="13 chiffres, en haut à gauche de la première page de l'avis. Facultatif si le numéro du déclarant est déjà connu."
          inputMode="numeric"
          autoComplete="off"
        />
      )}
      <ZoneDeTexte
        nom="baseLegale"
        libelle="Base légale invoquée (seulement sans accord de la famille)"
        aide="Obligatoire si la famille n'a pas donné son accord pour ce foyer fiscal, l'a refusé ou retiré : texte et circonstance, 20 caractères au moins. Elle figure dans la chronologie du dossier."
        lignes={2}
        max={1000}
      />
      <Bouton variante="secondaire">Interroger la DGFiP avec le numéro fiscal</Bouton>
    </Formulaire>
  );
}

export function FormulaireNouvelleAutorisation({ dossierId }: { dossierId: string }) {
  return (
    <Formulaire action={demanderAutorisationAction} prefixeIds="autorisation-">
      <input type="hidden" name="dossierId" value={dossierId} />
      <ZoneDeTexte nom="complement" libelle="Complément au message type (facultatif)" lignes={2} max={1000} />
      <Bouton variante="secondaire">Demander à la famille d&apos;autoriser à nouveau</Bouton>
    </Formulaire>
  );
}
