-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "reason" TEXT,
ADD COLUMN     "status" TEXT NOT NULL DEFAULT 'published';

