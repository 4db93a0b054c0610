-- Owners work for every merchant; other admins only for their StaffMerchant rows.
ALTER TABLE "Staff" ADD COLUMN "isOwner" BOOLEAN NOT NULL DEFAULT false;
-- A one-time password given by an admin must be changed at the next sign-in.
ALTER TABLE "Staff" ADD COLUMN "mustChangePassword" BOOLEAN NOT NULL DEFAULT false;
