"use server";

import { revalidatePath } from "next/cache";

import { cheminDeRetour } from "@/lib/auth/origine";
import { exigerLimites, LIMITES } from "@/lib/securite/limites.mutation";
import { creerAction } from "@/lib/server/action";
import { adresseSource } from "@/lib/server/requete";
import { dependancesDocuments } from "./dependances-application";
import { dossierDuDepot, enregistrerDocument, foyerDuDepot } from "./depot.mutation";
import { formaterMo } from "./domain/taille";
import { depotDocument, PAGE_DOCUMENTS } from "./schemas";

/** A family deposits for its own household; an agent or admin for the household (and dossier) they instruct. */
export const deposerDocument = creerAction(["citoyen", "agent", "admin"], depotDocument, async ({ db, session }, d) => {
  const acteur = { id: session.compte.id, role: session.compte.role };
  const deps = dependancesDocuments();
  const foyerId = await foyerDuDepot(db, acteur, d.foyerId);
  const dossierId = await dossierDuDepot(db, foyerId, d);
  // The size is checked again on the bytes; this only avoids copying an oversized upload once more.
  if (d.fichier.size > deps.regles.tailleMaxOctets) {
    return {
      statut: "erreur",
      message: "La pièce n'a pas été déposée.",
      erreurs: {
        fichier: [
          `Le fichier fait ${formaterMo(d.fichier.size)} : la taille maximale est de ${formaterMo(deps.regles.tailleMaxOctets)}. Réduisez-le (photo moins lourde, PDF compressé) puis déposez-le.`,
        ],
      },
      valeurs: { type: d.type },
    };
  }
  await exigerLimites(
    db,
    [
      [`depot:${acteur.id}`, LIMITES.depotCompte],
      [`depot-source:${await adresseSource()}`, LIMITES.depotSource],
    ],
    "dépôts de pièces",
  );
  const octets = new Uint8Array(await d.fichier.arrayBuffer());
  const doc = await enregistrerDocument(db, deps, {
    acteur,
    foyerId,
    dossierId,
    type: d.type,
    nomFichier: d.fichier.name,
    octets,
    maintenant: new Date(),
  });
  revalidatePath(cheminDeRetour(d.retour, PAGE_DOCUMENTS));
  return { statut: "succes", message: `La pièce « ${doc.nomFichier} » est déposée (${formaterMo(doc.taille)}).` };
});
