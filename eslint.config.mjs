import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";

const restrictedEnv = {
  object: "process",
  property: "env",
  message: "Read configuration through env.ts (or server/emulator/config.ts inside the emulator).",
};

// The back office and the emulator share nothing: the emulator stands in for stamps.co.id, so code
// that reached into it would pass the tests and fail against the real API. The patterns catch alias
// and relative paths alike (cal.com's restricted-import patterns).
const emulatorPattern = {
  regex: String.raw`^(@/server/emulator|(\.\./)*server/emulator|(\.\./)+emulator|\./emulator)(/|$)`,
  message:
    "The back office reaches the emulator only over HTTP, through its Stamps API client (server/stamps), " +
    "as it reaches stamps.co.id; code imported from server/emulator would work in tests and not in production.",
};

/**
 * From a file `depth` folders below server/emulator, a relative path with more `../` than that
 * leaves the emulator. Its tests may read the shared test data in testing/stamps-api.
 */
function emulatorBoundary(depth, { tests = false } = {}) {
  const leave = String.raw`^(\.\./){${depth + 1}}`;
  const testData = String.raw`(\.\./){${depth + 2}}testing/stamps-api/`;
  return [
    "error",
    {
      patterns: [
        { group: ["@/*"], message: "The emulator is a separate system: it imports nothing from the back office." },
        {
          regex: tests ? `^(?!${testData})${leave.slice(1)}` : leave,
          message:
            "The emulator is a separate system (it stands in for stamps.co.id): it imports nothing outside " +
            (tests
              ? "server/emulator, except its tests reading the shared test data in testing/stamps-api."
              : "server/emulator."),
        },
      ],
    },
  ];
}
const emulatorDepths = [0, 1, 2, 3];
const emulatorFiles = (depth) => `server/emulator/${"*/".repeat(depth)}*.{ts,mts}`;
const serverTypesOnly = {
  group: ["@/server/*"],
  message: "Only pages, layouts, server actions and route handlers import server code; others import its types.",
  allowTypeImports: true,
};
const trpcServerPattern = {
  group: ["@trpc/server", "@trpc/server/*"],
  message: "Services and shared code stay independent of tRPC.",
};

export default tseslint.config(
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "data/**",
      "server/generated/**",
      "server/emulator/generated/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
      "**/*.js",
    ],
  },
  ...nextVitals,
  ...nextTs,
  ...tseslint.configs.recommendedTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-definitions": "off",
      "@typescript-eslint/require-await": "off",
      // `text || null` on strings means "empty becomes null", which ?? would not do.
      "@typescript-eslint/prefer-nullish-coalescing": ["error", { ignorePrimitives: { string: true } }],
      "no-restricted-properties": ["error", restrictedEnv],
    },
  },
  // Layering. One rule name throughout, so the most specific block below wins for its files.
  {
    files: ["**/*.{ts,tsx,mts}"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns: [emulatorPattern] }] },
  },
  {
    // The browser side reaches the server only through tRPC types.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    ignores: ["app/api/**", "app/**/page.tsx", "app/**/layout.tsx", "app/**/actions.ts"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns: [serverTypesOnly, emulatorPattern] }] },
  },
  {
    files: ["lib/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        { patterns: [serverTypesOnly, { ...trpcServerPattern, allowTypeImports: true }, emulatorPattern] },
      ],
    },
  },
  {
    files: ["server/services/**/*.ts", "server/stamps/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": ["error", { patterns: [trpcServerPattern, emulatorPattern] }],
    },
  },
  ...emulatorDepths.map((depth) => ({
    files: [emulatorFiles(depth)],
    rules: { "@typescript-eslint/no-restricted-imports": emulatorBoundary(depth) },
  })),
  ...emulatorDepths.map((depth) => ({
    files: [`server/emulator/${"*/".repeat(depth)}*.test.ts`],
    rules: { "@typescript-eslint/no-restricted-imports": emulatorBoundary(depth, { tests: true }) },
  })),
  {
    // Scripts run by node itself (and the one CommonJS build loader): plain JavaScript outside the TypeScript
    // project, linted without types.
    files: ["**/*.mjs", "**/*.cjs"],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Playwright's fixture callback is named `use`, which is not a React hook.
    files: ["e2e/**/*.ts"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    files: [
      "env.ts",
      "server/emulator/config.ts",
      "prisma.config.ts",
      "server/emulator/prisma.config.ts",
      "playwright.config.ts",
      "e2e/**",
      "scripts/**",
      "bench/**",
      "testing/**",
      "next.config.mjs",
      "vitest.config.mts",
      "**/*.test.ts",
    ],
    rules: { "no-restricted-properties": "off" },
  },
);
