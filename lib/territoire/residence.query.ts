import "server-only";

import type { Db, Tx } from "@/lib/server/database";
import { communesDuTerritoire } from "./communes.query";
import { resoudreResidence, type AdresseFiscale, type ResultatResidence } from "./domain/residence";

/** Resident, non-resident or to be checked by an agent, for an adresse fiscale (postcode + commune name). */
export async function residenceDeLAdresse(db: Db | Tx, adresse: AdresseFiscale): Promise<ResultatResidence> {
  return resoudreResidence(adresse, await communesDuTerritoire(db));
}
