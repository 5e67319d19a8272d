-- AlterTable
ALTER TABLE "Job" ADD COLUMN     "subject" TEXT;

