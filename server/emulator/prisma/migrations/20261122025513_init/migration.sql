-- CreateTable
CREATE TABLE "merchant_groups" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "merchants" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "group_id" INTEGER,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "time_zone" TEXT NOT NULL DEFAULT 'Asia/Jakarta',
    "value_per_stamp" REAL NOT NULL DEFAULT 10000,
    "pin_authorization_enabled" BOOLEAN NOT NULL DEFAULT false,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "merchants_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "merchant_groups" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "stores" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "merchant_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "display_name" TEXT NOT NULL,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "stores_merchant_id_fkey" FOREIGN KEY ("merchant_id") REFERENCES "merchants" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "api_tokens" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "merchant_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "api_tokens_merchant_id_fkey" FOREIGN KEY ("merchant_id") REFERENCES "merchants" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "users" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "birthday" TEXT,
    "gender" INTEGER,
    "address" TEXT,
    "picture_url" TEXT,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "pin_hash" TEXT,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "membership_levels" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "merchant_id" INTEGER NOT NULL,
    "code" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "min_spending" REAL NOT NULL DEFAULT 0,
    CONSTRAINT "membership_levels_merchant_id_fkey" FOREIGN KEY ("merchant_id") REFERENCES "merchants" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "memberships" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "user_id" INTEGER NOT NULL,
    "merchant_id" INTEGER NOT NULL,
    "level_id" INTEGER NOT NULL,
    "stamps" INTEGER NOT NULL DEFAULT 0,
    "balance" INTEGER NOT NULL DEFAULT 0,
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

