-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "byline" TEXT,
ADD COLUMN     "fetchedFrom" TEXT,
ADD COLUMN     "textSha256" TEXT;
