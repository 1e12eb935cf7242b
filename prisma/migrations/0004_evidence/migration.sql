-- Show the evidence: an assignment (or a practice attempt) asks for the supporting sentence of
-- each answer; the answer keeps the pick and whether it is one of the question's cited sentences.
-- Plain ADD COLUMNs (SQLite allows a NOT NULL column with a constant default) so no table is rebuilt.
ALTER TABLE "Assignment" ADD COLUMN "showEvidence" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Attempt" ADD COLUMN "showEvidence" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Answer" ADD COLUMN "evidenceSentence" INTEGER;
ALTER TABLE "Answer" ADD COLUMN "evidenceFound" BOOLEAN;
