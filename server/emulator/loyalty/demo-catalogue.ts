// Demo catalogue: the payment methods and products the transaction documents' examples name
// (payment methods 10 and 43; Cappucino, Iced Tea, AQUA, Cafe Latte, Fried Rice), and a few more
// so the seeded history looks like a café's.

/** Global, as in Stamps: requests send the id, transaction details show the code. */
export const demoPaymentMethods = [
  { id: 10, code: "CASH", name: "Cash" },
  { id: 11, code: "DEBIT", name: "Debit Card" },
  { id: 12, code: "CREDIT", name: "Credit Card" },
  { id: 20, code: "GOPAY", name: "GoPay" },
  { id: 21, code: "OVO", name: "OVO" },
  { id: 30, code: "QRIS", name: "QRIS" },
  // Typically excluded from level spend, as the docs' example does with eligible_for_membership.
  { id: 43, code: "VOUCHER", name: "Gift Voucher" },
  // Paid from the member's Stamps balance (see README, loyalty rules).
  { id: 50, code: "BALANCE", name: "Stamps Balance" },
] as const;

export type DemoProduct = { name: string; price: number; stamps?: number };

export const demoProducts: Record<number, DemoProduct[]> = {
  14: [
    // The docs' example sells 2 Cappucino for 10,000 and 4 Iced Tea for 5,000.
    { name: "Cappucino", price: 5000 },
    { name: "Iced Tea", price: 1250 },
    { name: "AQUA", price: 4000 },
    { name: "Cafe Latte", price: 35000 },
    { name: "Fried Rice", price: 45000 },
    { name: "Americano", price: 30000 },
    { name: "Kaya Bun", price: 15000 },
    { name: "Mee Goreng", price: 38000 },
    { name: "Curry Chicken", price: 52000 },
    { name: "Nasi Lemak", price: 42000 },
    { name: "Croissant", price: 25000 },
    // A product that earns fixed stamps whatever its price.
    { name: "Stamps Tumbler", price: 150000, stamps: 5 },
  ],
  15: [
    { name: "Es Kopi Susu", price: 22000 },
    { name: "Kopi Tubruk", price: 15000 },
    { name: "Pisang Goreng", price: 12000 },
  ],
  2: [
    { name: "Sourdough Loaf", price: 45000 },
    { name: "Croissant", price: 25000 },
  ],
  3: [
    { name: "Orange Juice", price: 28000 },
    { name: "Avocado Juice", price: 32000 },
  ],
};
