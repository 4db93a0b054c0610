/** @type {import("next").NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native modules are loaded from node_modules at run time, not bundled.
  serverExternalPackages: ["@node-rs/argon2", "better-sqlite3", "@prisma/adapter-better-sqlite3"],
  // `npm test` runs tsc over the whole project first; the build need not type-check it again.
  typescript: { ignoreBuildErrors: true },
  turbopack: {
    rules: {
      // zod's locales, all but English: scripts/build/zod-english-only.cjs says why.
      "index.js": {
        condition: { path: /node_modules[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ },
        loaders: ["./scripts/build/zod-english-only.cjs"],
        as: "*.js",
      },
    },
  },
  // forbidden() answers a page a role cannot open with 403 and app/(console)/forbidden.tsx.
  experimental: { authInterrupts: true },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          // The back office needs none of these; an injected script or frame gets none of them either.
          {
            key: "Permissions-Policy",
            value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=()",
          },
        ],
      },
    ];
  },
};

export default nextConfig;
