import NextAuth from "next-auth";

import { optionsAuth } from "@/lib/auth/options";

function gestionnaire(req: Request, ctx: { params: Promise<{ nextauth: string[] }> }) {
  return NextAuth(optionsAuth())(req, ctx);
}

export { gestionnaire as GET, gestionnaire as POST };
