import { randomUUID } from "node:crypto";
import { hash } from "@node-rs/argon2";
import type { Role } from "../../server/generated/prisma/client";
import { DEMO_MERCHANT } from "../../prisma/demo-data";
import { e2eDb } from "./db";

/** A staff member of its own for one test, working for the demo merchant. */
export async function createStaff(role: Role) {
  const db = e2eDb();
  const password = `Pw-${randomUUID()}`;
  const merchant = await db.merchant.findUniqueOrThrow({ where: { stampsMerchantId: DEMO_MERCHANT.stampsMerchantId } });
  const staff = await db.staff.create({
    data: {
      email: `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@e2e.stamps.id`,
      name: `E2E ${role}`,
      role,
      passwordHash: await hash(password),
      merchants: { create: { merchantId: merchant.id } },
    },
  });
  return { ...staff, password };
}
