-- AlterEnum
ALTER TYPE "IssueAppel" ADD VALUE 'allocataire_inconnu' AFTER 'situations_multiples';
