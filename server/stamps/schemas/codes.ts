/** The code tables at the end of the Stamps documents, for showing codes to people. */

export const STAMPS_CHANNELS: Readonly<Record<number, string>> = {
  1: "Mobile App",
  2: "POS",
  3: "Kiosk",
  4: "Web",
  5: "Android",
  6: "iOS",
  7: "Call Center",
  8: "GrabFood",
  9: "GoFood",
};

export const STAMPS_TRANSACTION_TYPES: Readonly<Record<number, string>> = {
  1: "Delivery",
  2: "Dine-in",
  3: "Take out",
  4: "E-Commerce",
  5: "Pickup",
};

/** Transactions by user report status as a code; details and cancel report the word. */
export const STAMPS_TRANSACTION_STATUSES: Readonly<Record<number, string>> = {
  1: "New",
  2: "Canceled",
  3: "Open",
};

export const STAMPS_VOUCHER_TEMPLATE_TYPES: Readonly<Record<number, string>> = {
  1: "Cross Promotion",
  2: "Regular",
  3: "Promotion",
  4: "Signup",
  5: "Birthday",
  6: "Referral",
  7: "Pregenerated",
  8: "Anniversary",
};
