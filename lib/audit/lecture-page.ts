import "server-only";

// For pages that show a family's data to staff: the audit entry of what was read, once per page actually shown.
// A router prefetch (a link hovered or in view, with JavaScript) is not someone reading the page.
import { headers } from "next/headers";

import type { Db } from "@/lib/server/database";
import type { Acteur } from "./journal.mutation";
import { journaliserLecture, type Lecture } from "./lectures.mutation";

export async function auditerLecturePage(db: Db, acteur: Acteur, lecture: Lecture): Promise<void> {
  const h = await headers();
  if (h.get("next-router-prefetch")) return;
  await journaliserLecture(db, acteur, lecture);
}
