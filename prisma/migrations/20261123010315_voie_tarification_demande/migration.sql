-- CreateEnum
CREATE TYPE "VoieTarification" AS ENUM ('donnees_fiscales', 'document', 'sans_tarification');

-- AlterTable
ALTER TABLE "demande" DROP COLUMN "sans_tarification",
ADD COLUMN     "raisons_en_attente" "RaisonDossier"[],
ADD COLUMN     "voie_tarification" "VoieTarification";
