-- CreateIndex
CREATE INDEX "CampaignRow_campaignId_issuedAt_idx" ON "CampaignRow"("campaignId", "issuedAt");
