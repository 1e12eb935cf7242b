-- Generator suggestions: a question row is published (students may see it once its set is
-- published) or suggested (a teacher must accept it first).
ALTER TABLE "Question" ADD COLUMN "status" TEXT NOT NULL DEFAULT 'published';
ALTER TABLE "Question" ADD COLUMN "reason" TEXT;
