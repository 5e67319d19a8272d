-- AlterTable
ALTER TABLE "Job" ADD COLUMN     "billedMicroUsd" INTEGER NOT NULL DEFAULT 0;

