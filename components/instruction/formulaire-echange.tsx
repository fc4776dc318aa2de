"use client";

// Writing to the family: a plain message, or a request that puts the dossier on hold until the family answers.
import { Bouton } from "@/components/ui/bouton";
import { Champ } from "@/components/ui/champ";
import { Formulaire } from "@/components/ui/formulaire";
import { demanderFamilleAction } from "@/lib/instruction/demander-famille.action";
import { envoyerMessageAction } from "@/lib/instruction/envoyer-message.action";
import { ZoneDeTexte } from "./champs";

export function FormulaireDemandeFamille({ dossierId }: { dossierId: string }) {
  return (
    <Formulaire action={demanderFamilleAction} prefixeIds="demande-">
      <input type="hidden" name="dossierId" value={dossierId} />
      <Champ
        nom="attendu"
        libelle="Ce qui est attendu de la famille"
        aide="Court : il s'affiche dans l'espace de la famille. Exemple : « Votre avis d'imposition 2025 »."
        maxLength={300}
        required
      />
      <ZoneDeTexte nom="message" libelle="Message à la famille" lignes={4} requis max={2000} />
      <Bouton>Envoyer la demande</Bouton>
    </Formulaire>
  );
}

export function FormulaireMessage({ dossierId }: { dossierId: string }) {
  return (
    <Formulaire action={envoyerMessageAction} prefixeIds="message-">
      <input type="hidden" name="dossierId" value={dossierId} />
      <ZoneDeTexte
        nom="corps"
        libelle="Message"
        aide="La famille le lit dans son espace ; le dossier garde son statut."
        lignes={3}
        requis
        max={2000}
      />
      <Bouton variante="secondaire">Envoyer le message</Bouton>
    </Formulaire>
  );
}
