import { Champ } from "@/components/ui/champ";
import { ListeDeroulante } from "@/components/ui/liste-deroulante";

export function ChampsEcole({
  communes,
  ecole,
}: {
  communes: { codeInsee: string; nom: string }[];
  ecole?: { nom: string; communeCodeInsee: string; adresse: string | null };
}) {
  return (
    <>
      <Champ nom="nom" libelle="Nom de l'école" valeurParDefaut={ecole?.nom} autoComplete="off" required />
      <ListeDeroulante
        vide={null}
        nom="communeCodeInsee"
        libelle="Commune"
        options={communes.map((c) => ({ valeur: c.codeInsee, libelle: `${c.nom} (${c.codeInsee})` }))}
        valeurParDefaut={ecole?.communeCodeInsee}
      />
      <Champ
        nom="adresse"
        libelle="Adresse (facultative)"
        valeurParDefaut={ecole?.adresse ?? undefined}
        autoComplete="off"
      />
    </>
  );
}
