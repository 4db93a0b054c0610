// Demo data of the emulator. Deterministic: tests and the back office's demo rely on these values.
// Alice, "Customer Gold" and "Customer Blue" reproduce the examples of the membership API docs.

export const DEMO_MERCHANT_ID = 14;
export const OTHER_MERCHANT_ID = 15;

export const demoMerchants = [
  {
    id: DEMO_MERCHANT_ID,
    group: { id: 1, name: "Stamps Coffee Group" },
    code: "STAMPS-COFFEE",
    name: "Stamps Coffee",
    timeZone: "Asia/Jakarta",
    stores: [
      { id: 2, name: "Grand Indonesia" },
      { id: 32, name: "Plaza Senayan" },
      { id: 422, name: "Kota Kasablanka" },
    ],
  },
  {
    id: OTHER_MERCHANT_ID,
    group: { id: 2, name: "Kopi Nusantara Group" },
    code: "KOPI-NUSANTARA",
    name: "Kopi Nusantara",
    timeZone: "Asia/Jakarta",
    stores: [{ id: 5, name: "Sarinah" }],
  },
  // Sister merchants of 14 (same group), for transactions/by-user's merchant_id filter.
  {
    id: 2,
    group: { id: 1, name: "Stamps Coffee Group" },
    code: "STAMPS-BAKERY",
    name: "Stamps Bakery",
    timeZone: "Asia/Jakarta",
    stores: [{ id: 601, name: "Senayan City" }],
  },
  {
    id: 3,
    group: { id: 1, name: "Stamps Coffee Group" },
    code: "STAMPS-JUICE",
    name: "Stamps Juice Bar",
    timeZone: "Asia/Jakarta",
    stores: [{ id: 701, name: "Central Park" }],
  },
] as const;

/** Every demo merchant has this ladder; `minSpending` is eligible spend in Rupiah. */
export const demoLevels = [
  { code: 100, name: "Blue", minSpending: 0 },
  { code: 200, name: "Silver", minSpending: 1_000_000 },
  { code: 300, name: "Gold", minSpending: 5_000_000 },
  { code: 400, name: "Platinum", minSpending: 15_000_000 },
] as const;

export type LevelName = (typeof demoLevels)[number]["name"];

export type DemoMembership = {
  merchantId: number;
  level: LevelName;
  stamps: number;
  balance: number;
  cards: string[];
  startDate: string;
};

export type DemoMember = {
  id: number;
  name: string;
  email: string | null;
  phone: string | null;
  birthday: string | null;
  gender: 1 | 2 | null;
  address: string | null;
  /** false: a member the POS created (card only) who has not registered a Stamps account */
  isActive?: boolean;
  memberships: DemoMembership[];
};

const at14 = (level: LevelName, stamps: number, balance: number, cards: string[], startDate: string) => ({
  merchantId: DEMO_MERCHANT_ID,
  level,
  stamps,
  balance,
  cards,
  startDate,
});

const documentedMembers: DemoMember[] = [
  {
    id: 2456,
    name: "Alice",
    email: "customer@stamps.co.id",
    phone: "+6281111111",
    birthday: "2000-09-15",
    gender: 2,
    address: "Baker Street 221B",
    // 80 stamps (not the membership docs' 10): the redemption examples spend up to 24 of hers, and
    // the reward docs' example shows her able to afford 60 but not 120.
    memberships: [
      at14("Gold", 80, 2000, ["123456789012", "123456789011"], "2019-03-01"),
      {
        merchantId: OTHER_MERCHANT_ID,
        level: "Blue",
        stamps: 3,
        balance: 0,
        cards: ["880000000001"],
        startDate: "2024-06-01",
      },
    ],
  },
  {
    id: 12,
    name: "Customer Gold",
    email: "alice@stamps.co.id",
    phone: "+6281123123",
    birthday: "1991-10-19",
    gender: 2,
    address: "Baker Street 221B",
    memberships: [at14("Gold", 100, 0, [], "2016-07-25")],
  },
  {
    id: 13,
    name: "Customer Blue",
    email: "bob@stamps.co.id",
    phone: "+62811231232",
    birthday: "1989-10-01",
    gender: 1,
    address: "Baker Street 221B",
    memberships: [at14("Blue", 15, 0, [], "2016-07-25")],
  },
];

