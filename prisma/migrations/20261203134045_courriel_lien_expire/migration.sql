-- AlterTable
ALTER TABLE "courriel_sortant" ADD COLUMN     "lien_expire_le" TIMESTAMP(3);
