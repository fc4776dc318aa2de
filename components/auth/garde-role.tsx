import type { ReactNode } from "react";

import type { Role } from "@/lib/generated/prisma/client";
import { exigerSession } from "@/lib/server/session";
import { AccesRefuse } from "./acces-refuse";

/**
 * Layout guard (UX only; every page and action checks again): visitors go to sign in; a signed-in person with
 * another role sees the refusal in place. Rendered inline rather than thrown, so it shows without JavaScript.
 */
export async function GardeRole({ roles, retour, children }: { roles: Role[]; retour: string; children: ReactNode }) {
  const session = await exigerSession(retour);
  return roles.includes(session.compte.role) ? children : <AccesRefuse />;
}
