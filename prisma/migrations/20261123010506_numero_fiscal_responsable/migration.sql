-- AlterTable
ALTER TABLE "responsable_legal" ADD COLUMN     "numero_fiscal" TEXT;
