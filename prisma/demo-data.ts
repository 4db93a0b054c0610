/** The demo accounts `npm run demo` seeds and prints; the browser tests sign in with them too. */
export const DEMO_STAFF = [
  { email: "admin@demo.stamps.id", name: "Ayu Admin", role: "ADMIN", password: "Admin#Demo2026" },
  { email: "support@demo.stamps.id", name: "Sari Support", role: "SUPPORT", password: "Support#Demo2026" },
  { email: "marketing@demo.stamps.id", name: "Made Marketing", role: "MARKETING", password: "Marketing#Demo2026" },
] as const;

/**
 * The demo admin is enrolled in two-factor sign-in with this published secret, which `npm run demo` prints (add it
 * to any authenticator app), so the demo shows sign-in as a real admin meets it. A fresh admin is made to enrol.
 */
export const DEMO_ADMIN_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

export const DEMO_MERCHANT = { stampsMerchantId: 14, name: "Stamps Coffee", timeZone: "Asia/Jakarta" } as const;

/** The emulator's stores, as an admin would record them in Settings. */
export const DEMO_STORES = {
  14: [
    { stampsStoreId: 2, name: "Grand Indonesia" },
    { stampsStoreId: 32, name: "Plaza Senayan" },
    { stampsStoreId: 422, name: "Kota Kasablanka" },
  ],
  15: [{ stampsStoreId: 5, name: "Sarinah" }],
} as const;

/** The emulator's second merchant; only the demo admin works for it, so the admin has a merchant switcher. */
export const OTHER_DEMO_MERCHANT = { stampsMerchantId: 15, name: "Kopi Nusantara", timeZone: "Asia/Jakarta" } as const;
