// Families and upload machinery for the documents and data-rights integration tests: an account and its household
// (created as the portal does), an agent, and a storage folder of its own for each test.
import { randomUUID } from "node:crypto";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { dependancesDepuisConfiguration, type DependancesDocuments } from "@/lib/documents/dependances";
import { assurerFoyer } from "@/lib/foyers/foyer.mutation";
import type { Db } from "@/lib/server/database";
import { creerLogger } from "@/lib/server/logger";
import { envDeTest } from "./env";

export async function creerFamille(db: Db, prenom = "Marianne", nom = "LEFEVRE") {
  const email = `${prenom.toLowerCase()}.${randomUUID().slice(0, 8)}@exemple.test`;
  const compte = await db.compte.create({
    data: {
      role: "citoyen",
      email,
      emailVerifieLe: new Date(),
      prenoms: prenom,
      nomUsage: nom,
      dateNaissance: "1986-03-14",
    },
    select: { id: true, role: true, email: true },
  });
  const foyerId = await assurerFoyer(db, compte.id);
  return { compte, acteur: { id: compte.id, role: compte.role }, foyerId };
}

export async function creerAgent(db: Db) {
  const c = await db.compte.create({
    data: { role: "agent", email: `agent.${randomUUID().slice(0, 8)}@val-de-lys.test` },
    select: { id: true, role: true },
  });
  return { id: c.id, role: c.role };
}

/** Upload machinery on a fresh temporary folder (10 MB, 365 days, no scanner unless given). */
export function depotsDeTest(
  surcharges: Partial<DependancesDocuments> = {},
): DependancesDocuments & { racine: string; fichiersDuFoyer(foyerId: string): string[] } {
  const racine = mkdtempSync(path.join(tmpdir(), "pieces-"));
  const deps = dependancesDepuisConfiguration(envDeTest({ STORAGE_DIR: racine }), creerLogger("silent"));
  return {
    ...deps,
    ...surcharges,
    racine,
    fichiersDuFoyer: (foyerId) => {
      try {
        return readdirSync(path.join(racine, foyerId));
      } catch {
        return [];
      }
    },
  };
}
