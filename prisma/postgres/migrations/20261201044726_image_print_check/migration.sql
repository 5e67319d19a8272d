-- AlterTable
ALTER TABLE "Image" ADD COLUMN     "printCheck" TEXT;

