import { z } from "@/lib/zod";

/** The fields a campaign file's columns can be mapped to, in the order the mapping screen lists them. */
export const CAMPAIGN_FILE_FIELDS = ["identifier", "quantity", "value", "notes", "startDate"] as const;
export type TCampaignFileField = (typeof CAMPAIGN_FILE_FIELDS)[number];

export const CAMPAIGN_FILE_FIELD_LABELS: Record<TCampaignFileField, string> = {
  identifier: "Member (email, phone, card number or member ID)",
  quantity: "Quantity",
  value: "Value",
  notes: "Notes",
  startDate: "Start date",
};

const ZColumn = z.number().int().min(0, "Choose a column");
const ZOptionalColumn = ZColumn.nullable().default(null);

/** Which column (0-based index in the header row) holds each field; only the member identifier is required. */
export const ZColumnMapping = z
  .object({
    identifier: ZColumn,
    quantity: ZOptionalColumn,
    value: ZOptionalColumn,
    notes: ZOptionalColumn,
    startDate: ZOptionalColumn,
  })
  .refine(
    (mapping) => {
      const used = CAMPAIGN_FILE_FIELDS.map((field) => mapping[field]).filter((column) => column !== null);
      return new Set(used).size === used.length;
    },
    { message: "Each column can hold only one field" },
  );
export type TColumnMapping = z.output<typeof ZColumnMapping>;
export type TColumnMappingInput = z.input<typeof ZColumnMapping>;
