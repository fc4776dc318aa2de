import { defineConfig } from "prisma/config";

// Prisma 7 keeps the datasource URL here. Only `prisma generate` runs on these machines; migrations are
// created with `npm run db:migration` and applied by lib/server/migrations.ts (see README).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/portail" },
});
