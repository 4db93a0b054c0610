-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_memberships" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "user_id" INTEGER NOT NULL,
    "merchant_id" INTEGER NOT NULL,
    "level_id" INTEGER NOT NULL,
    "stamps" INTEGER NOT NULL DEFAULT 0,
    "balance" INTEGER NOT NULL DEFAULT 0,
    "eligible_spending" REAL NOT NULL DEFAULT 0,
    "is_blocked" BOOLEAN NOT NULL DEFAULT false,
    "referral_code" TEXT,
    "tags" TEXT NOT NULL DEFAULT '[]',
    "extra_data" TEXT NOT NULL DEFAULT '{}',
    "start_date" TEXT NOT NULL,
    "registered_at_store_id" INTEGER,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "memberships_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "memberships_merchant_id_fkey" FOREIGN KEY ("merchant_id") REFERENCES "merchants" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "memberships_level_id_fkey" FOREIGN KEY ("level_id") REFERENCES "membership_levels" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "memberships_registered_at_store_id_fkey" FOREIGN KEY ("registered_at_store_id") REFERENCES "stores" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_memberships" ("balance", "created_at", "extra_data", "id", "is_blocked", "level_id", "merchant_id", "referral_code", "registered_at_store_id", "stamps", "start_date", "tags", "updated_at", "user_id") SELECT "balance", "created_at", "extra_data", "id", "is_blocked", "level_id", "merchant_id", "referral_code", "registered_at_store_id", "stamps", "start_date", "tags", "updated_at", "user_id" FROM "memberships";
DROP TABLE "memberships";
ALTER TABLE "new_memberships" RENAME TO "memberships";
CREATE UNIQUE INDEX "memberships_referral_code_key" ON "memberships"("referral_code");
CREATE INDEX "memberships_user_id_idx" ON "memberships"("user_id");
CREATE INDEX "memberships_level_id_idx" ON "memberships"("level_id");
CREATE UNIQUE INDEX "memberships_merchant_id_user_id_key" ON "memberships"("merchant_id", "user_id");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


