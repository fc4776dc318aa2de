import type { ReactNode } from "react";
import { GardeRole } from "@/components/auth/garde-role";

export default function AdminLayout({ children }: { children: ReactNode }) {
  return (
    <GardeRole roles={["admin"]} retour="/admin">
      {children}
    </GardeRole>
  );
}
