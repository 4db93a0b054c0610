-- An audit event is written before the action (outcome PENDING) and completed after it.
ALTER TABLE "AuditEvent" ADD COLUMN "completedAt" DATETIME;

-- CreateIndex
CREATE INDEX "AuditEvent_action_createdAt_idx" ON "AuditEvent"("action", "createdAt");

-- Events written before this change were written once, complete.
UPDATE "AuditEvent" SET "completedAt" = "createdAt";
