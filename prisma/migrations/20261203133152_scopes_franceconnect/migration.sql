-- AlterTable
ALTER TABLE "collectivite" ADD COLUMN     "scopes_franceconnect" TEXT[] DEFAULT ARRAY[]::TEXT[];
