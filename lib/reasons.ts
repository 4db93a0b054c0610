// Why staff change something in Stamps: the common reasons of each action, offered as choices beside free text.

export type TReasonAction =
  | "member.register"
  | "member.update"
  | "transaction.add"
  | "transaction.complete"
  | "transaction.modify"
  | "transaction.cancel"
  | "redemption.redeem"
  | "redemption.cancel"
  | "voucher.issue"
  | "campaign.start"
  | "campaign.cancel"
  | "staff.change"
  | "merchant.remove";

type ReasonSpec = {
  /** Registration and profile edits are routine: a reason is welcome, not demanded. */
  optional?: boolean;
  choices: readonly string[];
  example: string;
};

export const REASONS: Record<TReasonAction, ReasonSpec> = {
  "member.register": {
    optional: true,
    choices: ["Walk-in customer signed up at the counter", "Customer could not register in the app"],
    example: "e.g. Signed up at the Plaza Senayan counter",
  },
  "member.update": {
    optional: true,
    choices: ["Customer asked to correct their details", "Customer changed phone number", "Typo at registration"],
    example: "e.g. Customer called to correct their birthday",
  },
  "transaction.add": {
    choices: ["POS was offline", "POS did not send the sale", "Sale made without the member's card"],
    example: "e.g. POS was offline during the evening shift; receipt photo in ticket #1234",
  },
  "transaction.complete": {
    choices: ["Items missing from the POS record", "Items sent by the store from the receipt"],
    example: "e.g. Store manager sent the receipt items; ticket #1234",
  },
  "transaction.modify": {
    choices: ["Part of the order was returned", "Item refunded at the counter", "Wrong amount entered at the till"],
    example: "e.g. One latte refunded at the counter; ticket #1234",
  },
  "transaction.cancel": {
    choices: ["Customer returned the order", "Sale recorded twice", "Sale recorded for the wrong member"],
    example: "e.g. Customer returned the order; ticket #1234",
  },
  "redemption.redeem": {
    choices: ["POS failed at the till", "Member's app failed at the till", "Goodwill for a complaint"],
    example: "e.g. Member's app crashed at the till; ticket #1234",
  },
  "redemption.cancel": {
    choices: ["Redeemed twice by mistake", "Wrong reward or voucher redeemed", "Member did not receive the reward"],
    example: "e.g. POS redeemed the voucher twice; ticket #1234",
  },
  "voucher.issue": {
    choices: ["Compensation for a complaint", "Voucher promised by a campaign", "Replacement for a lost voucher"],
    example: "e.g. Compensation for a late delivery; ticket #1234",
  },
  "campaign.start": {
    choices: ["Scheduled campaign", "Approved by marketing lead"],
    example: "e.g. December loyalty push, approved in the weekly meeting",
  },
  "campaign.cancel": {
    choices: ["Wrong file or template", "Campaign called off", "Issuing at the wrong time"],
    example: "e.g. Uploaded last month's file by mistake",
  },
  "staff.change": {
    choices: ["Left the company", "Lost their phone or authenticator", "Role changed", "Asked by their manager"],
    example: "e.g. Left the company on Friday; HR ticket #1234",
  },
  "merchant.remove": {
    choices: ["Merchant left Stamps", "Added by mistake", "Duplicate of another merchant"],
    example: "e.g. Contract ended on 30 November",
  },
};
