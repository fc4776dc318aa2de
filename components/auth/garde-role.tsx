import type { ReactNode } from "react";

import type { Role } from "@/lib/generated/prisma/client";
import { exigerRole } from "@/lib/server/session";

/**
 * Layout guard (every page and action checks again): visitors go to sign in; a signed-in person with another role
 * gets 403 and app/forbidden.tsx, rendered on the server before anything is streamed (so without JavaScript too).
 */
export async function GardeRole({ roles, retour, children }: { roles: Role[]; retour: string; children: ReactNode }) {
  await exigerRole(roles, retour);
  return children;
}
