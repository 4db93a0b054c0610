// What the Stamps API documents (shared/stamps-api/*.txt) show in answer to each of their example
// requests: the status and the response fields, keyed by the request's document and line. The requests
// themselves are data read from the documents (testing/stamps-api/examples.json, checked against the
// documents by testing/stamps-api/examples.test.ts); doc-examples.test.ts sends each one, as printed,
// to a freshly seeded emulator. Quirks stay as written (gender "Female", user 123, merchant=123);
// eight bodies are not valid JSON as printed, and their repairs are kept here.

/** A JSON type name; "number|null" accepts either. */
export type JsonType = "string" | "number" | "boolean" | "null" | "object" | "array";
export type TypeSpec = JsonType | `${JsonType}|${JsonType}`;
/** Field names as documented; a name ending in "?" may be absent (the docs say "if …"). */
export type Shape = { readonly [field: string]: FieldSpec };
/** A type, a nested object, or `[element]` for an array whose every element matches. */
export type FieldSpec = TypeSpec | Shape | readonly [FieldSpec];

export type DocExpectation = {
  /** document and line of the example request (its `$ curl` line, or the line introducing its JSON) */
  source: string;
  title: string;
  /** for bodies that are not JSON as printed: the same text with only the typos fixed */
  repairedBody?: string;
  repair?: string;
  status: number;
  response: Shape;
  /** arrays the example shows with entries, which must not come back empty */
  nonEmpty?: readonly string[];
};

// Response shapes, from the documented example responses. A field is nullable ("…|null") only
// where the docs say "if any"/"if known", show null for it in another example, or the request
// field it echoes is optional.

const memberStatus: Shape = {
  id: "number",
  stamps: "number",
  membership_status: "string",
  phone: "string|null",
  birthday: "string|null",
  address: "string|null",
  name: "string",
  gender: "number",
  member_ids: ["string"],
  balance: "number",
};

const memberSuggestions: Shape = {
  suggestions: [
    {
      membership: "string",
      email: "string|null",
      stamps: "number",
      id: "number",
      name: "string",
      phone: "string|null",
      address: "string|null",
      gender: "number|null",
      member_ids: ["string"],
    },
  ],
};

const registration: Shape = {
  customer: {
    id: "number",
    name: "string",
    email: "string",
    identifier: "string",
    member_id: "string",
    phone: "string",
    birthday: "string",
    gender: "string",
  },
};

const changeMember: Shape = {
  customer: {
    id: "number",
    name: "string",
    email: "string",
    member_id: "string",
    phone: "string",
    birthday: "string",
    gender: "string",
  },
};

const rewards: Shape = {
  rewards: [{ stamps_to_redeem: "number", image_url: "string", id: "number", redeemable: "boolean", name: "string" }],
};

const transactionSummary: Shape = {
  stamps_earned: "number",
  id: "number",
  value: "number",
  number_of_people: "number",
  discount: "number|null",
};

const transactionAdded: Shape = {
  customer: {
    status: "string",
    balance: "number",
    mobile_phone: "string|null",
    id: "number",
    stamps_remaining: "number",
  },
  transaction: transactionSummary,
};

/** The membership object of transactions/add-with-redemptions and transactions/cancel. */
const membershipWithStatusText: Shape = {
  tags: "array",
  status: "number",
  status_text: "string",
  stamps: "number",
  balance: "number",
  is_blocked: "boolean",
  referral_code: "string",
  start_date: "string",
  created: "string",
};

const voucherTemplate: Shape = {
  id: "number",
  name: "string",
  type: "number",
  short_description: "string",
  picture_url: "string",
  landscape_picture_url: "string",
  merchant_id: "number",
  merchant_code: "string",
  extra_data: "object|null",
};

const issuedVoucher: Shape = {
  id: "number",
  code: "string",
  is_active: "boolean",
  quantity: "number",
  value: "number",
  notes: "string",
  start_date: "string",
  end_date: "string",
  constraint: { channels: ["number"] },
  template: voucherTemplate,
};

const transactionWithRedemptions: Shape = {
  membership: membershipWithStatusText,
  transaction: transactionSummary,
};

/** The JSON example sends issue_voucher; the cURL example does not. */
const transactionWithRedemptionsAndVoucher: Shape = {
  ...transactionWithRedemptions,
  issued_voucher: issuedVoucher,
};

const transactionCanceled: Shape = {
  transaction: { stamps_earned: "number", id: "number", value: "number", status: "string" },
  membership: membershipWithStatusText,
};

