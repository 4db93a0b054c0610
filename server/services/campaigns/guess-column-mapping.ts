import type { TCampaignFileField, TColumnMapping } from "@/lib/schemas/campaigns";

/** Header names (lower-cased, with only letters and digits kept, single-spaced) as staff write them, in English and Indonesian. */
const NAMES: Record<TCampaignFileField, string[]> = {
  identifier: [
    "email",
    "e mail",
    "email address",
    "alamat email",
    "surel",
    "alamat surel",
    "surat elektronik",
    "phone",
    "phone number",
    "mobile",
    "mobile number",
    "mobile phone",
    "handphone",
    "hp",
    "no hp",
    "nomor hp",
    "no handphone",
    "nomor handphone",
    "no telp",
    "no telepon",
    "nomor telepon",
    "telepon",
    "telp",
    "whatsapp",
    "no wa",
    "nomor wa",
    "member id",
    "id member",
    "member",
    "member no",
    "member number",
    "nomor member",
    "no member",
    "membership id",
    "id anggota",
    "nomor anggota",
    "no anggota",
    "anggota",
    "card",
    "card number",
    "card no",
    "kartu",
    "no kartu",
    "nomor kartu",
    "nomor kartu member",
    "customer",
    "customer id",
    "pelanggan",
    "id pelanggan",
    "user",
    "identifier",
    "stamps id",
  ],
  quantity: ["quantity", "qty", "jumlah", "jml", "jumlah voucher", "voucher quantity", "count", "banyak", "kuantitas"],
  value: ["value", "nilai", "amount", "nominal", "voucher value", "nilai voucher", "harga", "saldo", "rp"],
  notes: [
    "notes",
    "note",
    "catatan",
    "keterangan",
    "ket",
    "remarks",
    "remark",
    "comment",
    "comments",
    "description",
    "deskripsi",
    "memo",
  ],
  startDate: [
    "start date",
    "start",
    "starts",
    "valid from",
    "tanggal mulai",
    "tgl mulai",
    "mulai",
    "berlaku mulai",
    "berlaku dari",
    "tanggal",
    "tgl",
    "date",
  ],
};

/** Single words that name a field even inside a longer header ("Email pelanggan"); other single words must match whole. */
const CONTAINED = new Set([
  "email",
  "surel",
  "phone",
  "mobile",
  "handphone",
  "hp",
  "telepon",
  "whatsapp",
  "kartu",
  "card",
]);

/** For the identifier, which kind of header wins when a file has several (an email names a member most surely). */
const IDENTIFIER_PREFERENCE = [
  ["email", "e mail", "email address", "alamat email", "surel", "alamat surel", "surat elektronik"],
  ["member id", "id member", "member no", "member number", "nomor member", "no member", "membership id", "id anggota"],
  ["card", "card number", "card no", "kartu", "no kartu", "nomor kartu", "nomor kartu member"],
];

export const normalizeHeader = (header: string) =>
  header
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/**
 * A first guess at which column holds which field, from the header row's names. Exact names win over names that
 * merely contain a known word ("Nomor HP pelanggan"); each column is used once. When no header looks like a member
 * identifier, the first column left over is taken: the staff member sees the preview and changes it if need be.
 */
export function guessColumnMapping(headers: string[]): TColumnMapping {
  const names = headers.map(normalizeHeader);
  const used = new Set<number>();

  const find = (candidates: string[]) => {
    const exact = names.findIndex((name, index) => !used.has(index) && candidates.includes(name));
    if (exact !== -1) return exact;
    return names.findIndex(
      (name, index) =>
        !used.has(index) &&
        candidates.some(
          (candidate) =>
            (candidate.includes(" ") || CONTAINED.has(candidate)) && ` ${name} `.includes(` ${candidate} `),
        ),
    );
  };
  const take = (column: number) => {
    if (column === -1) return null;
    used.add(column);
    return column;
  };

  let identifier = -1;
  for (const group of [...IDENTIFIER_PREFERENCE, NAMES.identifier]) {
    identifier = find(group);
    if (identifier !== -1) break;
  }
  take(identifier);
  const quantity = take(find(NAMES.quantity));
  const value = take(find(NAMES.value));
  const notes = take(find(NAMES.notes));
  const startDate = take(find(NAMES.startDate));
  if (identifier === -1)
    identifier = Math.max(
      0,
      names.findIndex((_, index) => !used.has(index)),
    );
  return { identifier, quantity, value, notes, startDate };
}
