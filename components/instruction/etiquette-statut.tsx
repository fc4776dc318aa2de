import type { StatutDossier } from "@/lib/instruction/domain/statuts";
import { LIBELLES_STATUT_DOSSIER } from "@/lib/instruction/libelles";

// Text carries the meaning; colour only repeats it (contrast checked against the tokens: AA on their light fill).
const COULEURS: Record<StatutDossier, string> = {
  a_traiter: "border-primaire bg-primaire-clair text-primaire-fonce",
  en_cours: "border-primaire bg-white text-primaire-fonce",
  attente_famille: "border-alerte bg-alerte-clair text-alerte",
  valide: "border-succes bg-succes-clair text-succes",
  rejete: "border-erreur bg-erreur-clair text-erreur",
};

export function EtiquetteStatut({ statut }: { statut: StatutDossier }) {
  return (
    <span className={`inline-block rounded-full border px-2.5 py-0.5 text-sm font-semibold ${COULEURS[statut]}`}>
      {LIBELLES_STATUT_DOSSIER[statut]}
    </span>
  );
}
