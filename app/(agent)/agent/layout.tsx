import type { ReactNode } from "react";

import { GardeRole } from "@/components/auth/garde-role";

export default function AgentLayout({ children }: { children: ReactNode }) {
  return (
    <GardeRole roles={["agent", "admin"]} retour="/agent">
      {children}
    </GardeRole>
  );
}
