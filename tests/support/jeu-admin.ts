// Minimal admin data for integration tests of the configuration area: a territory, a school year, a school and
// activities, created through the real mutations (so that their rules and audit rows are exercised too).
import { randomUUID } from "node:crypto";

import { creerActivite } from "@/lib/activites/activites.mutation";
import { creerAnneeScolaire } from "@/lib/activites/annees-scolaires.mutation";
import { creerEcole } from "@/lib/activites/ecoles.mutation";
import type { Acteur } from "@/lib/audit/journal.mutation";
import type { Db } from "@/lib/server/database";
import { enregistrerCommune } from "@/lib/territoire/communes.mutation";

export const nouvelAdmin = (): Acteur => ({ id: randomUUID(), role: "admin" });

let compteur = 0;

/** A fresh school year (unique label per call, so suites can share one database) with one school. */
export async function jeuAdmin(db: Db, acteur: Acteur = nouvelAdmin()) {
  const an = 2100 + compteur++;
  await enregistrerCommune(db, acteur, { codeInsee: "00101", nom: "Bellecombe-sur-Lys", codesPostaux: "00100" });
  const annee = await creerAnneeScolaire(db, acteur, {
    libelle: `${an}-${an + 1}`,
    debut: `${an}-09-01`,
    fin: `${an + 1}-07-04`,
  });
  const ecole = await creerEcole(db, acteur, { nom: `École des Tilleuls ${an}`, communeCodeInsee: "00101" });
  const activite = (nom: string, uniteVente: string, type = "cantine") =>
    creerActivite(db, acteur, {
      anneeScolaireId: annee.id,
      ecoleId: ecole.id,
      nom,
      type,
      jours: ["1", "2", "4", "5"],
      uniteVente,
      capacite: "120",
    });
  return { acteur, annee, ecole, activite };
}
