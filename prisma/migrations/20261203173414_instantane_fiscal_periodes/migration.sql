-- AlterTable
ALTER TABLE "instantane_fiscal" ADD COLUMN     "periodes" JSONB;