// [name, gender, phone, level, stamps, balance, card]: email, birthday, address and start date derive
// from the position, so the table stays readable.
type Row = [string, 1 | 2, string | null, LevelName, number, number, string | null];
const rows: Row[] = [
  ["Steve Rogers", 1, "+6281234560001", "Silver", 42, 0, "123456780001"],
  ["Steven Wijaya", 1, "+6281234560002", "Blue", 7, 0, null],
  ["Steve Tanoto", 1, "+6285712340003", "Platinum", 250, 150000, "123456780002"],
  ["Budi Santoso", 1, "+6281234560004", "Blue", 5, 0, null],
  ["Siti Rahayu", 2, "+6281234560005", "Silver", 33, 5000, "123456780003"],
  ["Dewi Lestari", 2, "+6281234560006", "Gold", 88, 25000, null],
  ["Agus Setiawan", 1, "+6281234560007", "Blue", 2, 0, null],
  ["Rina Wulandari", 2, "+6281234560008", "Blue", 12, 0, null],
  ["Putri Ayu Kusuma", 2, "+6281234560009", "Silver", 40, 0, "123456780004"],
  ["Andi Pratama", 1, "+6281234560010", "Blue", 0, 0, null],
  ["Rizky Ramadhan", 1, "+6281234560011", "Gold", 120, 40000, null],
  ["Fitri Handayani", 2, "+6281234560012", "Blue", 9, 0, null],
  ["Hendra Gunawan", 1, "+6281234560013", "Silver", 27, 0, "123456780005"],
  ["Indah Permatasari", 2, "+6281234560014", "Blue", 4, 0, null],
  ["Kartika Sari", 2, "+6281398760015", "Platinum", 310, 250000, null],
  ["Lukman Hakim", 1, "+6281398760016", "Blue", 1, 0, null],
  ["Maya Anggraini", 2, "+6281398760017", "Silver", 55, 10000, "123456780006"],
  ["Nur Aisyah", 2, "+6285712340018", "Blue", 6, 0, null],
  ["Oka Mahendra", 1, "+6285712340019", "Gold", 97, 0, null],
  ["Wahyu Hidayat", 1, "+6285712340020", "Blue", 3, 0, null],
  ["Yusuf Maulana", 1, "+6287812340021", "Blue", 11, 0, null],
  ["Bayu Aditya", 1, "+6287812340022", "Silver", 38, 0, "123456780007"],
  ["Dimas Saputra", 1, "+6287812340023", "Blue", 8, 0, null],
  ["Eka Putri", 2, "+6282112340024", "Gold", 76, 12000, null],
  ["Fajar Nugroho", 1, "+6282112340025", "Blue", 14, 0, null],
  ["Gilang Permana", 1, "+6282112340026", "Blue", 0, 0, null],
  ["Hana Safitri", 2, "+6282112340027", "Silver", 29, 0, null],
  ["Made Wirawan", 1, "+6281934560028", "Blue", 10, 0, "123456780008"],
  ["Ni Luh Ayu Lestari", 2, "+6281934560029", "Gold", 64, 8000, null],
  ["Yohanes Sitompul", 1, "+6281934560030", "Blue", 18, 0, null],
  ["Ayu Larasati", 2, "+6281934560031", "Blue", 21, 0, null],
  ["Rudi Hartanto", 1, "+6281534560032", "Blue", 13, 0, null],
  ["Teguh Prasetyo", 1, null, "Silver", 47, 0, "123456780009"],
];

const FIRST_ROW_ID = 14;
const streets = ["Jl. Sudirman", "Jl. Thamrin", "Jl. Gatot Subroto", "Jl. Kemang Raya", "Jl. Senopati"];
const pad = (n: number) => String(n).padStart(2, "0");

const rowMembers: DemoMember[] = rows.map(([name, gender, phone, level, stamps, balance, card], index) => ({
  id: FIRST_ROW_ID + index,
  name,
  // Rudi signed up with his phone only: his identifier is the phone number.
  email: name === "Rudi Hartanto" ? null : `${name.toLowerCase().split(" ").join(".")}@example.com`,
  phone,
  birthday: `${1975 + (index % 28)}-${pad((index % 12) + 1)}-${pad(((index * 7) % 28) + 1)}`,
  gender,
  address: `${streets[index % streets.length] ?? streets[0]} No. ${index + 1}, Jakarta`,
  memberships: [at14(level, stamps, balance, card ? [card] : [], `2023-${pad((index % 12) + 1)}-01`)],
}));

const otherMerchantOnly: DemoMember[] = [
  {
    id: 100,
    name: "Dian Puspita",
    email: "dian.puspita@example.com",
    phone: "+6281277770100",
    birthday: "1994-02-11",
    gender: 2,
    address: "Jl. Braga No. 8, Bandung",
    memberships: [
      { merchantId: OTHER_MERCHANT_ID, level: "Silver", stamps: 24, balance: 0, cards: [], startDate: "2024-01-15" },
    ],
  },
  {
    id: 101,
    name: "Reza Firmansyah",
    email: "reza.firmansyah@example.com",
    phone: "+6281277770101",
    birthday: "1987-12-30",
    gender: 1,
    address: null,
    memberships: [
      { merchantId: OTHER_MERCHANT_ID, level: "Blue", stamps: 4, balance: 0, cards: [], startDate: "2024-05-20" },
    ],
  },
];

// User 123 of the change-member and by-user examples: a walk-in customer the POS gave card
// 123412341234, not registered yet, so the registration example (same card) completes this member.
const walkInMember: DemoMember = {
  id: 123,
  name: "Walk-in Customer",
  email: null,
  phone: null,
  birthday: null,
  gender: null,
  address: null,
  isActive: false,
  memberships: [
    at14("Blue", 4, 0, ["123412341234"], "2022-03-04"),
    { merchantId: 2, level: "Blue", stamps: 2, balance: 0, cards: [], startDate: "2022-03-04" },
    { merchantId: 3, level: "Blue", stamps: 1, balance: 0, cards: [], startDate: "2022-05-21" },
  ],
};

export const demoMembers: DemoMember[] = [...documentedMembers, ...rowMembers, ...otherMerchantOnly, walkInMember];
