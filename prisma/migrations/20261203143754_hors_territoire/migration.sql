-- CreateEnum
CREATE TYPE "TraitementHorsTerritoire" AS ENUM ('examen_agent', 'tarif_non_resident');

-- AlterTable
ALTER TABLE "collectivite" ADD COLUMN     "hors_territoire" "TraitementHorsTerritoire" NOT NULL DEFAULT 'examen_agent';
