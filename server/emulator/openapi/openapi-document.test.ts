import Ajv2020 from "ajv/dist/2020";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseJsonLeniently } from "../http/lenient-json";
import type { DocExample } from "../testing/doc-examples";
import { docExamples } from "../testing/doc-examples";
import { TEST_DEMO_TOKEN } from "../testing/test-emulator";
import type { FreshTestEmulator } from "../testing/test-emulator-template";
import { createTestEmulatorTemplate } from "../testing/test-emulator-template";

// The served OpenAPI document against the documents' 39 example calls: each example request (body
// and query, typos of the printed text fixed) must validate against its operation, and the
// emulator's answer to it against the operation's response for that status.

type Operation = {
  parameters?: { name: string; required: boolean; schema?: object; content?: Record<string, { schema: object }> }[];
  requestBody?: { content: Record<string, { schema: object }> };
  responses: Record<string, { content?: Record<string, { schema: object }> }>;
};
type Document = { openapi: string; paths: Record<string, Record<string, Operation>>; components: object };

let template: Awaited<ReturnType<typeof createTestEmulatorTemplate>>;
let document: Document;
let ajv: Ajv2020;
beforeAll(async () => {
  template = await createTestEmulatorTemplate();
  const emulator = await template.fresh();
  try {
    const res = await emulator.app.request("/api/openapi.json");
    expect(res.status).toBe(200);
    document = (await res.json()) as Document;
  } finally {
    await emulator.close();
  }
  ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  ajv.addSchema({ $id: "openapi", components: document.components }, "openapi");
});
afterAll(() => {
  template.close();
});

const endpointOf = (example: DocExample) => example.path.split("?")[0] ?? example.path;
const operationOf = (example: DocExample) => document.paths[endpointOf(example)]?.[example.method.toLowerCase()];

/** Validates with the document's components reachable under their #/components/... references. */
function check(schema: object, value: unknown): string[] {
  const validate = ajv.compile({ ...schema, $defs: undefined, components: document.components });
  return validate(value) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

function queryProblems(operation: Operation, example: DocExample): string[] {
  const query = new URL(example.path, "http://stamps.test").searchParams;
  const problems: string[] = [];
  for (const parameter of operation.parameters ?? []) {
    const values = query.getAll(parameter.name);
    if (values.length === 0) {
      if (parameter.required) problems.push(`query ${parameter.name}: missing`);
      continue;
    }
    const schema = parameter.schema ?? parameter.content?.["application/json"]?.schema ?? {};
    const value = parameter.content ? (JSON.parse(values.at(-1)!) as unknown) : coerce(schema, values);
    problems.push(...check(schema, value).map((problem) => `query ${parameter.name}${problem}`));
  }
  return problems;
}

/** A query value as the schema's type reads it ("14" is the integer 14; repeated keys make a list). */
function coerce(schema: { type?: unknown; items?: { type?: unknown } }, values: string[]): unknown {
  const types = [schema.type].flat();
  const one = (text: string, itemTypes: unknown[]) =>
    (itemTypes.includes("integer") || itemTypes.includes("number")) && /^-?\d+(\.\d+)?$/.test(text)
      ? Number(text)
      : text;
  if (types.includes("array")) {
    const itemTypes = [schema.items?.type].flat();
    return values
      .flatMap((value) => value.replace(/^\[|\]$/g, "").split(","))
      .map((text) => one(text.trim(), itemTypes));
  }
  return one(values.at(-1)!, types);
}

async function send(emulator: FreshTestEmulator, example: DocExample): Promise<Response> {
  const headers: Record<string, string> = {};
  let path = example.path;
  if (example.auth === "header") headers.Authorization = `Token ${TEST_DEMO_TOKEN}`;
  else path = path.replace(/([?&]token=)[^&]*/, `$1${TEST_DEMO_TOKEN}`);
  const body = example.repairedBody ?? example.body;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  return emulator.app.request(path, { method: example.method, headers, body });
}

describe("GET /api/openapi.json", () => {
  it("describes the 26 endpoints in OpenAPI 3.1, every schema compiling", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths)).toHaveLength(26);
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        for (const content of Object.values(operation.requestBody?.content ?? {})) {
          expect(
            () => ajv.compile({ ...content.schema, components: document.components }),
            `${method} ${path}`,
          ).not.toThrow();
        }
        expect(Object.keys(operation.responses), `${method} ${path}`).toEqual(
          expect.arrayContaining(["200", "400", "401", "403"]),
        );
      }
    }
  });

  it("generates request bodies from the zod schemas the routes validate with", () => {
    const add = document.paths["/api/v2/transactions/add"]?.post?.requestBody?.content["application/json"]?.schema as {
      properties: Record<string, { type: unknown; minimum?: number; maximum?: number }>;
      required: string[];
    };
    expect(add.required).toEqual(
      expect.arrayContaining(["store", "invoice_number", "total_value", "number_of_people", "created"]),
    );
    expect(add.properties.total_value).toMatchObject({
      type: ["number", "string"],
      minimum: 0,
      maximum: 1_000_000_000_000,
    });
    expect(add.properties.store).toMatchObject({ type: ["integer", "string"] });
    const modify = document.paths["/api/v2/transactions/modify"]?.post?.requestBody?.content["application/json"]
      ?.schema as {
      required: string[];
    };
    expect(modify.required).toEqual(["id", "total_value", "subtotal", "items"]);
  });

  it("needs no token, and the reference page and its assets are served locally", async () => {
    const emulator = await template.fresh();
    try {
      const page = await emulator.app.request("/api/docs/");
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('url: "/api/openapi.json"');
      expect(html).not.toMatch(/https?:\/\//);
      for (const asset of ["swagger-ui.css", "swagger-ui-bundle.js", "swagger-ui-standalone-preset.js"]) {
        const res = await emulator.app.request(`/api/docs/${asset}`);
        expect(res.status, asset).toBe(200);
        expect((await res.arrayBuffer()).byteLength, asset).toBeGreaterThan(1000);
      }
      expect((await emulator.app.request("/api/docs/package.json")).status).toBe(404);
    } finally {
      await emulator.close();
    }
  });
});

describe.each(docExamples.map((example) => [`${example.source} ${example.title}`, example] as const))(
  "%s",
  (_name, example) => {
    it("validates its request and the emulator's answer against the document", async () => {
      const operation = operationOf(example);
      expect(operation, `${example.method} ${endpointOf(example)} in the document`).toBeDefined();
      if (!operation) return;
      const problems = queryProblems(operation, example);
      const text = example.repairedBody ?? example.body;
      if (text !== undefined) {
        const schema = operation.requestBody?.content["application/json"]?.schema;
        if (!schema) problems.push("body: the operation takes none");
        else problems.push(...check(schema, parseJsonLeniently(text)).map((problem) => `body${problem}`));
      }
      const emulator = await template.fresh();
      try {
        const res = await send(emulator, example);
        const response = operation.responses[String(res.status)];
        const schema = response?.content?.["application/json"]?.schema;
        if (!schema) problems.push(`response ${res.status}: not in the document`);
        else problems.push(...check(schema, await res.json()).map((problem) => `response${problem}`));
      } finally {
        await emulator.close();
      }
      expect(problems).toEqual([]);
    });
  },
);
