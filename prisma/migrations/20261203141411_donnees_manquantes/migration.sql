-- AlterEnum
ALTER TYPE "RaisonDossier" ADD VALUE 'donnees_manquantes';
