import type { Database } from "better-sqlite3";

// Prepared statements over vouchers and their templates. Every redemption and issue runs these
// inside one synchronous IMMEDIATE transaction, so a read-check-write cannot interleave.

export type TemplateRow = {
  id: number;
  merchantId: number;
  merchantCode: string;
  name: string;
  type: number;
  valueType: "fixed" | "dynamic";
  value: number | null;
  validityType: "fixed" | "dynamic";
  startDate: string | null;
  endDate: string | null;
  validityDays: number | null;
  defaultQuantity: number;
  /** JSON array of channel codes */
  channels: string;
  minTransactionValue: number | null;
  shortDescription: string;
  description: string;
  instructions: string;
  termsAndConditions: string;
  pictureUrl: string | null;
  landscapePictureUrl: string | null;
  /** JSON or null */
  extraData: string | null;
  isActive: number;
};

export type VoucherRow = {
  id: number;
  merchantId: number;
  templateId: number;
  membershipId: number | null;
  code: string;
  value: number | null;
  remainingValue: number | null;
  quantity: number;
  notes: string;
  startDate: string;
  endDate: string;
  status: "active" | "used" | "canceled";
  template: TemplateRow;
};

export type NewVoucher = {
  merchantId: number;
  templateId: number;
  membershipId: number | null;
  code: string;
  value: number | null;
  quantity: number;
  notes: string;
  startDate: string;
  endDate: string;
  source: string;
  issuedByTransactionId: number | null;
  createdAt: string;
};

const TEMPLATE_COLUMNS = `t.id, t.merchant_id AS merchantId, m.code AS merchantCode, t.name, t.type,
  t.value_type AS valueType, t.value, t.validity_type AS validityType, t.start_date AS startDate,
  t.end_date AS endDate, t.validity_days AS validityDays, t.default_quantity AS defaultQuantity, t.channels,
  t.min_transaction_value AS minTransactionValue, t.short_description AS shortDescription, t.description,
  t.instructions, t.terms_and_conditions AS termsAndConditions, t.picture_url AS pictureUrl,
  t.landscape_picture_url AS landscapePictureUrl, t.extra_data AS extraData, t.is_active AS isActive`;

const VOUCHER_COLUMNS = `v.id, v.merchant_id AS merchantId, v.template_id AS templateId, v.membership_id AS membershipId,
  v.code, v.value, v.remaining_value AS remainingValue, v.quantity, v.notes, v.start_date AS startDate,
  v.end_date AS endDate, v.status`;

const VOUCHER_SELECT = `SELECT ${VOUCHER_COLUMNS} FROM vouchers v`;

type VoucherOnlyRow = Omit<VoucherRow, "template">;

export type VoucherStore = ReturnType<typeof createVoucherStore>;

export function createVoucherStore(sqlite: Database) {
  const templateById = sqlite.prepare<[number, number], TemplateRow>(
    `SELECT ${TEMPLATE_COLUMNS} FROM voucher_templates t JOIN merchants m ON m.id = t.merchant_id
     WHERE t.merchant_id = ? AND t.id = ?`,
  );
  const templateStores = sqlite
    .prepare<[number], number>("SELECT store_id FROM voucher_template_stores WHERE template_id = ?")
    .pluck();
  const voucherById = sqlite.prepare<[number, number], VoucherOnlyRow>(
    `${VOUCHER_SELECT} WHERE v.merchant_id = ? AND v.id = ?`,
  );
  const voucherByCode = sqlite.prepare<[number, string], VoucherOnlyRow>(
    `${VOUCHER_SELECT} WHERE v.merchant_id = ? AND v.code = ?`,
  );
  const withTemplate = (row: VoucherOnlyRow | undefined): VoucherRow | undefined => {
    const template = row && templateById.get(row.merchantId, row.templateId);
    return row && template && { ...row, template };
  };
  const reserveIssuance = sqlite.prepare<{ id: number; quantity: number }>(
    `UPDATE voucher_templates SET issued_count = issued_count + @quantity
     WHERE id = @id AND (max_issuance IS NULL OR issued_count + @quantity <= max_issuance)`,
  );
  const unclaimedPregenerated = sqlite
    .prepare<[number], number>(
      `SELECT id FROM vouchers WHERE template_id = ? AND membership_id IS NULL AND status = 'active'
       ORDER BY id LIMIT 1`,
    )
    .pluck();
  const insertVoucher = sqlite.prepare<NewVoucher>(
    `INSERT INTO vouchers (merchant_id, template_id, membership_id, code, value, remaining_value, quantity, notes,
       start_date, end_date, status, source, issued_by_transaction_id, created_at)
     VALUES (@merchantId, @templateId, @membershipId, @code, @value, @value, @quantity, @notes,
       @startDate, @endDate, 'active', @source, @issuedByTransactionId, @createdAt)`,
  );
  const claimVoucher = sqlite.prepare<{ id: number; membershipId: number; notes: string | null }>(
    "UPDATE vouchers SET membership_id = @membershipId, notes = coalesce(@notes, notes) WHERE id = @id",
  );
  const updateUse = sqlite.prepare<{
    id: number;
    quantity: number;
    remainingValue: number | null;
    status: VoucherRow["status"];
  }>("UPDATE vouchers SET quantity = @quantity, remaining_value = @remainingValue, status = @status WHERE id = @id");

  return {
    template: (merchantId: number, templateId: number) => templateById.get(merchantId, templateId),
    templateStores: (templateId: number) => templateStores.all(templateId),
    byId: (merchantId: number, id: number) => withTemplate(voucherById.get(merchantId, id)),
    byCode: (merchantId: number, code: string) => withTemplate(voucherByCode.get(merchantId, code)),
    /** false when the template's issuance limit would be passed */
    reserveIssuance: (templateId: number, quantity: number) =>
      reserveIssuance.run({ id: templateId, quantity }).changes === 1,
    unclaimedPregenerated: (templateId: number) => unclaimedPregenerated.get(templateId),
    insert: (voucher: NewVoucher) => Number(insertVoucher.run(voucher).lastInsertRowid),
    claim: (id: number, membershipId: number, notes: string | null) => claimVoucher.run({ id, membershipId, notes }),
    updateUse: (update: Parameters<typeof updateUse.run>[0]) => updateUse.run(update),
  };
}