const transactionModified: Shape = {
  transaction: { id: "number", value: "number", stamps_earned: "number", number_of_people: "number" },
  customer: {
    id: "number",
    mobile_phone: "string|null",
    stamps_remaining: "number",
    status: "string",
    balance: "number",
  },
};

const transactionDetail: Shape = {
  transaction: {
    created: "number",
    discount: "number|null",
    items: [{ id: "number", name: "string", quantity: "number" }],
    notes: "string",
    service_charge: "number|null",
    stamps: "number",
    status: "string",
    store: { display_name: "string", id: "number", name: "string" },
    subtotal: "number|null",
    tax: "number|null",
    type: "number|null",
    value: "number",
    payments: [{ id: "number", value: "number", eligible_for_stamps: "number", payment_method_code: "string" }],
  },
};

const earningsPreview: Shape = { stamps: "number" };

const userTransactions: Shape = {
  transactions: [
    {
      id: "number",
      value: "number",
      stamps_earned: "number",
      number_of_people: "number|null",
      discount: "number|null",
      subtotal: "number|null",
      invoice_number: "string",
      created: "number",
      merchant: "string",
      merchant_id: "number",
      status: "number",
      meta: { channel: "number|null", channel_text: "string|null" },
      store: { name: "string", display_name: "string" },
    },
  ],
  has_next: "boolean",
};

/** The membership object of the redemption responses. */
const redemptionMembership: Shape = {
  tags: "array",
  status: "number",
  stamps: "number",
  balance: "number",
  referral_code: "string",
  start_date: "string",
  created: "string",
};

const rewardJson: Shape = {
  id: "number",
  name: "string",
  stamps_to_redeem: "number",
  extra_data: "object",
  code: "string",
  type: "string",
};

const rewardVoucher: Shape = {
  id: "number",
  name: "string",
  code: "string",
  is_active: "boolean",
  start_date: "string",
  end_date: "string",
  value: "number|null",
  picture_url: "string",
  short_description: "string",
  description: "string",
  instructions: "string",
  terms_and_conditions: "string",
};

const rewardRedeemed: Shape = {
  redemption: { id: "number", reward: "string", stamps_used: "number", extra_data: "object" },
  membership: redemptionMembership,
  reward: rewardJson,
  // "Voucher information is returned if the reward type is voucher"
  "voucher?": rewardVoucher,
};

/** The request sends no extra_data, so the redemption may echo null. */
const rewardRedeemedWithoutExtraData: Shape = {
  ...rewardRedeemed,
  redemption: { id: "number", reward: "string", stamps_used: "number", extra_data: "object|null" },
};

const voucherRedeemed: Shape = {
  redemption: { id: "number", reward: "string", stamps_used: "number", extra_data: "object" },
  membership: redemptionMembership,
  voucher: { id: "number", name: "string", code: "string", type: "string" },
};

const voucherRedeemedWithoutExtraData: Shape = {
  ...voucherRedeemed,
  redemption: { id: "number", reward: "string", stamps_used: "number", extra_data: "object|null" },
};

const redeemedByVoucherCode: Shape = {
  redemption: { id: "number", status: "string" },
  customer: { id: "number", status: "string", stamps_remaining: "number" },
};

const promoCodeRedeemed: Shape = {
  redemption: { id: "number", reward: "string", stamps_used: "number", extra_data: "object|null" },
  // The docs show the user's id as a string ("123") and gender as "male".
  user: {
    id: "string",
    name: "string",
    gender: "string",
    address: "string|null",
    is_active: "boolean",
    email: "string|null",
    phone: "string|null",
    picture_url: "string|null",
    birthday: "string|null",
  },
  membership: {
    tags: "array",
    level: "number",
    stamps: "number",
    balance: "number",
    referral_code: "string",
    start_date: "string",
    created: "string",
  },
};

const redemptionCanceled: Shape = {
  redemption: { id: "number", status: "string" },
  customer: { status: "string", id: "number", stamps_remaining: "number" },
};

const redemptionAuthorized: Shape = { status: "string" };

const multipleRewardsRedeemed: Shape = {
  // The docs' redemption has "reward" twice, a name and then an object; JSON.parse keeps the last.
  redemption: {
    id: "number",
    stamps_used: "number",
    extra_data: "object|null",
    reward: rewardJson,
    "voucher?": Object.fromEntries(Object.entries(rewardVoucher).filter(([field]) => field !== "value")),
  },
  membership: {
    level: "number",
    level_text: "string",
    status: "string",
    stamps: "number",
    balance: "number",
    is_blocked: "boolean",
    referral_code: "string",
    start_date: "string",
    created: "string",
  },
};

