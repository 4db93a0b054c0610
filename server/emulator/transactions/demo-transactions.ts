import { demoProducts } from "../loyalty/demo-catalogue";

// Past transactions of the demo data. The first ones are what the transaction documents'
// examples act on; the rest is a deterministic history (fixed pseudo-random sequence) for
// customer@stamps.co.id and other members to page through.

export type DemoLine = { name: string; quantity: number };

export type DemoTransaction = {
  id: number;
  merchantId: number;
  storeId: number;
  /** null: an open transaction */
  userId: number | null;
  invoiceNumber: string;
  /** ISO 8601 with offset */
  created: string;
  items: DemoLine[];
  /** without items: the value the POS sent (items to follow through add-or-update) */
  totalValue?: number;
  /** Rupiah on top of the items' subtotal */
  tax: number;
  numberOfPeople: number;
  channel: number | null;
  type: number | null;
  /** payment method ids; the first pays the rest after the others' fixed amounts */
  payments: { methodId: number; value?: number; eligibleForMembership?: boolean }[];
  canceled?: boolean;
};

const ALICE = 2456;
const BOB = 13;
const WALK_IN = 123;

const documented: DemoTransaction[] = [
  // modify example: {"id": 1, "total_value": -4000, "subtotal": -3000, "items": [{"product_name": "AQUA", "quantity": -1}]}
  {
    id: 1,
    merchantId: 14,
    storeId: 2,
    userId: BOB,
    invoiceNumber: "GI-20210115-001",
    created: "2021-01-15T12:30:00+07:00",
    items: [
      { name: "Americano", quantity: 1 },
      { name: "AQUA", quantity: 2 },
    ],
    tax: 0,
    numberOfPeople: 1,
    channel: 2,
    type: 2,
    payments: [{ methodId: 10 }],
  },
  // cancel example: {"invoice_number": "ABCD123", "date": "2021-02-01"}
  {
    id: 2,
    merchantId: 14,
    storeId: 32,
    userId: BOB,
    invoiceNumber: "ABCD123",
    created: "2021-02-01T19:05:00+07:00",
    items: [{ name: "Americano", quantity: 1 }],
    tax: 0,
    numberOfPeople: 1,
    channel: 2,
    type: 3,
    payments: [{ methodId: 20 }],
  },
  // canceled soon after (the cashier rang it up twice), so Alice's history shows a canceled one
  {
    id: 344,
    merchantId: 14,
    storeId: 422,
    userId: ALICE,
    invoiceNumber: "KK-20210420-017",
    created: "2021-04-20T15:10:00+07:00",
    items: [{ name: "Mee Goreng", quantity: 1 }],
    tax: 0,
    numberOfPeople: 1,
    channel: 2,
    type: 2,
    payments: [{ methodId: 11 }],
    canceled: true,
  },
  // details example: transaction_id=345, a catering order worth Rp 1,500,000 (150 stamps)
  {
    id: 345,
    merchantId: 14,
    storeId: 2,
    userId: ALICE,
    invoiceNumber: "GI-20210430-045",
    created: "2021-04-30T05:20:44+07:00",
    items: [
      { name: "Cafe Latte", quantity: 30 },
      { name: "Fried Rice", quantity: 10 },
    ],
    tax: 0,
    numberOfPeople: 40,
    channel: 2,
    type: 1,
    payments: [{ methodId: 10 }],
  },
  // add-or-update examples complete these: added without items, worth the examples' items (15,000)
  {
    id: 2000,
    merchantId: 14,
    storeId: 32,
    userId: ALICE,
    invoiceNumber: "my_invoice_number",
    created: "2025-06-14T10:00:00+07:00",
    items: [],
    totalValue: 15000,
    tax: 0,
    numberOfPeople: 2,
    channel: 2,
    type: 2,
    payments: [],
  },
  {
    id: 2001,
    merchantId: 14,
    storeId: 422,
    userId: ALICE,
    invoiceNumber: "invoice_1",
    created: "2025-06-14T11:00:00+07:00",
    items: [],
    totalValue: 15000,
    tax: 0,
    numberOfPeople: 2,
    channel: 2,
    type: 2,
    payments: [],
  },
];

// by-user example: user=123&merchant_id=2&merchant_id=3&channel=2&channel=4&end_date=2022-09-12
const walkIn: DemoTransaction[] = [
  [2, 601, "2022-03-04T08:15:00+07:00", 2, "Sourdough Loaf"],
  [3, 701, "2022-05-21T16:40:00+07:00", 4, "Avocado Juice"],
  [2, 601, "2022-07-09T09:05:00+07:00", 4, "Croissant"],
  [3, 701, "2022-08-30T13:20:00+07:00", 2, "Orange Juice"],
  [14, 2, "2022-09-01T10:10:00+07:00", 2, "Cafe Latte"],
  [2, 601, "2022-10-02T08:45:00+07:00", 2, "Sourdough Loaf"],
].map(([merchantId, storeId, created, channel, name], index) => ({
  id: 348 + index,
  merchantId: Number(merchantId),
  storeId: Number(storeId),
  userId: WALK_IN,
  invoiceNumber: `WALKIN-${String(index + 1).padStart(3, "0")}`,
  created: String(created),
  items: [{ name: String(name), quantity: 2 }],
  tax: 0,
  numberOfPeople: 1,
  channel: Number(channel),
  type: 3,
  payments: [{ methodId: 30 }],
}));

const STORES_14 = [2, 32, 422] as const;
const METHODS = [10, 11, 12, 20, 21, 30] as const;

/** Park–Miller: the same history on every seed. */
function sequence(seed: number) {
  let state = seed;
  const next = () => (state = (state * 48271) % 2147483647) / 2147483647;
  return { next, pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] ?? (list[0] as T) };
}

function history(): DemoTransaction[] {
  const { next, pick } = sequence(20240101);
  const customers = [ALICE, ALICE, ALICE, 12, BOB, ...Array.from({ length: 33 }, (_, i) => 14 + i), null];
  const start = Date.UTC(2024, 0, 2);
  const menu = demoProducts[14] ?? [];
  return Array.from({ length: 160 }, (_, index) => {
    const at = new Date(start + index * 3 * 86_400_000 + Math.floor(next() * 11 + 1) * 3_600_000);
    const items = Array.from({ length: 1 + Math.floor(next() * 3) }, () => ({
      name: pick(menu.slice(0, 11)).name,
      quantity: 1 + Math.floor(next() * 3),
    }));
    const voucher = next() < 0.15 ? [{ methodId: 43, value: 10000, eligibleForMembership: false }] : [];
    return {
      id: 1000 + index,
      merchantId: 14,
      storeId: pick(STORES_14),
      userId: pick(customers),
      invoiceNumber: `POS-${at.toISOString().slice(0, 10).replaceAll("-", "")}-${String(index).padStart(4, "0")}`,
      created: `${at.toISOString().slice(0, 19)}+07:00`,
      items,
      tax: 0,
      numberOfPeople: 1 + Math.floor(next() * 4),
      channel: pick([1, 2, 2, 2, 5, 6, 8, 9]),
      type: pick([1, 2, 2, 3, 5]),
      payments: [{ methodId: pick(METHODS) }, ...voucher],
      canceled: index % 17 === 5,
    };
  });
}

export const demoTransactions: DemoTransaction[] = [...documented, ...walkIn, ...history()];
