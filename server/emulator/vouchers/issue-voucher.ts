import { fieldInvalid, ruleViolation } from "../http/errors";
import { FIELD_REQUIRED } from "../http/validation";
import { sqliteTimestamp } from "../loyalty/business-date";
import { addDays } from "./dates";
import { insertWithUniqueCode } from "./voucher-code";
import type { TemplateRow, VoucherStore } from "./voucher-store";

export const PREGENERATED_TEMPLATE = 7;
/** validity of a dynamic-validity template without validity_days */
const DEFAULT_VALIDITY_DAYS = 30;

export type VoucherSource = "api" | "transaction" | "reward" | "promo_code" | "replacement";

export type IssueVoucherInput = {
  template: TemplateRow;
  membershipId: number;
  startDate: string;
  quantity: number;
  /** the issuer's value; required by dynamic-value templates, ignored by fixed ones */
  value?: number | undefined;
  notes?: string | undefined;
  source: VoucherSource;
  transactionId?: number | null;
  now: Date;
  /** replacements keep the replaced voucher's end date and value, and do not count against the limit */
  replacing?: { endDate: string; value: number | null };
  /** request field names for error bodies */
  fields?: { template: string; value: string };
};

/**
 * Issues one voucher (with `quantity` uses) from a template to a member. Runs inside the caller's
 * transaction. A pregenerated template hands out its next unclaimed code instead of a new one.
 */
export function issueVoucher(store: VoucherStore, input: IssueVoucherInput): number {
  const { template, fields = { template: "voucher_template", value: "value" } } = input;
  if (!template.isActive && !input.replacing) {
    throw ruleViolation(fields.template, "Voucher template is inactive", "voucher_template_inactive");
  }

  if (template.type === PREGENERATED_TEMPLATE && !input.replacing) {
    const unclaimed = store.unclaimedPregenerated(template.id);
    if (unclaimed === undefined) {
      throw ruleViolation(
        fields.template,
        "No unclaimed codes are left for this voucher template",
        "voucher_quota_exceeded",
      );
    }
    store.claim(unclaimed, input.membershipId, input.notes ?? null);
    return unclaimed;
  }

  const value = input.replacing ? input.replacing.value : voucherValue(template, input.value, fields.value);
  const startDate = input.startDate;
  const endDate = input.replacing?.endDate ?? validityEnd(template, startDate);
  if (endDate < startDate) {
    throw fieldInvalid("start_date", `Start date is after the voucher template's end date (${endDate}).`);
  }
  if (!input.replacing && !store.reserveIssuance(template.id, input.quantity)) {
    throw ruleViolation(fields.template, "Voucher template has reached its issuance limit", "voucher_quota_exceeded");
  }

  return insertWithUniqueCode((code) =>
    store.insert({
      merchantId: template.merchantId,
      templateId: template.id,
      membershipId: input.membershipId,
      code,
      value,
      quantity: input.quantity,
      notes: input.notes ?? "",
      startDate,
      endDate,
      source: input.source,
      issuedByTransactionId: input.transactionId ?? null,
      createdAt: sqliteTimestamp(input.now),
    }),
  );
}

function voucherValue(template: TemplateRow, value: number | undefined, field: string): number | null {
  if (template.valueType !== "dynamic") return template.value;
  if (value === undefined) throw fieldInvalid(field, FIELD_REQUIRED);
  if (value <= 0) throw fieldInvalid(field, "Ensure this value is greater than 0.");
  return value;
}

/** The first day a new voucher may be used: today, or a fixed-validity template's later start. */
export function validityStart(template: TemplateRow, today: string): string {
  return template.validityType === "fixed" && template.startDate && template.startDate > today
    ? template.startDate
    : today;
}

function validityEnd(template: TemplateRow, startDate: string): string {
  if (template.validityType === "fixed" && template.endDate) return template.endDate;
  return addDays(startDate, template.validityDays ?? DEFAULT_VALIDITY_DAYS);
}