const voucherIssued: Shape = {
  voucher: {
    id: "number",
    start_date: "string",
    end_date: "string",
    quantity: "number",
    notes: "string",
    value: "number",
  },
  customer: { id: "number", email: "string" },
};

const voucherValidation: Shape = {
  is_redeemable: "boolean",
  user: { email: "string", name: "string", phone: "string" },
  voucher: {
    extra_data: "object",
    id: "number",
    name: "string",
    value: "number",
    start_date: "string",
    end_date: "string",
    validity: "string",
  },
};

const vouchersByMerchantGroup: Shape = { vouchers: [issuedVoucher] };

const voucherCount: Shape = { count: "number" };

const voucherDetails: Shape = {
  id: "number",
  code: "string",
  is_active: "boolean",
  quantity: "number",
  notes: "string",
  value: "number",
  terms_and_conditions: "string",
  start_date: "string",
  end_date: "string",
  constraint: { channels: ["number"] },
  template: {
    ...voucherTemplate,
    description: "string",
    instructions: "string",
    terms_and_conditions: "string",
  },
};

export const docExpectations: readonly DocExpectation[] = [
  {
    source: "membership.txt:33",
    title: "member status (cURL example)",
    status: 200,
    response: memberStatus,
  },
  {
    source: "membership.txt:201",
    title: "member suggestions (cURL example)",
    status: 200,
    response: memberSuggestions,
    nonEmpty: ["suggestions"],
  },
  {
    source: "membership.txt:353",
    title: "registration (cURL example)",
    status: 200,
    response: registration,
  },
  {
    source: "membership.txt:491",
    title: "change member info (cURL example)",
    status: 200,
    response: changeMember,
  },
  {
    source: "reward.txt:18",
    title: "rewards (cURL example)",
    status: 200,
    response: rewards,
    nonEmpty: ["rewards"],
  },
  {
    source: "transaction.txt:126",
    title: "add a transaction (JSON example)",
    repairedBody: `{
   "user": "customer@stamps.co.id",
   "stamps": 10,
   "store": 32,
   "invoice_number": "my_invoice_number",
   "sub_total": 45000,
   "total_value": 50000,
   "number_of_people": 8,
   "tax": 5000,
   "channel": 1,
   "require_email_notification": false,
   "employee_code": "employee_code",
   "type": 2,
   "created": "2013-02-15T13:01:01+07",
   "extra_data": {
      "employee_name": "Stamps Employee",
      "order_number": "order_number"
   },
   "items": [
      {
         "product_name": "Cappucino",
         "quantity": 2,
         "subtotal": 10000,
         "stamps_subtotal": 4
      },
      {
         "product_name": "Iced Tea",
         "quantity": 4,
         "subtotal": 5000,
         "stamps_subtotal": 4,
         "eligible_for_stamps": false
      }
   ],
   "payments": [
      {
        "value": 30000,
        "payment_method": 10
      },
      {
        "value": 20000,
        "payment_method": 43,
        "eligible_for_membership": false
      }
   ]
}`,
    repair: "comma after extra_data",
    status: 200,
    response: transactionAdded,
  },
  {
    source: "transaction.txt:176",
    title: "add a transaction (cURL example)",
    repairedBody: `{ "created": "2017-03-30T07:01:01+07", "user": "customer@stamps.co.id", "store": 422, "number_of_people": 8, "tax":5000, "channel":1, "type":2, "invoice_number": "invoice_1", "total_value": 50000, "items": [{"product_name": "Cappucino", "quantity": 2, "subtotal": 10000}, {"product_name": "Iced Tea", "quantity": 4, "subtotal": 5000}], "payments": [{"value": 30000, "payment_method": 10}, {"value": 20000, "payment_method": 43, "eligible_for_membership": false}]}`,
    repair: "the object closed before payments: brace moved to the end",
    status: 200,
    response: transactionAdded,
  },
  {
    source: "transaction.txt:435",
    title: "add a transaction with redemptions (JSON example)",
    repairedBody: `{
   "user": "customer@stamps.co.id",
   "stamps": 10,
   "store": 32,
   "invoice_number": "my_invoice_number",
   "sub_total": 45000,
   "total_value": 50000,
   "number_of_people": 8,
   "tax": 5000,
   "channel": 1,
   "require_email_notification": false,
   "employee_code": "employee_code",
   "type": 2,
   "created": "2013-02-15T13:01:01+07",
   "extra_data": {
      "employee_name": "Stamps Employee",
      "order_number": "order_number"
   },
   "items": [
      {
         "product_name": "Cappucino",
         "quantity": 2,
         "subtotal": 10000,
         "stamps_subtotal": 4
      },
      {
         "product_name": "Iced Tea",
         "quantity": 4,
         "subtotal": 5000,
         "stamps_subtotal": 4,
         "eligible_for_stamps": false
      }
   ],
   "payments": [
      {
        "value": 30000,
        "payment_method": 10
      },
      {
        "value": 20000,
        "payment_method": 43,
        "eligible_for_membership": false
      }
   ],
   "reward_redemptions": [
      {
        "request_id": "request-id-1",
        "reward": 1
      },
      {
        "request_id": "request-id-1",
        "reward": "REWARDCODE"
      },
      {
        "request_id": "request-id-1",
        "reward": 1,
        "stamps": 10
      },
      {
        "request_id": "request-id-1",
        "reward": "REWARDCODE",
        "stamps": 10
      }
   ],
   "voucher_redemptions": [
      {
        "request_id": "request-id-1",
        "voucher_code": "VOUCHERCODE"
      }
   ],
   "issue_voucher": {
      "template_id": 1,
      "value": 100000
   }
}`,
    repair:
      "commas after extra_data, between the last two reward_redemptions and after template_id; trailing commas after stamps",
    status: 200,
    response: transactionWithRedemptionsAndVoucher,
  },
  {
    source: "transaction.txt:515",
    title: "add a transaction with redemptions (cURL example)",
    repairedBody: `{ "created": "2017-03-30T07:01:01+07", "user": "customer@stamps.co.id", "store": 422, "number_of_people": 8, "tax":5000, "channel":1, "type":2, "invoice_number": "invoice_1", "total_value": 50000, "items": [{"product_name": "Cappucino", "quantity": 2, "subtotal": 10000}, {"product_name": "Iced Tea", "quantity": 4, "subtotal": 5000}], "payments": [{"value": 30000, "payment_method": 10}, {"value": 20000, "payment_method": 43, "eligible_for_membership": false}], "reward_redemptions": [ { "request_id": "request-id-1", "reward": 1 }, { "request_id": "request-id-1", "reward": "REWARDCODE" }, { "request_id": "request-id-1", "reward": 1, "stamps": 10 }, { "request_id": "request-id-1", "reward": "REWARDCODE", "stamps": 10 } ], "voucher_redemptions": [ { "request_id": "request-id-1", "voucher_code": "VOUCHERCODE" } ]}`,
    repair:
      "the object closed before payments: brace moved to the end; comma between the last two reward_redemptions; trailing commas after stamps",
    status: 200,
    response: transactionWithRedemptions,
  },
  {
    source: "transaction.txt:684",
    title: "cancel a transaction (JSON example)",
    status: 200,
    response: transactionCanceled,
  },
  {
    source: "transaction.txt:693",
    title: "cancel a transaction (cURL example)",
    status: 200,
    response: transactionCanceled,
  },
  {
    source: "transaction.txt:839",
    title: "modify a transaction (JSON example)",
    status: 200,
    response: transactionModified,
  },
  {
    source: "transaction.txt:855",
    title: "modify a transaction (cURL example)",
    repairedBody: `{ "id": 1, "total_value": -4000,"subtotal": -3000,"items": [{"product_name": "AQUA","quantity": -1}]}`,
    repair: "closing brace",
    status: 200,
    response: transactionModified,
  },
  {
    source: "transaction.txt:974",
    title: "transaction detail (cURL example)",
    status: 200,
    response: transactionDetail,
  },
  {
    source: "transaction.txt:1118",
    title: "preview transaction earnings (cURL example)",
    repairedBody: `{ "user": "customer@stamps.co.id", "store": 422, "tax":5000, "channel":1, "type":2, "total_value": 50000, "items": [{"product_name": "Cappucino", "quantity": 2, "subtotal": 10000}, {"product_name": "Iced Tea", "quantity": 4, "subtotal": 5000}], "payments": [{"value": 30000, "payment_method": 10}, {"value": 20000, "payment_method": 43, "eligible_for_membership": false}]}`,
    repair: "the object closed before payments: brace moved to the end",
    status: 200,
    response: earningsPreview,
  },
  {
    source: "transaction.txt:1199",
    title: "list user transactions (cURL example)",
    status: 200,
    response: userTransactions,
  },
  {
    source: "transaction.txt:1314",
    title: "add or update a transaction (JSON example)",
    status: 200,
    response: transactionAdded,
  },
  {
    source: "transaction.txt:1338",
    title: "add or update a transaction (cURL example)",
    status: 200,
    response: transactionAdded,
  },
  {
    source: "redemption.txt:72",
    title: "reward redemption (JSON example)",
    status: 200,
    response: rewardRedeemed,
  },
  {
    source: "redemption.txt:88",
    title: "reward redemption (cURL example)",
    status: 200,
    response: rewardRedeemedWithoutExtraData,
  },
  {
    source: "redemption.txt:262",
    title: "voucher redemption (JSON example)",
    status: 200,
    response: voucherRedeemedWithoutExtraData,
  },
  {
    source: "redemption.txt:273",
    title: "voucher redemption (cURL example)",
    status: 200,
    response: voucherRedeemed,
  },
  {
    source: "redemption.txt:433",
    title: "deduct voucher value (JSON example)",
    status: 200,
    response: voucherRedeemedWithoutExtraData,
  },
  {
    source: "redemption.txt:445",
    title: "deduct voucher value (cURL example)",
    status: 200,
    response: voucherRedeemed,
  },
  {
    source: "redemption.txt:547",
    title: "redemption by voucher code (JSON example)",
    status: 200,
    response: redeemedByVoucherCode,
  },
  {
    source: "redemption.txt:558",
    title: "redemption by voucher code (cURL example)",
    status: 200,
    response: redeemedByVoucherCode,
  },
  {
    source: "redemption.txt:684",
    title: "promo code redemption (JSON example)",
    status: 200,
    response: promoCodeRedeemed,
  },
  {
    source: "redemption.txt:695",
    title: "promo code redemption (cURL example)",
    status: 200,
    response: promoCodeRedeemed,
  },
  {
    source: "redemption.txt:820",
    title: "cancel a redemption (JSON example)",
    status: 200,
    response: redemptionCanceled,
  },
  {
    source: "redemption.txt:828",
    title: "cancel a redemption (cURL example)",
    status: 200,
    response: redemptionCanceled,
  },
  {
    source: "redemption.txt:951",
    title: "authorize a redemption (cURL example)",
    status: 200,
    response: redemptionAuthorized,
  },
  {
    source: "redemption.txt:1039",
    title: "multiple reward redemption (JSON example)",
    repairedBody: `{
"user": "customer@stamps.co.id",
"store": 32,
"rewards": [
    {
        "code": 1,
        "qty": 1,
        "stamps": 1
    },
    {
        "code": 1,
        "qty": 1
    },
    {
        "code": 1,
        "qty": 1
    }
],
"invoice_number": "POS-1020123"
}`,
    repair: "trailing commas",
    status: 200,
    response: multipleRewardsRedeemed,
  },
  {
    source: "redemption.txt:1064",
    title: "multiple reward redemption (cURL example)",
    repairedBody: `{ "user": "customer@stamps.co.id", "store": 32, "rewards": [{ "code": 1, "qty": 1, "stamps": 1 }, { "code": 1, "qty": 1 }, { "code": 1, "qty": 1 }], "invoice_number": "POS-1020123" }`,
    repair: "opening quote of qty",
    status: 200,
    response: multipleRewardsRedeemed,
  },
  {
    source: "voucher.txt:66",
    title: "issue a voucher (JSON example)",
    status: 200,
    response: voucherIssued,
  },
  {
    source: "voucher.txt:79",
    title: "issue a voucher (cURL example)",
    status: 200,
    response: voucherIssued,
  },
  {
    source: "voucher.txt:173",
    title: "validate a voucher (cURL example)",
    status: 200,
    response: voucherValidation,
  },
  {
    source: "voucher.txt:282",
    title: "vouchers by merchant group (cURL example)",
    status: 200,
    response: vouchersByMerchantGroup,
    nonEmpty: ["vouchers"],
  },
  {
    source: "voucher.txt:382",
    title: "voucher count by merchant group (cURL example)",
    status: 200,
    response: voucherCount,
  },
  {
    source: "voucher.txt:451",
    title: "voucher details (cURL example)",
    status: 200,
    response: voucherDetails,
  },
];
