-- AlterTable
ALTER TABLE "BookPage" ADD COLUMN "batchId" TEXT;
ALTER TABLE "BookPage" ADD COLUMN "slot" INTEGER;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Batch" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "scriptId" TEXT,
    "bookId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'running',
    "estimatedCostMicroUsd" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    CONSTRAINT "Batch_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Batch_scriptId_fkey" FOREIGN KEY ("scriptId") REFERENCES "Script" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Batch_bookId_fkey" FOREIGN KEY ("bookId") REFERENCES "Book" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Batch" ("createdAt", "estimatedCostMicroUsd", "finishedAt", "id", "scriptId", "status", "userId") SELECT "createdAt", "estimatedCostMicroUsd", "finishedAt", "id", "scriptId", "status", "userId" FROM "Batch";
DROP TABLE "Batch";
ALTER TABLE "new_Batch" RENAME TO "Batch";
CREATE INDEX "Batch_userId_createdAt_idx" ON "Batch"("userId", "createdAt");
CREATE INDEX "Batch_bookId_idx" ON "Batch"("bookId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

