import fs from "node:fs";
import path from "node:path";
import type { PrismaClient } from "@/server/generated/prisma/client";
import { textToStream } from "./csv/read-csv-stream";

export const CAMPAIGN_FIXTURES = path.join(import.meta.dirname, "..", "..", "..", "e2e", "fixtures", "campaigns");

/** A fixture file as the byte stream an upload would send. */
export function fixtureStream(name: string, chunkSize = 16 * 1024): ReadableStream<Uint8Array> {
  const bytes = fs.readFileSync(path.join(CAMPAIGN_FIXTURES, name));
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(offset, offset + chunkSize));
      offset += chunkSize;
    },
  });
}

/** A draft campaign of the merchant, starting 2026-12-01, FIXED template unless told otherwise. */
export function createDraftCampaign(
  db: PrismaClient,
  merchantId: string,
  overrides: Partial<{
    templateValueType: "FIXED" | "DYNAMIC";
    defaultValue: number | null;
    startDate: string;
    name: string;
  }> = {},
) {
  return db.campaign.create({
    data: {
      merchantId,
      name: overrides.name ?? "December treat",
      stampsTemplateId: 3,
      templateName: "Free coffee",
      templateValueType: overrides.templateValueType ?? "FIXED",
      startDate: overrides.startDate ?? "2026-12-01",
      defaultValue: overrides.defaultValue ?? null,
    },
  });
}

/**
 * A generated campaign file of `rows` members (emails, phones in three forms and card numbers, a few bad rows and
 * duplicates), streamed in 64 KB chunks without building the whole text first.
 */
export function generatedCampaignFile(rows: number): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let next = 1;
  return new ReadableStream({
    pull(controller) {
      if (next === 1) controller.enqueue(encoder.encode("\ufeffEmail;Jumlah;Nilai;Catatan\r\n"));
      let chunk = "";
      while (next <= rows && chunk.length < 64 * 1024) {
        const n = next++;
        const kind = n % 4;
        const identifier =
          n % 997 === 0
            ? "6.28123E+11"
            : n % 1009 === 0
              ? `member${n - 1}@example.com`
              : kind === 0
                ? `member${n}@example.com`
                : kind === 1
                  ? `0812${String(n).padStart(8, "0")}`
                  : kind === 2
                    ? `+62 813-${String(n).padStart(8, "0")}`
                    : `88${String(n).padStart(10, "0")}`;
        chunk += `${identifier};${1 + (n % 3)};${(n % 5) * 5000 + 5000};"Promo ${n}; Desember"\r\n`;
      }
      if (chunk !== "") controller.enqueue(encoder.encode(chunk));
      if (next > rows) controller.close();
    },
  });
}

export { textToStream };
