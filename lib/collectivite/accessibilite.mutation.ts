import "server-only";

import { journaliser, type Acteur } from "@/lib/audit/journal.mutation";
import type { Db } from "@/lib/server/database";
import { declarationAccessibiliteSaisie } from "./accessibilite.schema";

/** The accessibility statement (one row), replaced as a whole; the audit log keeps who changed it and when. */
export async function enregistrerDeclarationAccessibilite(db: Db, acteur: Acteur, saisie: unknown) {
  const s = declarationAccessibiliteSaisie.parse(saisie);
  return db.$transaction(async (tx) => {
    await tx.declarationAccessibilite.upsert({
      where: { id: 1 },
      create: { id: 1, ...s },
      update: s,
      select: { id: true },
    });
    await journaliser(
      tx,
      acteur,
      "accessibilite.modifier",
      { type: "DeclarationAccessibilite", id: "1" },
      { tauxConformite: s.tauxConformite },
    );
  });
}
