import examplesFile from "./examples.json";
import type { DocCall, DocExamplesFile } from "./extract-examples";

/** The documents' 26 example calls (`$ curl` lines), as extracted into examples.json. */
export const docCalls: readonly DocCall[] = (examplesFile as DocExamplesFile).calls;

export type DocRequest = {
  /** document and line: the `$ curl` line, or the line introducing a JSON-format body */
  source: string;
  kind: "curl" | "json";
  method: "GET" | "POST";
  path: string;
  auth: "header" | "query";
  /** exactly as printed, or undefined when the call sends none */
  body: string | undefined;
};

/**
 * Every example request of the documents: the cURL calls, and each JSON-format body sent to the
 * endpoint of the cURL call printed after it.
 */
export function docRequests(): DocRequest[] {
  return docCalls.flatMap((call) => {
    const { source, method, path, auth } = call;
    const curl: DocRequest = { source, kind: "curl", method, path, auth, body: call.body ?? undefined };
    if (!call.jsonExample) return [curl];
    return [{ ...curl, source: call.jsonExample.source, kind: "json", body: call.jsonExample.body }, curl];
  });
}

/** The parsed body of the example call at `source` (document:line of its `$ curl` line). */
export function docCallBody(source: string): Record<string, unknown> {
  const call = docCalls.find((candidate) => candidate.source === source);
  if (!call?.body) throw new Error(`No example call with a body at ${source}`);
  try {
    return JSON.parse(call.body) as Record<string, unknown>;
  } catch {
    throw new Error(`The example call at ${source} does not send JSON as printed`);
  }
}

/**
 * The parsed JSON-format example body printed at `source` (document:line). transaction.txt's example lacks the
 * comma after `extra_data`'s closing brace; that one known slip is repaired, anything else must parse as printed.
 */
export function docJsonExample(source: string): Record<string, unknown> {
  const example = docCalls.find((call) => call.jsonExample?.source === source)?.jsonExample;
  if (!example) throw new Error(`No JSON-format example at ${source}`);
  const repaired = example.body.replace(/\}(\s*\n\s*"items")/, "},$1");
  try {
    return JSON.parse(repaired) as Record<string, unknown>;
  } catch {
    throw new Error(`The JSON-format example at ${source} does not parse, even with the missing comma repaired`);
  }
}
