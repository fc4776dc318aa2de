-- AlterTable
ALTER TABLE "jeton_compte" ADD COLUMN     "responsable_id" UUID;

-- AddForeignKey
ALTER TABLE "jeton_compte" ADD CONSTRAINT "jeton_compte_responsable_id_fkey" FOREIGN KEY ("responsable_id") REFERENCES "responsable_legal"("id") ON DELETE CASCADE ON UPDATE CASCADE;
