// A Turbopack loader for zod's locales/index.js, which re-exports all of zod's ~50 message locales: zod's `z`
// namespace reaches them through `z.locales`, so the bundler keeps every one (about 190 KB of the browser's
// JavaScript on every page). The back office writes its own messages (lib/zod.ts) and uses no zod locale, so
// only English, zod's default, is kept.
module.exports = function zodEnglishOnly() {
  return 'export { default as en } from "./en.js";\n';
};
