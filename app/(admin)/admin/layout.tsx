import type { ReactNode } from "react";

import { NavigationAdmin } from "@/components/admin/navigation-admin";
import { GardeRole } from "@/components/auth/garde-role";

export default function AdminLayout({ children }: { children: ReactNode }) {
  return (
    <GardeRole roles={["admin"]} retour="/admin">
      <NavigationAdmin />
      {children}
    </GardeRole>
  );
}
