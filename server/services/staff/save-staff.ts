import { AppError } from "@/server/errors";
import { Prisma, type PrismaClient, type Role } from "@/server/generated/prisma/client";
import { hashPassword } from "@/server/services/auth/password";
import { getStaffMember } from "./find-staff";

type StaffFields = { name: string; role: Role; merchantIds: string[] };

async function assertMerchantsExist(db: PrismaClient, merchantIds: string[]) {
  const found = await db.merchant.count({ where: { id: { in: merchantIds } } });
  if (found !== new Set(merchantIds).size) {
    throw new AppError("BAD_REQUEST", {
      userMessage: "One of the chosen merchants no longer exists. Reload the page.",
      fieldErrors: { merchantIds: "One of the chosen merchants no longer exists" },
    });
  }
}

export async function createStaff(db: PrismaClient, input: StaffFields & { email: string; password: string }) {
  await assertMerchantsExist(db, input.merchantIds);
  try {
    const { id } = await db.staff.create({
      data: {
        email: input.email,
        name: input.name,
        role: input.role,
        passwordHash: await hashPassword(input.password),
        merchants: { create: input.merchantIds.map((merchantId) => ({ merchantId })) },
      },
    });
    return await getStaffMember(db, id);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const message = `${input.email} already has an account`;
      throw new AppError("CONFLICT", { userMessage: message, fieldErrors: { email: message } });
    }
    throw error;
  }
}

export async function updateStaff(
  db: PrismaClient,
  actorId: string,
  input: StaffFields & { id: string; disabled: boolean; password?: string },
) {
  if (input.id === actorId && (input.disabled || input.role !== "ADMIN")) {
    throw new AppError("BAD_REQUEST", {
      userMessage: "You cannot disable yourself or remove your own admin role. Ask another admin.",
    });
  }
  await assertMerchantsExist(db, input.merchantIds);
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  await db.$transaction(async (tx) => {
    await tx.staffMerchant.deleteMany({ where: { staffId: input.id } });
    return tx.staff.update({
      where: { id: input.id },
      data: {
        name: input.name,
        role: input.role,
        disabled: input.disabled,
        ...(passwordHash && { passwordHash }),
        merchants: { create: input.merchantIds.map((merchantId) => ({ merchantId })) },
      },
    });
  });
  return getStaffMember(db, input.id);
}
