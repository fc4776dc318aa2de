-- AlterTable
ALTER TABLE "courriel_sortant" ADD COLUMN     "abandonne_le" TIMESTAMP(3),
ADD COLUMN     "derniere_erreur" TEXT,
ADD COLUMN     "prochaine_tentative_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "tentatives" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "courriel_sortant_envoye_le_abandonne_le_prochaine_tentative_idx" ON "courriel_sortant"("envoye_le", "abandonne_le", "prochaine_tentative_le");
