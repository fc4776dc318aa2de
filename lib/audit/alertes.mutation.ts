import "server-only";

// Alerts for the administrators: a fault only they can fix (the commune's habilitation, a misconfigured URL) is
// written to the audit trail without an actor, then listed on the administration's home page. Codes only: no
// personal or fiscal data.
import { journaliser, type DbOuTx } from "./journal.mutation";

const PREFIXE_ALERTE = "alerte.";

export type CodeAlerte = "franceconnect_configuration" | "dgfip_configuration";

export async function alerterAdministrateurs(
  db: DbOuTx,
  code: CodeAlerte,
  detail: string,
  maintenant: Date,
): Promise<void> {
  await journaliser(db, null, `${PREFIXE_ALERTE}${code}`, null, { detail }, maintenant);
}
