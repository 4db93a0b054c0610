import type { z } from "zod";
import type { TStampsPreview, ZModifyValues } from "@/lib/schemas/transactions";
import type { StampsClient } from "@/server/stamps";
import { afterTakingOff, changeableTransaction } from "./change-rules";

type Merchant = { stampsMerchantId: number; timeZone: string };
type Target = { transactionId: number; memberId?: number };

/** The stamps the transaction would earn after the change; Stamps computes them, nothing changes yet. */
export async function previewModification(
  stamps: StampsClient,
  merchant: Merchant,
  input: Target & z.output<typeof ZModifyValues>,
): Promise<TStampsPreview> {
  const { transaction, store } = await changeableTransaction(stamps, merchant, input.transactionId);
  const after = afterTakingOff(transaction, input);
  const preview = await stamps.transactions.previewEarnings({
    ...(input.memberId !== undefined && { user: String(input.memberId) }),
    store,
    total_value: after.value,
    ...(after.subtotal !== null && { sub_total: after.subtotal }),
    ...(after.items.length > 0 && {
      items: after.items.map((item) => ({ product_name: item.name, quantity: item.quantity })),
    }),
  });
  // An open transaction has no member to earn anything.
  const earns = transaction.status?.toLowerCase() !== "open";
  return { currentStamps: transaction.stamps ?? 0, newStamps: earns ? preview.stamps : 0, newValue: after.value };
}
