import { headers } from "next/headers";

import { Bouton } from "@/components/ui/bouton";
import { Formulaire } from "@/components/ui/formulaire";
import { deposerDocument } from "@/lib/documents/deposer-document.action";
import { ENTETE_DEPOT_TROP_VOLUMINEUX, messageFichierTropVolumineux } from "@/lib/documents/domain/taille";
import type { TypeDocument } from "@/lib/documents/schemas";
import { ChampFichier } from "./champ-fichier";
import { ChoixTypeDocument } from "./choix-type-document";

/**
 * Upload form for one document, usable anywhere: the family's documents page, the enrolment journey (hidden
 * demande or dossier id), the back-office (hidden foyer id: the action checks the agent's role). Works without
 * JavaScript (multipart POST to the server action).
 */
export async function DepotDocument({
  tailleMaxMo,
  foyerId,
  dossierId,
  demandeId,
  retour,
  types,
  typeParDefaut,
  libelleBouton = "Déposer la pièce",
}: {
  tailleMaxMo: number;
  foyerId?: string;
  dossierId?: string;
  demandeId?: string;
  /** The page whose list is refreshed afterwards (default: the family's documents page). */
  retour?: string;
  types?: readonly TypeDocument[];
  typeParDefaut?: TypeDocument;
  libelleBouton?: string;
}) {
  // Set by proxy.ts when a form posted without JavaScript was over the body limit of server actions.
  const tropVolumineux = Number((await headers()).get(ENTETE_DEPOT_TROP_VOLUMINEUX));
  const erreurInitiale =
    tropVolumineux > 0 ? messageFichierTropVolumineux(tropVolumineux, tailleMaxMo * 1024 * 1024, true) : undefined;
  return (
    <Formulaire action={deposerDocument} encType="multipart/form-data">
      {foyerId && <input type="hidden" name="foyerId" value={foyerId} />}
      {dossierId && <input type="hidden" name="dossierId" value={dossierId} />}
      {demandeId && <input type="hidden" name="demandeId" value={demandeId} />}
      {retour && <input type="hidden" name="retour" value={retour} />}
      <ChoixTypeDocument types={types} parDefaut={typeParDefaut} />
      <ChampFichier tailleMaxMo={tailleMaxMo} erreurInitiale={erreurInitiale} />
      <Bouton>{libelleBouton}</Bouton>
    </Formulaire>
  );
}
