-- CreateTable
CREATE TABLE "VoucherTemplate" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "merchantId" TEXT NOT NULL,
    "stampsTemplateId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "valueType" TEXT NOT NULL DEFAULT 'FIXED',
    "source" TEXT NOT NULL DEFAULT 'ADMIN',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "VoucherTemplate_merchantId_fkey" FOREIGN KEY ("merchantId") REFERENCES "Merchant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CampaignSettings" (
    "merchantId" TEXT NOT NULL PRIMARY KEY,
    "approvalRowLimit" INTEGER DEFAULT 1000,
    "approvalValueLimit" INTEGER DEFAULT 50000000,
    "concurrency" INTEGER NOT NULL DEFAULT 4,
    "ratePerSecond" INTEGER NOT NULL DEFAULT 20,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "CampaignSettings_merchantId_fkey" FOREIGN KEY ("merchantId") REFERENCES "Merchant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Campaign" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "merchantId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "stampsTemplateId" INTEGER NOT NULL,
    "templateName" TEXT NOT NULL,
    "templateValueType" TEXT NOT NULL DEFAULT 'FIXED',
    "startDate" TEXT NOT NULL,
    "defaultQuantity" INTEGER NOT NULL DEFAULT 1,
    "defaultValue" INTEGER,
    "defaultNotes" TEXT,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "createdById" TEXT,
    "approvedById" TEXT,
    "approvedAt" DATETIME,
    "startedAt" DATETIME,
    "finishedAt" DATETIME,
    "fileName" TEXT,
    "fileSize" INTEGER,
    "fileSha256" TEXT,
    "fileDelimiter" TEXT,
    "fileHeaders" TEXT,
    "columnMapping" TEXT,
    "rowCount" INTEGER NOT NULL DEFAULT 0,
    "dryRunStatus" TEXT,
    "dryRunCheckedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Campaign_merchantId_fkey" FOREIGN KEY ("merchantId") REFERENCES "Merchant" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Campaign_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Staff" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Campaign_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "Staff" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CampaignRow" (
    "campaignId" INTEGER NOT NULL,
    "rowNumber" INTEGER NOT NULL,
    "line" INTEGER NOT NULL,
    "cells" TEXT NOT NULL,
    "identifier" TEXT,
    "quantity" INTEGER,
    "value" INTEGER,
    "notes" TEXT,
    "startDate" TEXT,
    "problem" TEXT,
    "memberFound" BOOLEAN,
    "memberId" INTEGER,
    "state" TEXT NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "leaseOwner" TEXT,
    "leaseUntil" DATETIME,
    "retryable" BOOLEAN,
    "voucherId" INTEGER,
    "error" TEXT,
    "errorCode" TEXT,
    "issuedAt" DATETIME,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("campaignId", "rowNumber"),
    CONSTRAINT "CampaignRow_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "VoucherTemplate_merchantId_stampsTemplateId_key" ON "VoucherTemplate"("merchantId", "stampsTemplateId");

-- CreateIndex
CREATE INDEX "Campaign_merchantId_createdAt_idx" ON "Campaign"("merchantId", "createdAt");

-- CreateIndex
CREATE INDEX "Campaign_merchantId_fileSha256_idx" ON "Campaign"("merchantId", "fileSha256");

-- CreateIndex
CREATE INDEX "Campaign_status_idx" ON "Campaign"("status");

-- CreateIndex
CREATE INDEX "CampaignRow_campaignId_state_idx" ON "CampaignRow"("campaignId", "state");

-- CreateIndex
CREATE INDEX "CampaignRow_campaignId_identifier_idx" ON "CampaignRow"("campaignId", "identifier");

-- CreateIndex
CREATE INDEX "CampaignRow_state_leaseUntil_idx" ON "CampaignRow"("state", "leaseUntil");


