// Shared parts of the OpenAPI document (lib/openapi/index.ts assembles it): the subset of OpenAPI 3.1 types
// it uses, helpers for writing sections, the error responses, and parameters every section shares.
import { z } from "zod";

// --- Types: the subset of OpenAPI 3.1 this document uses ----------------------------------------------------

type JsonType = "object" | "array" | "string" | "integer" | "number" | "boolean" | "null";
export type Ref = { $ref: string };
export type Schema =
  | Ref
  | {
      type?: JsonType | JsonType[];
      format?: string;
      description?: string;
      enum?: readonly (string | number | null)[];
      const?: unknown;
      properties?: Record<string, Schema>;
      required?: readonly string[];
      additionalProperties?: boolean | Schema;
      items?: Schema;
      anyOf?: Schema[];
      oneOf?: Schema[];
      minimum?: number;
      maximum?: number;
      minLength?: number;
      maxLength?: number;
      minItems?: number;
      maxItems?: number;
      pattern?: string;
      default?: unknown;
      example?: unknown;
    };
export type Parameter = {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  description?: string;
  schema: Schema;
  example?: unknown;
};
// JSON almost everywhere; a few public reads answer a calendar (text/calendar) or an image (image/svg+xml).
type Content = Partial<
  Record<"application/json" | "text/calendar" | "image/svg+xml", { schema: Schema; example?: unknown }>
>;
export type ApiResponse = {
  description: string;
  headers?: Record<string, { description: string; schema: Schema }>;
  content?: Content;
};
export type Operation = {
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  parameters?: (Parameter | Ref)[];
  requestBody?: { required: boolean; description?: string; content: Content };
  responses: Record<string, ApiResponse | Ref>;
  /** [] for public operations; the session cookie otherwise. */
  security: Record<string, string[]>[];
};
export type PathItem = Partial<Record<"get" | "post" | "patch" | "put" | "delete", Operation>>;
export type Tag = { name: string; description: string };
export type ApiSection = { tags: Tag[]; paths: Record<string, PathItem>; schemas?: Record<string, Schema> };
export type OpenApiDocument = {
  openapi: "3.1.0";
  info: { title: string; version: string; description: string };
  servers: { url: string }[];
  tags: Tag[];
  paths: Record<string, PathItem>;
  components: {
    schemas: Record<string, Schema>;
    responses: Record<string, ApiResponse>;
    parameters: Record<string, Parameter>;
    securitySchemes: Record<string, { type: "apiKey"; in: "cookie"; name: string; description: string }>;
  };
};

// --- Helpers for sections ------------------------------------------------------------------------------------

export const ref = (name: string): Ref => ({ $ref: `#/components/schemas/${name}` });
export const errorRef = (name: keyof typeof ERROR_RESPONSES): Ref => ({ $ref: `#/components/responses/${name}` });
export const paramRef = (name: string): Ref => ({ $ref: `#/components/parameters/${name}` });
export const nullable = (s: Schema): Schema => ({ anyOf: [s, { type: "null" }] });
export const str = (description?: string, extra: Omit<Exclude<Schema, Ref>, "type"> = {}): Schema => ({
  type: "string",
  ...(description ? { description } : {}),
  ...extra,
});
export const int = (description?: string): Schema => ({ type: "integer", ...(description ? { description } : {}) });
export const day = (description?: string): Schema => str(description, { format: "date" });
export const uuid = (description?: string): Schema => str(description, { format: "uuid" });
export const arrayOf = (items: Schema): Schema => ({ type: "array", items });
/** An object whose listed properties are all present (nullable ones say so with `nullable`). */
export const obj = (properties: Record<string, Schema>, description?: string): Schema => ({
  type: "object",
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
  ...(description ? { description } : {}),
});

/** The JSON Schema (2020-12, as OpenAPI 3.1 uses) of what a zod schema accepts. */
export function fromZod(schema: z.ZodType): Schema {
  const json = z.toJSONSchema(schema, { io: "input", target: "draft-2020-12", unrepresentable: "any" }) as Record<
    string,
    unknown
  >;
  delete json.$schema;
  return stripUuidPatterns(json) as Schema;
}

// zod spells out the UUID regex next to `format: uuid`; the format alone says it.
function stripUuidPatterns(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripUuidPatterns);
  if (!value || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value))
    if (!(k === "pattern" && (value as { format?: unknown }).format === "uuid")) out[k] = stripUuidPatterns(v);
  return out;
}

/** Query parameters from a zod object schema (one parameter per property). */
export function queryParams(schema: z.ZodObject, descriptions: Record<string, string> = {}): Parameter[] {
  const json = fromZod(schema) as { properties?: Record<string, Schema> };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: "query",
    ...(descriptions[name] ? { description: descriptions[name] } : {}),
    schema: s,
  }));
}

/** `{ data: … }`, the envelope of every successful /api/v1 answer. */
export const data = (schema: Schema): Schema => obj({ data: schema });
export const ok = (description: string, schema: Schema, cached = false): ApiResponse => ({
  description,
  ...(cached ? { headers: { "Cache-Control": { description: "public, max-age=60", schema: str() } } } : {}),
  content: { "application/json": { schema } },
});

export const ERROR_RESPONSES = {
  BadRequest: [400, "Malformed JSON, or a body that is not a JSON object."],
  Unauthenticated: [401, "Not signed in."],
  Forbidden: [403, "Signed in, but the roles do not hold the permission."],
  NotFound: [404, "Unknown city or id, another city's row, or (public routes) not published."],
  Conflict: [409, "Conflicts with existing data (a duplicate; a call for proposals not open)."],
  PayloadTooLarge: [413, "Body over 1 MB."],
  UnsupportedMediaType: [415, "Body not sent as application/json."],
  Validation: [422, "Validation failed: wrong types, unknown fields, values out of range; see fieldErrors."],
  RateLimited: [
    429,
    "Too many submissions from this client or to this consultation; the Retry-After header says how many seconds to wait.",
  ],
} as const;

export const tenantParam: Parameter = {
  name: "tenant",
  in: "path",
  required: true,
  description: "The city's slug, e.g. liaoyuan.",
  schema: str(undefined, { pattern: "^[a-z][a-z0-9-]{1,39}$" }),
  example: "liaoyuan",
};
export const session = [{ session: [] }];
export const mutationErrors = {
  "400": errorRef("BadRequest"),
  "413": errorRef("PayloadTooLarge"),
  "415": errorRef("UnsupportedMediaType"),
  "422": errorRef("Validation"),
};
export const staffErrors = {
  "401": errorRef("Unauthenticated"),
  "403": errorRef("Forbidden"),
  "404": errorRef("NotFound"),
};
