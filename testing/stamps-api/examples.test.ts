import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import examplesFile from "./examples.json";
import { extractExamples } from "./extract-examples";
import { docResponseEntries } from "./responses";

// examples.json is the documents' example requests, extracted once so that tests run without the
// documents; responses.json their example answers, each with its document and line. This keeps the two in step: where the documents are present (CI has shared/ beside the
// clone), the file must be exactly what extracting them gives today; in CI their absence is a failure,
// not a skip. To refresh the file after the documents change: `npx tsx testing/stamps-api/extract.ts`.

const root = path.resolve(import.meta.dirname, "..", "..");
const docsDir = process.env.STAMPS_API_DOCS_DIR ?? path.join(root, "..", "shared", "stamps-api");

function readDocuments() {
  return fs
    .readdirSync(docsDir)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => ({ name, text: fs.readFileSync(path.join(docsDir, name), "utf8") }));
}

describe("examples.json against the Stamps API documents", () => {
  const present = fs.existsSync(docsDir);

  const absent = `the Stamps API documents are not at ${docsDir} (set STAMPS_API_DOCS_DIR)`;

  it.runIf(present || process.env.CI)(`matches what ${docsDir} holds today`, () => {
    expect(present, absent).toBe(true);
    expect(extractExamples(readDocuments())).toEqual(examplesFile);
  });

  it.runIf(present || process.env.CI)("holds each example answer exactly as the documents print it", () => {
    expect(present, absent).toBe(true);
    const documents = new Map(readDocuments().map(({ name, text }) => [name, text.split(/\r?\n/)]));
    const misplaced = Object.entries(docResponseEntries).flatMap(([group, answers]) =>
      Object.entries(answers).flatMap(([name, { source, printed }]) => {
        const [document = "", line = "0"] = source.split(":");
        const from = (documents.get(document) ?? []).slice(Number(line) - 1).join("\n");
        return from.trimStart().startsWith(printed.trimStart()) ? [] : [`${group}.${name} is not at ${source}`];
      }),
    );
    expect(misplaced).toEqual([]);
  });
});

describe("responses.json", () => {
  it("repairs an answer only where the printed text is not JSON, and the repair is JSON", () => {
    for (const [group, answers] of Object.entries(docResponseEntries)) {
      for (const [name, { printed, repaired }] of Object.entries(answers)) {
        expect(isJson(printed), `${group}.${name}`).toBe(repaired === undefined);
        if (repaired !== undefined) expect(isJson(repaired), `${group}.${name} repaired`).toBe(true);
      }
    }
  });
});

function isJson(text: string) {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe("extractExamples", () => {
  const document = [
    "1. Getting Member Data",
    "Example of API call request using cURL",
    `$ curl -H "Authorization: <token_type> <token>" 'https://stamps.co.id/api/memberships/status?user=a@b.co&merchant=14'`,
    "2. Redeem",
    "Here’s an example of how the API call might look like in JSON format with specified reward",
    "",
    "{",
    '  "user": "a@b.co",',
    "}",
    "",
    "Example of API call request using cURL with specified reward",
    `$ curl -X POST -H "Content-Type: application/json" -d '{ "user": "a@b.co" }' https://stamps.co.id/api/v2/redemptions/redeem-reward`,
    "3. Rewards",
    "$ curl 'https://stamps.co.id/api/rewards/?token=abc'",
  ].join("\n");

  it("reads each cURL call with its section, method, path, auth, body and the JSON body printed before it", () => {
    expect(extractExamples([{ name: "doc.txt", text: document }])).toEqual({
      documents: ["doc.txt"],
      calls: [
        {
          source: "doc.txt:3",
          section: "1. Getting Member Data",
          method: "GET",
          path: "/api/memberships/status?user=a@b.co&merchant=14",
          auth: "header",
          body: null,
          jsonExample: null,
        },
        {
          source: "doc.txt:12",
          section: "2. Redeem",
          method: "POST",
          path: "/api/v2/redemptions/redeem-reward",
          auth: "query",
          body: '{ "user": "a@b.co" }',
          jsonExample: { source: "doc.txt:5", body: '{\n  "user": "a@b.co",\n}' },
        },
        {
          source: "doc.txt:14",
          section: "3. Rewards",
          method: "GET",
          path: "/api/rewards/?token=abc",
          auth: "query",
          body: null,
          jsonExample: null,
        },
      ],
    });
  });

  it("sees a changed example: the file would no longer match", () => {
    const changed = document.replace("merchant=14", "merchant=15");
    expect(extractExamples([{ name: "doc.txt", text: changed }])).not.toEqual(
      extractExamples([{ name: "doc.txt", text: document }]),
    );
  });

  it("says where a cURL line has no Stamps URL", () => {
    expect(() => extractExamples([{ name: "doc.txt", text: "$ curl 'http://example.com/x'" }])).toThrow(
      "doc.txt:1: no https://stamps.co.id URL in the cURL line",
    );
  });
});
