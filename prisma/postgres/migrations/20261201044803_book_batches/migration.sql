-- AlterTable
ALTER TABLE "Batch" ADD COLUMN     "bookId" TEXT;

-- AlterTable
ALTER TABLE "BookPage" ADD COLUMN     "batchId" TEXT,
ADD COLUMN     "slot" INTEGER;

-- CreateIndex
CREATE INDEX "Batch_bookId_idx" ON "Batch"("bookId");

-- AddForeignKey
ALTER TABLE "Batch" ADD CONSTRAINT "Batch_bookId_fkey" FOREIGN KEY ("bookId") REFERENCES "Book"("id") ON DELETE SET NULL ON UPDATE CASCADE;

