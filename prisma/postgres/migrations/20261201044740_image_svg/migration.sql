-- AlterTable
ALTER TABLE "Image" ADD COLUMN     "svgStorageKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Image_svgStorageKey_key" ON "Image"("svgStorageKey");

