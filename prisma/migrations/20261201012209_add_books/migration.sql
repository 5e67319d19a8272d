-- CreateTable
CREATE TABLE "Book" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "subtitle" TEXT,
    "author" TEXT,
    "blurb" TEXT,
    "theme" TEXT,
    "language" TEXT NOT NULL DEFAULT 'en',
    "trim" TEXT NOT NULL,
    "printOnDemand" BOOLEAN NOT NULL DEFAULT false,
    "bleed" BOOLEAN NOT NULL DEFAULT false,
    "paper" TEXT NOT NULL DEFAULT 'white',
    "blankBacks" BOOLEAN NOT NULL DEFAULT false,
    "pageNumbers" BOOLEAN NOT NULL DEFAULT true,
    "titlePage" BOOLEAN NOT NULL DEFAULT true,
    "belongsTo" BOOLEAN NOT NULL DEFAULT true,
    "creditsPage" BOOLEAN NOT NULL DEFAULT true,
    "coverSeed" INTEGER NOT NULL DEFAULT 0,
    "coverImageId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Book_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Book_coverImageId_fkey" FOREIGN KEY ("coverImageId") REFERENCES "Image" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "BookPage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "bookId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "imageId" TEXT NOT NULL,
    "crop" TEXT NOT NULL,
    "color" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "BookPage_bookId_fkey" FOREIGN KEY ("bookId") REFERENCES "Book" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "BookPage_imageId_fkey" FOREIGN KEY ("imageId") REFERENCES "Image" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Book_userId_updatedAt_idx" ON "Book"("userId", "updatedAt");

-- CreateIndex
CREATE INDEX "BookPage_bookId_position_idx" ON "BookPage"("bookId", "position");

-- CreateIndex
CREATE INDEX "BookPage_imageId_idx" ON "BookPage"("imageId");

