import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";

const restrictedEnv = {
  object: "process",
  property: "env",
  message: "Read configuration through env.ts (or server/emulator/config.ts inside the emulator).",
};

const emulatorPattern = {
  group: ["@/server/emulator", "@/server/emulator/*", "**/server/emulator/**"],
  message: "The back office reaches the emulator only through its Stamps API client, over HTTP.",
};
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
      "**/*.mjs",
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
  {
    files: ["server/emulator/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/*"], message: "The emulator is a separate system: it imports nothing from the back office." },
          ],
        },
      ],
    },
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
      "vitest.config.mts",
      "**/*.test.ts",
    ],
    rules: { "no-restricted-properties": "off" },
  },
);
