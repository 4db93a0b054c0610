import type { Database } from "better-sqlite3";
import { perDatabase } from "../loyalty/per-database";

// Prepared statements of the transaction services. transactions/add runs at hundreds of requests
// a second, so no Prisma here: each statement is prepared once per connection.

export const STATUS_NEW = 1;
export const STATUS_CANCELED = 2;
export const STATUS_OPEN = 3;

export type TransactionRow = {
  id: number;
  merchantId: number;
  storeId: number;
  membershipId: number | null;
  invoiceNumber: string;
  businessDate: string;
  created: string;
  totalValue: number;
  subtotal: number | null;
  discount: number | null;
  serviceCharge: number | null;
  tax: number | null;
  numberOfPeople: number | null;
  channel: number | null;
  type: number | null;
  customStamps: number | null;
  stampsEarned: number;
  status: number;
  notes: string;
  detailsComplete: number;
};

export type ItemRow = {
  id: number;
  productName: string;
  quantity: number;
  subtotal: number | null;
  stampsSubtotal: number | null;
  eligibleForStamps: number;
  productStamps: number | null;
};

export type PaymentRow = { id: number; value: number; eligibleForMembership: number; code: string };

export type NewTransaction = Omit<TransactionRow, "id" | "status" | "detailsComplete"> & {
  status: number;
  detailsComplete: number;
  employeeCode: string | null;
  extraData: string | null;
  requireEmailNotification: number;
  receivedAt: string;
};

export type NewItem = {
  transactionId: number;
  productId: number | null;
  productName: string;
  quantity: number;
  subtotal: number | null;
  stampsSubtotal: number | null;
  eligibleForStamps: number;
  extraData: string | null;
};

const TRANSACTION_COLUMNS = `t.id, t.merchant_id AS merchantId, t.store_id AS storeId, t.membership_id AS membershipId,
  t.invoice_number AS invoiceNumber, t.business_date AS businessDate, t.created, t.total_value AS totalValue,
  t.subtotal, t.discount, t.service_charge AS serviceCharge, t.tax, t.number_of_people AS numberOfPeople,
  t.channel, t.type, t.custom_stamps AS customStamps, t.stamps_earned AS stampsEarned, t.status, t.notes,
  t.details_complete AS detailsComplete`;

