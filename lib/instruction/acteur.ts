import type { Route } from "next";

import type { Acteur } from "@/lib/audit/journal.mutation";
import type { SessionUtilisateur } from "@/lib/server/session";

/** Who acts, for the audit trail and the dossier's assignment. */
export const acteurDe = (s: SessionUtilisateur): Acteur => ({ id: s.compte.id, role: s.compte.role });

export const cheminDossier = (id: string) => `/agent/dossiers/${id}` as Route;
