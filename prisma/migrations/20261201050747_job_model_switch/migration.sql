-- AlterTable
ALTER TABLE "Job" ADD COLUMN "modelSwitchedFrom" TEXT;

