-- AlterEnum
ALTER TYPE "IssueAppel" ADD VALUE 'situations_multiples';
