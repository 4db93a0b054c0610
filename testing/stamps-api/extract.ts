// Refreshes examples.json from the Stamps API documents: `npx tsx testing/stamps-api/extract.ts`
// (reads ../shared/stamps-api beside the clone, or STAMPS_API_DOCS_DIR).
import fs from "node:fs";
import path from "node:path";
import { format, resolveConfig } from "prettier";
import { extractExamples } from "./extract-examples";

const root = path.resolve(import.meta.dirname, "..", "..");
const dir = process.env.STAMPS_API_DOCS_DIR ?? path.join(root, "..", "shared", "stamps-api");
if (!fs.existsSync(dir)) throw new Error(`The Stamps API documents are not at ${dir}; set STAMPS_API_DOCS_DIR`);
const documents = fs
  .readdirSync(dir)
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => ({ name, text: fs.readFileSync(path.join(dir, name), "utf8") }));
const examples = extractExamples(documents);
const file = path.join(import.meta.dirname, "examples.json");
fs.writeFileSync(file, await format(JSON.stringify(examples), { ...(await resolveConfig(file)), filepath: file }));
console.log(`${examples.calls.length} example calls from ${documents.length} documents`);
