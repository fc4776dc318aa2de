import type { Metadata } from "next";

import { AccesRefuse } from "@/components/auth/acces-refuse";

// What proxy.ts answers, with HTTP 403, to a signed-in person whose role does not open /agent or /admin.
export const metadata: Metadata = { title: "Accès refusé", robots: { index: false } };

export default function PageAccesRefuse() {
  return <AccesRefuse />;
}
