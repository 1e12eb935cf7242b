-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN     "showEvidence" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Answer" ADD COLUMN     "evidenceFound" BOOLEAN,
ADD COLUMN     "evidenceSentence" INTEGER;

-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "showEvidence" BOOLEAN NOT NULL DEFAULT false;

