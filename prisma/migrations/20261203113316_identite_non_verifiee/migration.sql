-- AlterEnum
ALTER TYPE "RaisonDossier" ADD VALUE 'identite_non_verifiee' AFTER 'identite_divergente';

-- AlterTable
ALTER TABLE "instantane_fiscal" ADD COLUMN     "a_verifier" BOOLEAN NOT NULL DEFAULT false;
