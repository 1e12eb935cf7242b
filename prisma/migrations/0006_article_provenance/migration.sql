-- AlterTable
ALTER TABLE "Article" ADD COLUMN "byline" TEXT;
ALTER TABLE "Article" ADD COLUMN "fetchedFrom" TEXT;
ALTER TABLE "Article" ADD COLUMN "textSha256" TEXT;