-- CreateTable
CREATE TABLE "member_cards" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "merchant_id" INTEGER NOT NULL,
    "membership_id" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "member_cards_merchant_id_fkey" FOREIGN KEY ("merchant_id") REFERENCES "merchants" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "member_cards_membership_id_fkey" FOREIGN KEY ("membership_id") REFERENCES "memberships" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "member_search_terms" (
    "merchant_id" INTEGER NOT NULL,
    "term" TEXT NOT NULL,
    "membership_id" INTEGER NOT NULL,

    PRIMARY KEY ("merchant_id", "term", "membership_id"),
    CONSTRAINT "member_search_terms_merchant_id_fkey" FOREIGN KEY ("merchant_id") REFERENCES "merchants" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "member_search_terms_membership_id_fkey" FOREIGN KEY ("membership_id") REFERENCES "memberships" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "products" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "merchant_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "code" TEXT,
    "price" REAL,
    "stamps" INTEGER,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    CONSTRAINT "products_merchant_id_fkey" FOREIGN KEY ("merchant_id") REFERENCES "merchants" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "payment_methods" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "transactions" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "merchant_id" INTEGER NOT NULL,
    "store_id" INTEGER NOT NULL,
    "membership_id" INTEGER,
    "invoice_number" TEXT NOT NULL,
    "business_date" TEXT NOT NULL,
    "created" DATETIME NOT NULL,
    "total_value" REAL NOT NULL,
    "subtotal" REAL,
    "discount" REAL,
    "service_charge" REAL,
    "tax" REAL,
    "number_of_people" INTEGER,
    "channel" INTEGER,
    "type" INTEGER,
    "custom_stamps" INTEGER,
    "stamps_earned" INTEGER NOT NULL DEFAULT 0,
    "status" INTEGER NOT NULL DEFAULT 1,
    "employee_code" TEXT,
    "extra_data" TEXT,
    "notes" TEXT NOT NULL DEFAULT '',
    "require_email_notification" BOOLEAN NOT NULL DEFAULT false,
    "details_complete" BOOLEAN NOT NULL DEFAULT false,
    "canceled_at" DATETIME,
    "received_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "transactions_merchant_id_fkey" FOREIGN KEY ("merchant_id") REFERENCES "merchants" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "transactions_store_id_fkey" FOREIGN KEY ("store_id") REFERENCES "stores" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "transactions_membership_id_fkey" FOREIGN KEY ("membership_id") REFERENCES "memberships" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "transaction_items" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "transaction_id" INTEGER NOT NULL,
    "product_id" INTEGER,
    "product_name" TEXT NOT NULL,
    "quantity" REAL NOT NULL,
    "subtotal" REAL,
    "stamps_subtotal" INTEGER,
    "eligible_for_stamps" BOOLEAN NOT NULL DEFAULT true,
    "extra_data" TEXT,
    CONSTRAINT "transaction_items_transaction_id_fkey" FOREIGN KEY ("transaction_id") REFERENCES "transactions" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "transaction_items_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "products" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "transaction_payments" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "transaction_id" INTEGER NOT NULL,
    "payment_method_id" INTEGER NOT NULL,
    "value" REAL NOT NULL,
    "eligible_for_membership" BOOLEAN NOT NULL DEFAULT true,
    CONSTRAINT "transaction_payments_transaction_id_fkey" FOREIGN KEY ("transaction_id") REFERENCES "transactions" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "transaction_payments_payment_method_id_fkey" FOREIGN KEY ("payment_method_id") REFERENCES "payment_methods" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "rewards" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "merchant_id" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" TEXT NOT NULL DEFAULT 'reward',
    "stamps_mode" TEXT NOT NULL DEFAULT 'fixed',
    "stamps_to_redeem" INTEGER NOT NULL,
    "min_stamps" INTEGER,
    "max_stamps" INTEGER,
    "value_per_stamp" REAL,
    "voucher_template_id" INTEGER,
    "image_url" TEXT,
    "landscape_image_url" TEXT,
    "description" TEXT NOT NULL DEFAULT '',
    "extra_data" TEXT NOT NULL DEFAULT '{}',
    "start_date" TEXT,
    "end_date" TEXT,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "rewards_merchant_id_fkey" FOREIGN KEY ("merchant_id") REFERENCES "merchants" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "rewards_voucher_template_id_fkey" FOREIGN KEY ("voucher_template_id") REFERENCES "voucher_templates" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "voucher_templates" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "merchant_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "type" INTEGER NOT NULL,
    "value_type" TEXT NOT NULL DEFAULT 'fixed',
    "value" REAL,
    "validity_type" TEXT NOT NULL DEFAULT 'dynamic',
    "start_date" TEXT,
    "end_date" TEXT,
    "validity_days" INTEGER,
    "default_quantity" INTEGER NOT NULL DEFAULT 1,
    "max_issuance" INTEGER,
    "issued_count" INTEGER NOT NULL DEFAULT 0,
    "channels" TEXT NOT NULL DEFAULT '[]',
    "min_transaction_value" REAL,
    "short_description" TEXT NOT NULL DEFAULT '',
    "description" TEXT NOT NULL DEFAULT '',
    "instructions" TEXT NOT NULL DEFAULT '',
    "terms_and_conditions" TEXT NOT NULL DEFAULT '',
    "picture_url" TEXT,
    "landscape_picture_url" TEXT,
    "extra_data" TEXT,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "voucher_templates_merchant_id_fkey" FOREIGN KEY ("merchant_id") REFERENCES "merchants" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "voucher_template_stores" (
    "template_id" INTEGER NOT NULL,
    "store_id" INTEGER NOT NULL,

    PRIMARY KEY ("template_id", "store_id"),
    CONSTRAINT "voucher_template_stores_template_id_fkey" FOREIGN KEY ("template_id") REFERENCES "voucher_templates" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "voucher_template_stores_store_id_fkey" FOREIGN KEY ("store_id") REFERENCES "stores" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "vouchers" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "merchant_id" INTEGER NOT NULL,
    "template_id" INTEGER NOT NULL,
    "membership_id" INTEGER,
    "code" TEXT NOT NULL,
    "value" REAL,
    "remaining_value" REAL,
    "quantity" INTEGER NOT NULL DEFAULT 1,
    "notes" TEXT NOT NULL DEFAULT '',
    "start_date" TEXT NOT NULL,
    "end_date" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'active',
    "source" TEXT NOT NULL DEFAULT 'api',
    "issued_by_transaction_id" INTEGER,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "vouchers_merchant_id_fkey" FOREIGN KEY ("merchant_id") REFERENCES "merchants" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "vouchers_template_id_fkey" FOREIGN KEY ("template_id") REFERENCES "voucher_templates" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "vouchers_membership_id_fkey" FOREIGN KEY ("membership_id") REFERENCES "memberships" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "vouchers_issued_by_transaction_id_fkey" FOREIGN KEY ("issued_by_transaction_id") REFERENCES "transactions" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "redemptions" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "merchant_id" INTEGER NOT NULL,
    "store_id" INTEGER NOT NULL,
    "membership_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "reward_id" INTEGER,
    "voucher_id" INTEGER,
    "promo_code_id" INTEGER,
    "transaction_id" INTEGER,
    "stamps_used" INTEGER NOT NULL DEFAULT 0,
    "value" REAL,
    "qty" INTEGER NOT NULL DEFAULT 1,
    "invoice_number" TEXT,
    "channel" INTEGER,
    "request_id" TEXT,
    "extra_data" TEXT,
    "status" TEXT NOT NULL DEFAULT 'created',
    "issued_voucher_id" INTEGER,
    "replacement_voucher_id" INTEGER,
    "canceled_at" DATETIME,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "redemptions_merchant_id_fkey" FOREIGN KEY ("merchant_id") REFERENCES "merchants" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "redemptions_store_id_fkey" FOREIGN KEY ("store_id") REFERENCES "stores" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "redemptions_membership_id_fkey" FOREIGN KEY ("membership_id") REFERENCES "memberships" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "redemptions_reward_id_fkey" FOREIGN KEY ("reward_id") REFERENCES "rewards" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "redemptions_voucher_id_fkey" FOREIGN KEY ("voucher_id") REFERENCES "vouchers" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "redemptions_promo_code_id_fkey" FOREIGN KEY ("promo_code_id") REFERENCES "promo_codes" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "redemptions_transaction_id_fkey" FOREIGN KEY ("transaction_id") REFERENCES "transactions" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "redemptions_issued_voucher_id_fkey" FOREIGN KEY ("issued_voucher_id") REFERENCES "vouchers" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "redemptions_replacement_voucher_id_fkey" FOREIGN KEY ("replacement_voucher_id") REFERENCES "vouchers" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "promo_codes" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "merchant_id" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "reward_id" INTEGER,
    "voucher_template_id" INTEGER,
    "bonus_stamps" INTEGER NOT NULL DEFAULT 0,
    "max_redemptions" INTEGER,
    "max_redemptions_per_user" INTEGER,
    "redemption_count" INTEGER NOT NULL DEFAULT 0,
    "start_date" TEXT,
    "end_date" TEXT,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "promo_codes_merchant_id_fkey" FOREIGN KEY ("merchant_id") REFERENCES "merchants" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "promo_codes_reward_id_fkey" FOREIGN KEY ("reward_id") REFERENCES "rewards" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "promo_codes_voucher_template_id_fkey" FOREIGN KEY ("voucher_template_id") REFERENCES "voucher_templates" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "pin_authorizations" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "merchant_id" INTEGER NOT NULL,
    "membership_id" INTEGER NOT NULL,
    "request_id" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "failed_attempts" INTEGER NOT NULL DEFAULT 0,
    "authorized_at" DATETIME,
    "expires_at" DATETIME,
    "used_at" DATETIME,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "pin_authorizations_merchant_id_fkey" FOREIGN KEY ("merchant_id") REFERENCES "merchants" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "pin_authorizations_membership_id_fkey" FOREIGN KEY ("membership_id") REFERENCES "memberships" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "merchants_code_key" ON "merchants"("code");

-- CreateIndex
CREATE INDEX "merchants_group_id_idx" ON "merchants"("group_id");

-- CreateIndex
CREATE UNIQUE INDEX "stores_merchant_id_name_key" ON "stores"("merchant_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "api_tokens_key_key" ON "api_tokens"("key");

-- CreateIndex
CREATE INDEX "api_tokens_merchant_id_idx" ON "api_tokens"("merchant_id");

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE UNIQUE INDEX "users_phone_key" ON "users"("phone");

-- CreateIndex
CREATE UNIQUE INDEX "membership_levels_merchant_id_code_key" ON "membership_levels"("merchant_id", "code");

-- CreateIndex
CREATE UNIQUE INDEX "memberships_referral_code_key" ON "memberships"("referral_code");

-- CreateIndex
CREATE INDEX "memberships_user_id_idx" ON "memberships"("user_id");

-- CreateIndex
CREATE INDEX "memberships_level_id_idx" ON "memberships"("level_id");

-- CreateIndex
CREATE UNIQUE INDEX "memberships_merchant_id_user_id_key" ON "memberships"("merchant_id", "user_id");

-- CreateIndex
CREATE INDEX "member_cards_membership_id_idx" ON "member_cards"("membership_id");

-- CreateIndex
CREATE UNIQUE INDEX "member_cards_merchant_id_number_key" ON "member_cards"("merchant_id", "number");

-- CreateIndex
CREATE INDEX "member_search_terms_membership_id_idx" ON "member_search_terms"("membership_id");

-- CreateIndex
CREATE UNIQUE INDEX "products_merchant_id_name_key" ON "products"("merchant_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "payment_methods_code_key" ON "payment_methods"("code");

-- CreateIndex
CREATE INDEX "transactions_merchant_id_invoice_number_business_date_idx" ON "transactions"("merchant_id", "invoice_number", "business_date");

-- CreateIndex
CREATE INDEX "transactions_membership_id_id_idx" ON "transactions"("membership_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "transactions_store_id_invoice_number_business_date_key" ON "transactions"("store_id", "invoice_number", "business_date");

-- CreateIndex
CREATE INDEX "transaction_items_transaction_id_idx" ON "transaction_items"("transaction_id");

-- CreateIndex
CREATE INDEX "transaction_payments_transaction_id_idx" ON "transaction_payments"("transaction_id");

-- CreateIndex
CREATE UNIQUE INDEX "rewards_merchant_id_code_key" ON "rewards"("merchant_id", "code");

-- CreateIndex
CREATE INDEX "voucher_templates_merchant_id_idx" ON "voucher_templates"("merchant_id");

-- CreateIndex
CREATE INDEX "vouchers_membership_id_status_idx" ON "vouchers"("membership_id", "status");

-- CreateIndex
CREATE INDEX "vouchers_template_id_idx" ON "vouchers"("template_id");

-- CreateIndex
CREATE UNIQUE INDEX "vouchers_merchant_id_code_key" ON "vouchers"("merchant_id", "code");

-- CreateIndex
CREATE UNIQUE INDEX "redemptions_issued_voucher_id_key" ON "redemptions"("issued_voucher_id");

-- CreateIndex
CREATE UNIQUE INDEX "redemptions_replacement_voucher_id_key" ON "redemptions"("replacement_voucher_id");

-- CreateIndex
CREATE INDEX "redemptions_membership_id_id_idx" ON "redemptions"("membership_id", "id");

-- CreateIndex
CREATE INDEX "redemptions_voucher_id_idx" ON "redemptions"("voucher_id");

-- CreateIndex
CREATE INDEX "redemptions_transaction_id_idx" ON "redemptions"("transaction_id");

-- CreateIndex
CREATE INDEX "redemptions_merchant_id_request_id_idx" ON "redemptions"("merchant_id", "request_id");

-- CreateIndex
CREATE UNIQUE INDEX "promo_codes_merchant_id_code_key" ON "promo_codes"("merchant_id", "code");

-- CreateIndex
CREATE INDEX "pin_authorizations_membership_id_idx" ON "pin_authorizations"("membership_id");

-- CreateIndex
CREATE UNIQUE INDEX "pin_authorizations_merchant_id_request_id_key" ON "pin_authorizations"("merchant_id", "request_id");
