import "server-only";

// An SPI answer held for the agents (identity not proven, issue 10) lives only until their decision. Validating
// retains the answer the validation priced with, the latest one still held, and only when no later data (an
// agent's entry) replaced it; every other held answer is deleted. Rejecting deletes them all.
import type { Tx } from "@/lib/server/database";

export async function deciderDesReponsesAVerifier(tx: Tx, foyerId: string, decision: "validation" | "rejet") {
  const dernier =
    decision === "validation"
      ? await tx.instantaneFiscal.findFirst({
          where: { foyerId, situationsMultiples: false, rfr: { not: null }, nbParts: { not: null } },
          orderBy: { recupereLe: "desc" },
          select: { id: true, aVerifier: true },
        })
      : null;
  const retenu = dernier?.aVerifier ? dernier.id : null;
  if (retenu) await tx.instantaneFiscal.update({ where: { id: retenu }, data: { aVerifier: false } });
  const { count } = await tx.instantaneFiscal.deleteMany({ where: { foyerId, aVerifier: true } });
  return { retenue: retenu !== null, supprimees: count };
}
