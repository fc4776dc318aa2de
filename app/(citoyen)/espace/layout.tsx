import type { ReactNode } from "react";

import { GardeRole } from "@/components/auth/garde-role";

export default function EspaceLayout({ children }: { children: ReactNode }) {
  return (
    <GardeRole roles={["citoyen"]} retour="/espace">
      {children}
    </GardeRole>
  );
}
