-- AlterTable
ALTER TABLE "collectivite" ADD COLUMN     "article" TEXT NOT NULL DEFAULT 'la';
