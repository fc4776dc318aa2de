import "server-only";

import { notFound } from "next/navigation";

import { estUuid } from "@/lib/commun/uuid";
import { lireMonEnfant } from "@/lib/enfants/enfants.query";
import { lireMaDemande } from "@/lib/inscriptions/demande.query";
import type { Db } from "./database";
import { db } from "./db";
import { exigerRole } from "./session";

/**
 * The one ownership guard of the citizen pages that show a thing by its id: a signed-in citizen (else the sign-in
 * page, back to `chemin`), then the thing read through their own account. A malformed id and another family's id
 * both answer 404, so that a page never tells whether someone else's request or child exists.
 */
async function exigerDuCitoyen<T>(
  chemin: string,
  id: string,
  lire: (base: Db, compteId: string, id: string) => Promise<T | null>,
) {
  const session = await exigerRole(["citoyen"], chemin);
  const base = await db();
  const trouve = estUuid(id) ? await lire(base, session.compte.id, id) : null;
  if (!trouve) notFound();
  return { session, base, trouve };
}

/** The citizen's own request for a page under `/espace/demandes/[id]` (`etape`: "/tarification", "" …). */
export async function exigerMaDemande(id: string, etape = "") {
  const { session, base, trouve } = await exigerDuCitoyen(`/espace/demandes/${id}${etape}`, id, lireMaDemande);
  return { session, base, demande: trouve };
}

/** The citizen's own child for `/espace/enfants/[id]`. */
export async function exigerMonEnfant(id: string) {
  const { session, base, trouve } = await exigerDuCitoyen(`/espace/enfants/${id}`, id, lireMonEnfant);
  return { session, base, enfant: trouve };
}
