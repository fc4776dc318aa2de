import { Champ } from "@/components/ui/champ";

/** Name and postcodes of a commune, shared by the add and edit forms. */
export function ChampsCommune({ nom, codesPostaux }: { nom?: string; codesPostaux?: string[] }) {
  return (
    <>
      <Champ
        nom="nom"
        libelle="Nom de la commune"
        aide="Tel qu'il figure sur les adresses fiscales, par exemple Saint-Amand-de-Lys."
        valeurParDefaut={nom}
        autoComplete="off"
        required
      />
      <Champ
        nom="codesPostaux"
        libelle="Codes postaux"
        aide="Un ou plusieurs, séparés par des virgules : 00110, 00111."
        valeurParDefaut={codesPostaux?.join(", ")}
        inputMode="numeric"
        autoComplete="off"
        required
      />
    </>
  );
}
