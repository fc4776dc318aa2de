-- AlterTable
ALTER TABLE "collectivite" ADD COLUMN     "couleur_primaire" TEXT,
ADD COLUMN     "logo_chemin" TEXT;
