-- AlterEnum
ALTER TYPE "RaisonDossier" ADD VALUE 'compte_non_certifie';
