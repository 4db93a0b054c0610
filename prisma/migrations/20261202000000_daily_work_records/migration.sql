-- CreateTable
CREATE TABLE "RecordedTransaction" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "merchantId" TEXT NOT NULL,
    "stampsTransactionId" INTEGER NOT NULL,
    "invoiceNumber" TEXT NOT NULL,
    "businessDate" TEXT NOT NULL,
    "memberId" INTEGER NOT NULL,
    "memberName" TEXT,
    "staffEmail" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RecordedTransaction_merchantId_fkey" FOREIGN KEY ("merchantId") REFERENCES "Merchant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RecordedRedemption" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "merchantId" TEXT NOT NULL,
    "stampsRedemptionId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "item" TEXT,
    "stampsUsed" INTEGER,
    "storeId" INTEGER,
    "invoiceNumber" TEXT,
    "staffEmail" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "canceledAt" DATETIME,
    CONSTRAINT "RecordedRedemption_merchantId_fkey" FOREIGN KEY ("merchantId") REFERENCES "Merchant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MemberVisit" (
    "staffId" TEXT NOT NULL,
    "merchantId" TEXT NOT NULL,
    "memberId" INTEGER NOT NULL,
    "memberName" TEXT NOT NULL,
    "visitedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("staffId", "merchantId", "memberId"),
    CONSTRAINT "MemberVisit_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "Staff" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MemberVisit_merchantId_fkey" FOREIGN KEY ("merchantId") REFERENCES "Merchant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "RecordedTransaction_merchantId_invoiceNumber_idx" ON "RecordedTransaction"("merchantId", "invoiceNumber");

-- CreateIndex
CREATE INDEX "RecordedTransaction_merchantId_memberId_idx" ON "RecordedTransaction"("merchantId", "memberId");

-- CreateIndex
CREATE UNIQUE INDEX "RecordedTransaction_merchantId_stampsTransactionId_key" ON "RecordedTransaction"("merchantId", "stampsTransactionId");

-- CreateIndex
CREATE INDEX "RecordedRedemption_merchantId_memberId_createdAt_idx" ON "RecordedRedemption"("merchantId", "memberId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "RecordedRedemption_merchantId_stampsRedemptionId_key" ON "RecordedRedemption"("merchantId", "stampsRedemptionId");

-- CreateIndex
CREATE INDEX "MemberVisit_staffId_visitedAt_idx" ON "MemberVisit"("staffId", "visitedAt");


