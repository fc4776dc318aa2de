-- DropForeignKey
ALTER TABLE "consentement" DROP CONSTRAINT "consentement_compte_id_fkey";

-- AlterTable
ALTER TABLE "consentement" ADD COLUMN     "responsable_id" UUID,
ALTER COLUMN "compte_id" DROP NOT NULL;

-- AddForeignKey
ALTER TABLE "consentement" ADD CONSTRAINT "consentement_compte_id_fkey" FOREIGN KEY ("compte_id") REFERENCES "compte"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consentement" ADD CONSTRAINT "consentement_responsable_id_fkey" FOREIGN KEY ("responsable_id") REFERENCES "responsable_legal"("id") ON DELETE SET NULL ON UPDATE CASCADE;
