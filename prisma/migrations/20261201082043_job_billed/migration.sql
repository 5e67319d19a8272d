-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Job" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "stage" TEXT,
    "input" TEXT NOT NULL,
    "engine" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "modelSwitchedFrom" TEXT,
    "bypassCache" BOOLEAN NOT NULL DEFAULT false,
    "estimatedCostMicroUsd" INTEGER NOT NULL DEFAULT 0,
    "costMicroUsd" INTEGER NOT NULL DEFAULT 0,
    "billedMicroUsd" INTEGER NOT NULL DEFAULT 0,
    "errorCode" TEXT,
    "errorMessage" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "previewKey" TEXT,
    "lockedBy" TEXT,
    "heartbeatAt" DATETIME,
    "batchId" TEXT,
    "segmentId" TEXT,
    "subject" TEXT,
    "cacheHit" BOOLEAN NOT NULL DEFAULT false,
    "imageIds" TEXT NOT NULL DEFAULT '[]',
    "runAfter" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" DATETIME,
    "finishedAt" DATETIME,
    CONSTRAINT "Job_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Job_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "Batch" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Job_segmentId_fkey" FOREIGN KEY ("segmentId") REFERENCES "Segment" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Job" ("attempts", "batchId", "bypassCache", "cacheHit", "costMicroUsd", "createdAt", "engine", "errorCode", "errorMessage", "estimatedCostMicroUsd", "finishedAt", "heartbeatAt", "id", "imageIds", "input", "kind", "lockedBy", "model", "modelSwitchedFrom", "previewKey", "progress", "runAfter", "segmentId", "stage", "startedAt", "status", "subject", "updatedAt", "userId") SELECT "attempts", "batchId", "bypassCache", "cacheHit", "costMicroUsd", "createdAt", "engine", "errorCode", "errorMessage", "estimatedCostMicroUsd", "finishedAt", "heartbeatAt", "id", "imageIds", "input", "kind", "lockedBy", "model", "modelSwitchedFrom", "previewKey", "progress", "runAfter", "segmentId", "stage", "startedAt", "status", "subject", "updatedAt", "userId" FROM "Job";
DROP TABLE "Job";
ALTER TABLE "new_Job" RENAME TO "Job";
CREATE INDEX "Job_status_createdAt_idx" ON "Job"("status", "createdAt");
CREATE INDEX "Job_userId_createdAt_idx" ON "Job"("userId", "createdAt");
CREATE INDEX "Job_userId_updatedAt_idx" ON "Job"("userId", "updatedAt");
CREATE INDEX "Job_batchId_idx" ON "Job"("batchId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

