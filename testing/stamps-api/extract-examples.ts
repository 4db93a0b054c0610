// Reads the example requests out of the Stamps API documents (shared/stamps-api/*.txt): every
// "$ curl …" line, and the JSON-format body printed before it where the document shows one.
// testing/stamps-api/examples.json holds what this returns; examples.test.ts checks the two agree.

export type DocCall = {
  /** document and line of the `$ curl` line */
  source: string;
  /** the numbered section the call belongs to, as headed in the document */
  section: string;
  method: "GET" | "POST";
  /** path and query string as written, host dropped */
  path: string;
  /** "header": `-H "Authorization: <token_type> <token>"`; "query": a `token=` parameter */
  auth: "header" | "query";
  /** the `-d` body exactly as printed, or null */
  body: string | null;
  /** the JSON-format example printed before the cURL one, exactly as printed, or null */
  jsonExample: { source: string; body: string } | null;
};

export type DocExamplesFile = { documents: string[]; calls: DocCall[] };

const JSON_INTRO = "Here’s an example of how the API call might look like in JSON format";
const CALL_INTRO = /^(Example of API call|API call example)/;

export function extractExamples(documents: { name: string; text: string }[]): DocExamplesFile {
  const calls: DocCall[] = [];
  for (const { name, text } of documents) {
    const lines = text.split(/\r?\n/);
    let section = "";
    let pendingJson: DocCall["jsonExample"] = null;
    lines.forEach((line, index) => {
      if (/^\d+\.\s+\S/.test(line)) section = line.trim();
      if (line.startsWith(JSON_INTRO)) {
        const end = lines.findIndex((candidate, at) => at > index && CALL_INTRO.test(candidate));
        if (end === -1) throw new Error(`${name}:${index + 1}: a JSON example with no cURL example after it`);
        pendingJson = {
          source: `${name}:${index + 1}`,
          body: lines
            .slice(index + 1, end)
            .join("\n")
            .trim(),
        };
      }
      if (!line.startsWith("$ curl")) return;
      calls.push({
        source: `${name}:${index + 1}`,
        section,
        ...parseCurl(line, `${name}:${index + 1}`),
        jsonExample: pendingJson,
      });
      pendingJson = null;
    });
  }
  return { documents: documents.map((document) => document.name), calls };
}

function parseCurl(line: string, where: string): Pick<DocCall, "method" | "path" | "auth" | "body"> {
  const url = /'?https:\/\/stamps\.co\.id(\/[^'\s]*)'?/.exec(line);
  if (!url?.[1]) throw new Error(`${where}: no https://stamps.co.id URL in the cURL line`);
  const body = /-d '([^']*)'/.exec(line)?.[1] ?? null;
  return {
    method: line.includes("-X POST") ? "POST" : "GET",
    path: url[1],
    auth: /-H ["']Authorization:/.test(line) ? "header" : "query",
    body,
  };
}
