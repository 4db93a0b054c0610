-- AlterTable
ALTER TABLE "Campaign" ADD COLUMN "pausedReason" TEXT;

-- AlterTable
ALTER TABLE "CampaignRow" ADD COLUMN "sentAt" DATETIME;

-- CreateTable
CREATE TABLE "CampaignWorker" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "seenAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "CampaignWorker_seenAt_idx" ON "CampaignWorker"("seenAt");