export const transactionStore = perDatabase((sqlite: Database) => ({
  merchant: sqlite.prepare<[number], { timeZone: string; valuePerStamp: number }>(
    "SELECT time_zone AS timeZone, value_per_stamp AS valuePerStamp FROM merchants WHERE id = ?",
  ),
  store: sqlite.prepare<[number, number], { id: number; name: string; displayName: string }>(
    "SELECT id, name, display_name AS displayName FROM stores WHERE id = ? AND merchant_id = ? AND is_active = 1",
  ),
  storeById: sqlite.prepare<[number], { name: string; displayName: string }>(
    "SELECT name, display_name AS displayName FROM stores WHERE id = ?",
  ),
  invoiceOnDay: sqlite
    .prepare<[number, string, string], number>(
      "SELECT id FROM transactions WHERE store_id = ? AND invoice_number = ? AND business_date = ?",
    )
    .pluck(),
  paymentMethod: sqlite.prepare<[number], { id: number; code: string }>(
    "SELECT id, code FROM payment_methods WHERE id = ?",
  ),
  product: sqlite.prepare<[number, string], { id: number; stamps: number | null }>(
    "SELECT id, stamps FROM products WHERE merchant_id = ? AND name = ? COLLATE NOCASE AND is_active = 1",
  ),
  insert: sqlite.prepare<NewTransaction>(
    `INSERT INTO transactions (merchant_id, store_id, membership_id, invoice_number, business_date, created,
       total_value, subtotal, discount, service_charge, tax, number_of_people, channel, type, custom_stamps,
       stamps_earned, status, employee_code, extra_data, notes, require_email_notification, details_complete,
       received_at)
     VALUES (:merchantId, :storeId, :membershipId, :invoiceNumber, :businessDate, :created, :totalValue, :subtotal,
       :discount, :serviceCharge, :tax, :numberOfPeople, :channel, :type, :customStamps, :stampsEarned, :status,
       :employeeCode, :extraData, :notes, :requireEmailNotification, :detailsComplete, :receivedAt)`,
  ),
  insertItem: sqlite.prepare<NewItem>(
    `INSERT INTO transaction_items (transaction_id, product_id, product_name, quantity, subtotal, stamps_subtotal,
       eligible_for_stamps, extra_data)
     VALUES (:transactionId, :productId, :productName, :quantity, :subtotal, :stampsSubtotal, :eligibleForStamps,
       :extraData)`,
  ),
  insertPayment: sqlite.prepare<[number, number, number, number]>(
    `INSERT INTO transaction_payments (transaction_id, payment_method_id, value, eligible_for_membership)
     VALUES (?, ?, ?, ?)`,
  ),
  byId: sqlite.prepare<[number, number], TransactionRow>(
    `SELECT ${TRANSACTION_COLUMNS} FROM transactions t WHERE t.id = ? AND t.merchant_id = ?`,
  ),
  byInvoiceOnDay: sqlite.prepare<[number, string, string], TransactionRow>(
    `SELECT ${TRANSACTION_COLUMNS} FROM transactions t
     WHERE t.merchant_id = ? AND t.invoice_number = ? AND t.business_date = ? ORDER BY t.id`,
  ),
  latestByInvoice: sqlite.prepare<[number, string], TransactionRow>(
    `SELECT ${TRANSACTION_COLUMNS} FROM transactions t
     WHERE t.store_id = ? AND t.invoice_number = ? ORDER BY t.business_date DESC, t.id DESC LIMIT 1`,
  ),
  byStoreInvoiceOnDay: sqlite.prepare<[number, string, string], TransactionRow>(
    `SELECT ${TRANSACTION_COLUMNS} FROM transactions t
     WHERE t.store_id = ? AND t.invoice_number = ? AND t.business_date = ?`,
  ),
  items: sqlite.prepare<[number, number], ItemRow>(
    `SELECT i.id, i.product_name AS productName, i.quantity, i.subtotal, i.stamps_subtotal AS stampsSubtotal,
            i.eligible_for_stamps AS eligibleForStamps, p.stamps AS productStamps
     FROM transaction_items i LEFT JOIN products p ON p.id = i.product_id AND p.merchant_id = ?
     WHERE i.transaction_id = ? ORDER BY i.id`,
  ),
  payments: sqlite.prepare<[number], PaymentRow>(
    `SELECT tp.id, tp.value, tp.eligible_for_membership AS eligibleForMembership, pm.code
     FROM transaction_payments tp JOIN payment_methods pm ON pm.id = tp.payment_method_id
     WHERE tp.transaction_id = ? ORDER BY tp.id`,
  ),
  updateItem: sqlite.prepare<[number, number | null, number | null, number]>(
    "UPDATE transaction_items SET quantity = ?, subtotal = ?, stamps_subtotal = ? WHERE id = ?",
  ),
  updateValues: sqlite.prepare<{ id: number; totalValue: number; subtotal: number | null; stampsEarned: number }>(
    "UPDATE transactions SET total_value = :totalValue, subtotal = :subtotal, stamps_earned = :stampsEarned WHERE id = :id",
  ),
  completeDetails: sqlite.prepare<[number, number]>(
    "UPDATE transactions SET details_complete = 1, stamps_earned = ? WHERE id = ?",
  ),
  cancel: sqlite.prepare<[string, number]>("UPDATE transactions SET status = 2, canceled_at = ? WHERE id = ?"),
}));

export type TransactionStore = ReturnType<typeof transactionStore>;
