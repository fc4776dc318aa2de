import "server-only";

import type { Route } from "next";

import { lireNomCollectivite } from "@/lib/collectivite/collectivite.query";
import { listerMesEnfants } from "@/lib/enfants/enfants.query";
import { lireMonFoyer } from "@/lib/foyers/foyer.query";
import type { Db } from "@/lib/server/database";
import { listerMesDemandes } from "./demande.query";

export interface RappelAFaire {
  href: Route;
  texte: string;
}

/**
 * The "À faire" reminders of the family's space, each gone once done: an address, children, a draft to finish, and
 * what an agent asked for, while the dossier still waits for the family (an answer, a document deposited or a new
 * authorization sends it back to the agents). Only the account's own household.
 */
export async function listerAFaire(db: Db, compteId: string): Promise<RappelAFaire[]> {
  const [foyer, enfants, demandes, collectivite] = await Promise.all([
    lireMonFoyer(db, compteId),
    listerMesEnfants(db, compteId),
    listerMesDemandes(db, compteId),
    lireNomCollectivite(db),
  ]);
  return [
    ...(!foyer?.codePostal ? [{ href: "/espace/foyer" as const, texte: "Renseigner l'adresse de votre foyer" }] : []),
    ...(enfants.length === 0 ? [{ href: "/espace/enfants/nouveau" as const, texte: "Ajouter vos enfants" }] : []),
    ...demandes
      .filter((d) => d.statut === "brouillon")
      .map((d) => ({
        href: `/espace/demandes/${d.id}/activites` as Route,
        texte: `Terminer votre demande ${d.anneeScolaire.libelle}`,
      })),
    ...demandes.flatMap((d) => {
      const dossier = d.dossiers[0];
      return dossier?.statut === "attente_famille" && dossier.attenduFamille
        ? [
            {
              href: `/espace/demandes/${d.id}` as Route,
              texte: `Répondre ${collectivite.a} : ${dossier.attenduFamille}`,
            },
          ]
        : [];
    }),
  ];
}
