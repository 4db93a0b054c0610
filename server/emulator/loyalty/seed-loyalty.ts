import type { Prisma } from "../generated/prisma/client";
import { demoRewards } from "../rewards/demo-rewards";
import type { DemoTransaction } from "../transactions/demo-transactions";
import { demoTransactions } from "../transactions/demo-transactions";
import { businessDate } from "./business-date";
import { demoPaymentMethods, demoProducts } from "./demo-catalogue";
import { stampsForTransaction } from "./earning-rule";

const DEFAULT_VALUE_PER_STAMP = 10000;
const TIME_ZONE = "Asia/Jakarta";

/** "<merchantId>:<userId>" → membership id, as the demo memberships were inserted. */
export type MembershipIndex = ReadonlyMap<string, number>;

/** Payment methods, products, rewards and the transaction history of the demo data. */
export async function seedLoyaltyDemoData(tx: Prisma.TransactionClient, memberships: MembershipIndex): Promise<void> {
  await tx.paymentMethod.createMany({ data: [...demoPaymentMethods] });

  const products = Object.entries(demoProducts).flatMap(([merchantId, list]) =>
    list.map((product) => ({
      merchantId: Number(merchantId),
      name: product.name,
      price: product.price,
      stamps: product.stamps ?? null,
    })),
  );
  await tx.product.createMany({ data: products });
  const catalogue = await tx.product.findMany({
    select: { id: true, merchantId: true, name: true, price: true, stamps: true },
  });
  const productOf = (merchantId: number, name: string) => {
    const product = catalogue.find((entry) => entry.merchantId === merchantId && entry.name === name);
    if (!product) throw new Error(`Demo transactions name an unknown product: ${name} (merchant ${merchantId})`);
    return product;
  };

  await tx.reward.createMany({
    data: demoRewards.map(({ flexible, ...reward }) => ({
      ...reward,
      stampsMode: flexible ? "flexible" : "fixed",
      minStamps: flexible?.minStamps ?? null,
      maxStamps: flexible?.maxStamps ?? null,
      valuePerStamp: flexible?.valuePerStamp ?? null,
    })),
  });

  const rows = demoTransactions.map((demo) => transactionRow(demo, memberships, productOf));
  await tx.transaction.createMany({ data: rows.map((row) => row.transaction) });
  await tx.transactionItem.createMany({ data: rows.flatMap((row) => row.items) });
  await tx.transactionPayment.createMany({ data: rows.flatMap((row) => row.payments) });
}

type Product = { id: number; price: number | null; stamps: number | null };

function transactionRow(
  demo: DemoTransaction,
  memberships: MembershipIndex,
  productOf: (merchantId: number, name: string) => Product,
) {
  const membershipId = demo.userId === null ? null : memberships.get(`${demo.merchantId}:${demo.userId}`);
  if (membershipId === undefined) throw new Error(`Demo transaction ${demo.id}: user ${demo.userId} is no member`);

  const items = demo.items.map((line) => {
    const product = productOf(demo.merchantId, line.name);
    return { line, product, subtotal: (product.price ?? 0) * line.quantity };
  });
  const subtotal = items.reduce((sum, item) => sum + item.subtotal, 0);
  const totalValue = demo.totalValue ?? subtotal + demo.tax;
  const stampsEarned =
    membershipId === null
      ? 0
      : stampsForTransaction({
          totalValue,
          items: items.map(({ line, product, subtotal: itemSubtotal }) => ({
            subtotal: itemSubtotal,
            quantity: line.quantity,
            stampsSubtotal: null,
            eligibleForStamps: true,
            productStamps: product.stamps,
          })),
          customStamps: null,
          valuePerStamp: DEFAULT_VALUE_PER_STAMP,
        });

  const [first, ...others] = demo.payments;
  const fixed = others.map((payment) => ({
    ...payment,
    value: Math.min(payment.value ?? 0, Math.floor(totalValue / 2)),
  }));
  const rest = totalValue - fixed.reduce((sum, payment) => sum + payment.value, 0);
  const payments = first ? [{ ...first, value: rest }, ...fixed] : [];

  const created = new Date(demo.created);
  return {
    transaction: {
      id: demo.id,
      merchantId: demo.merchantId,
      storeId: demo.storeId,
      membershipId,
      invoiceNumber: demo.invoiceNumber,
      businessDate: businessDate(created, TIME_ZONE),
      created,
      totalValue,
      subtotal: demo.items.length > 0 ? subtotal : null,
      tax: demo.tax > 0 ? demo.tax : null,
      numberOfPeople: demo.numberOfPeople,
      channel: demo.channel,
      type: demo.type,
      stampsEarned,
      status: demo.canceled ? 2 : membershipId === null ? 3 : 1,
      detailsComplete: demo.items.length > 0,
      canceledAt: demo.canceled ? new Date(created.getTime() + 3_600_000) : null,
      receivedAt: created,
    },
    items: items.map(({ line, product, subtotal: itemSubtotal }) => ({
      transactionId: demo.id,
      productId: product.id,
      productName: line.name,
      quantity: line.quantity,
      subtotal: itemSubtotal,
    })),
    payments: payments.map((payment) => ({
      transactionId: demo.id,
      paymentMethodId: payment.methodId,
      value: payment.value,
      eligibleForMembership: payment.eligibleForMembership ?? true,
    })),
  };
}
