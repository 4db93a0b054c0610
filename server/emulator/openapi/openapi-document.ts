import { z } from "zod";
import type { JsonSchema } from "../http/body-fields";
import { MAX_BODY_BYTES, MAX_JSON_DEPTH } from "../http/limits";
import type { Method, MountedResource } from "../http/resource";
import type { DocExample, FieldSpec, Shape } from "../testing/doc-examples";
import { docExamples } from "../testing/doc-examples";

// The OpenAPI 3.1 description of the emulated Stamps API. Request parameters and bodies are the
// JSON Schema (zod 4's z.toJSONSchema, input side) of the very zod schemas the routes validate
// with; response bodies are the fields and types the documents' examples show
// (testing/doc-examples.ts), and error bodies the shapes of http/errors.ts.

const detail: JsonSchema = { type: "object", properties: { detail: { type: "string" } }, required: ["detail"] };
const errorSchemas: Record<string, JsonSchema> = {
  Detail: detail,
  ValidationErrors: {
    type: "object",
    description:
      'One object per invalid field: {"detail": "Your transaction cannot be completed …", "errors": [{"user": "This field is required"}]}',
    properties: {
      detail: { type: "string" },
      errors: { type: "array", items: { type: "object", additionalProperties: { type: "string" } } },
    },
    required: ["detail", "errors"],
  },
  RuleViolation: {
    type: "object",
    description: "A rule the request broke (redemptions, vouchers, modify), or cancel's field errors",
    properties: {
      detail: { type: "string" },
      errors: { type: "object", additionalProperties: { type: "string" } },
      error_code: { type: "string" },
      error_message: { type: "string" },
    },
    required: ["errors"],
  },
};
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: unknown, description: string) => ({ description, content: { "application/json": { schema } } });

const errorResponses = {
  "400": json(
    { anyOf: [ref("ValidationErrors"), ref("RuleViolation"), ref("Detail")] },
    `Invalid input: the fields that failed, a rule the request broke, or a JSON parse error (also JSON nested deeper than ${MAX_JSON_DEPTH} levels)`,
  ),
  "401": json(ref("Detail"), "Unknown token, a malformed Authorization header, or two different tokens"),
  "403": json(ref("Detail"), "No credentials, or a token of another merchant"),
  "404": json(ref("Detail"), "Unknown member, transaction, voucher or redemption"),
  "405": json(ref("Detail"), "Another method; Allow names the right ones"),
  "413": json(ref("Detail"), `A body over ${MAX_BODY_BYTES} bytes`),
  "415": json(ref("Detail"), "A body neither JSON nor form-encoded"),
  "500": json(ref("Detail"), "A server error occurred."),
};

function typeSchema(spec: string): JsonSchema {
  const types = spec.split("|");
  return { type: types.length === 1 ? types[0] : types };
}

/** A documented response shape (field names and JSON types) as JSON Schema; extra fields are allowed. */
export function shapeToJsonSchema(spec: FieldSpec): JsonSchema {
  if (typeof spec === "string") return typeSchema(spec);
  if (Array.isArray(spec)) return { type: "array", items: shapeToJsonSchema((spec as readonly [FieldSpec])[0]) };
  const shape = spec as Shape;
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const [key, value] of Object.entries(shape)) {
    const name = key.endsWith("?") ? key.slice(0, -1) : key;
    properties[name] = shapeToJsonSchema(value);
    if (!key.endsWith("?")) required.push(name);
  }
  return { type: "object", properties, required };
}

const endpointOf = (example: DocExample) => example.path.split("?")[0] ?? example.path;

function documentedResponses(path: string, method: Method): Record<string, unknown> {
  const byStatus = new Map<number, JsonSchema[]>();
  for (const example of docExamples) {
    if (endpointOf(example) !== path || example.method !== method) continue;
    const schemas = byStatus.get(example.status) ?? [];
    const schema = shapeToJsonSchema(example.response);
    if (!schemas.some((known) => JSON.stringify(known) === JSON.stringify(schema))) schemas.push(schema);
    byStatus.set(example.status, schemas);
  }
  const responses: Record<string, unknown> = { ...errorResponses };
  for (const [status, schemas] of byStatus) {
    const schema = schemas.length === 1 ? schemas[0] : { anyOf: schemas };
    const base = status >= 400 ? (errorResponses as Record<string, { content: unknown }>)[String(status)] : undefined;
    responses[String(status)] = base
      ? json(
          { anyOf: [schema, (base.content as { "application/json": { schema: unknown } })["application/json"].schema] },
          "As documented",
        )
      : json(schema, "As documented");
  }
  if (!byStatus.has(200)) responses["200"] = json({ type: "object" }, "Success");
  return responses;
}

function inputJsonSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    io: "input",
    target: "draft-2020-12",
    unrepresentable: "any",
  }) as JsonSchema;
  return rest;
}

function queryParameters(schema: z.ZodType) {
  const object = inputJsonSchema(schema) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(object.properties ?? {}).map(([name, property]) => {
    const required = object.required?.includes(name) ?? false;
    const structured =
      property.type === "object" || (property.type === "array" && name !== "merchant_id" && name !== "channel");
    // Lists of objects (preview's items and payments) travel as JSON text.
    return structured
      ? { name, in: "query", required, content: { "application/json": { schema: property } } }
      : {
          name,
          in: "query",
          required,
          schema: property,
          ...(property.type === "array" ? { style: "form", explode: true } : {}),
        };
  });
}

function operation(resource: MountedResource, method: Method) {
  const input = resource.input?.[method];
  return {
    operationId: `${method.toLowerCase()}${resource.path.replace(/[^a-zA-Z0-9]+(.)?/g, (_m, c: string | undefined) => (c ?? "").toUpperCase())}`,
    summary: resource.name,
    ...(input?.query ? { parameters: queryParameters(input.query) } : {}),
    ...(input?.body
      ? {
          requestBody: {
            required: true,
            content: {
              "application/json": { schema: inputJsonSchema(input.body) },
              "application/x-www-form-urlencoded": { schema: inputJsonSchema(input.body) },
            },
          },
        }
      : {}),
    responses: documentedResponses(resource.path, method),
  };
}

/** The OpenAPI 3.1 document of the endpoints mounted on the app (http/resource.ts keeps the list). */
export function buildOpenApiDocument(resources: readonly MountedResource[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const resource of resources) {
    const item: Record<string, unknown> = {};
    for (const method of resource.methods) item[method.toLowerCase()] = operation(resource, method);
    paths[resource.path] = item;
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Stamps API (emulator)",
      version: "1.0.0",
      description:
        "The Stamps loyalty API as the emulator implements it, from the five Stamps API documents. Fields the documents do not have are marked in server/emulator/README.md (Extensions), and so are the points where the documents are unclear.",
    },
    servers: [{ url: "/" }],
    security: [{ token: [] }, { tokenQuery: [] }],
    paths,
    components: {
      schemas: errorSchemas,
      securitySchemes: {
        token: { type: "apiKey", in: "header", name: "Authorization", description: "Token <key> (or Bearer <key>)" },
        tokenQuery: {
          type: "apiKey",
          in: "query",
          name: "token",
          description: "The older reference's form; a `token` body field is read too",
        },
      },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
