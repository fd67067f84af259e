// The OpenAPI 3.1 description of the JSON API, served at /api/v1/openapi.json. Each module contributes one
// `ApiSection` (its tags, paths and schemas); `buildOpenApiDocument` merges them and refuses a path or schema
// defined twice. Request bodies are generated from the same zod schemas the handlers parse with, so the
// document cannot drift from the validation; response shapes are written out next to their serialisers' types.
import { z } from "zod";
import { ERROR_STATUS } from "./errors";
import { locales, localeCookie } from "./i18n/config";
import { ROLES } from "./authz";
// Schemas only (pure zod, no database): importing the modules' index files would load their actions too.
import { createUserSchema, updateUserSchema } from "./modules/identity/schemas";
import { publicProposalSchema } from "./modules/legislation/schemas";
import { publicRegulationQuerySchema } from "./modules/legislation/public-api";
import { STAGES } from "./modules/legislation/workflow";
import { createTenantSchema } from "./modules/tenancy/schemas";

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
export type Parameter = { name: string; in: "path" | "query" | "header" | "cookie"; required?: boolean; description?: string; schema: Schema; example?: unknown };
type Content = { "application/json": { schema: Schema; example?: unknown } };
export type ApiResponse = { description: string; headers?: Record<string, { description: string; schema: Schema }>; content?: Content };
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
export const str = (description?: string, extra: Omit<Exclude<Schema, Ref>, "type"> = {}): Schema => ({ type: "string", ...(description ? { description } : {}), ...extra });
export const int = (description?: string): Schema => ({ type: "integer", ...(description ? { description } : {}) });
export const day = (description?: string): Schema => str(description, { format: "date" });
export const uuid = (description?: string): Schema => str(description, { format: "uuid" });
export const arrayOf = (items: Schema): Schema => ({ type: "array", items });
/** An object whose listed properties are all present (nullable ones say so with `nullable`). */
export const obj = (properties: Record<string, Schema>, description?: string): Schema => ({
  type: "object", properties, required: Object.keys(properties), additionalProperties: false, ...(description ? { description } : {}),
});

/** The JSON Schema (2020-12, as OpenAPI 3.1 uses) of what a zod schema accepts. */
export function fromZod(schema: z.ZodType): Schema {
  const json = z.toJSONSchema(schema, { io: "input", target: "draft-2020-12", unrepresentable: "any" }) as Record<string, unknown>;
  delete json.$schema;
  return stripUuidPatterns(json) as Schema;
}

// zod spells out the UUID regex next to `format: uuid`; the format alone says it.
function stripUuidPatterns(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripUuidPatterns);
  if (!value || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (!(k === "pattern" && (value as { format?: unknown }).format === "uuid")) out[k] = stripUuidPatterns(v);
  return out;
}

/** Query parameters from a zod object schema (one parameter per property). */
export function queryParams(schema: z.ZodObject, descriptions: Record<string, string> = {}): Parameter[] {
  const json = fromZod(schema) as { properties?: Record<string, Schema> };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({ name, in: "query", ...(descriptions[name] ? { description: descriptions[name] } : {}), schema: s }));
}

/** `{ data: … }`, the envelope of every successful /api/v1 answer. */
export const data = (schema: Schema): Schema => obj({ data: schema });
export const ok = (description: string, schema: Schema, cached = false): ApiResponse => ({
  description,
  ...(cached ? { headers: { "Cache-Control": { description: "public, max-age=60", schema: str() } } } : {}),
  content: { "application/json": { schema } },
});

const ERROR_RESPONSES = {
  BadRequest: [400, "Malformed JSON, or a body that is not a JSON object."],
  Unauthenticated: [401, "Not signed in."],
  Forbidden: [403, "Signed in, but the roles do not hold the permission."],
  NotFound: [404, "Unknown city or id, another city's row, or (public routes) not published."],
  Conflict: [409, "Conflicts with existing data (a duplicate; a call for proposals not open)."],
  PayloadTooLarge: [413, "Body over 1 MB."],
  UnsupportedMediaType: [415, "Body not sent as application/json."],
  Validation: [422, "Validation failed: wrong types, unknown fields, values out of range; see fieldErrors."],
} as const;

// --- The sections of the existing foundation -----------------------------------------------------------------

const tenantParam: Parameter = { name: "tenant", in: "path", required: true, description: "The city's slug, e.g. liaoyuan.", schema: str(undefined, { pattern: "^[a-z][a-z0-9-]{1,39}$" }), example: "liaoyuan" };
const session = [{ session: [] }];
const mutationErrors = { "400": errorRef("BadRequest"), "413": errorRef("PayloadTooLarge"), "415": errorRef("UnsupportedMediaType"), "422": errorRef("Validation") };
const staffErrors = { "401": errorRef("Unauthenticated"), "403": errorRef("Forbidden"), "404": errorRef("NotFound") };

const systemSection: ApiSection = {
  tags: [{ name: "system", description: "Liveness and readiness probes; this document." }],
  paths: {
    "/api/v1/openapi.json": {
      get: {
        operationId: "openApi", summary: "This OpenAPI 3.1 document", tags: ["system"], security: [],
        responses: { "200": { description: "The document.", content: { "application/json": { schema: { type: "object", description: "OpenAPI 3.1" } } } } },
      },
    },
    "/api/health": {
      get: {
        operationId: "health", summary: "Liveness: the process is up", tags: ["system"], security: [],
        responses: { "200": ok("Up.", obj({ status: { const: "ok" }, uptimeSeconds: int() })) },
      },
    },
    "/api/ready": {
      get: {
        operationId: "ready", summary: "Readiness: the database answers and all migrations are applied", tags: ["system"], security: [],
        responses: {
          "200": ok("Ready.", ref("Readiness")),
          "503": ok("Not ready (database down or migrations pending).", ref("Readiness")),
        },
      },
    },
  },
  schemas: {
    Readiness: obj({ status: { enum: ["ready", "not_ready"] }, database: { enum: ["up", "down"] }, pendingMigrations: arrayOf(str()) }),
  },
};

const identitySection: ApiSection = {
  tags: [{ name: "users", description: "A city's staff accounts and roles (tenant admins)." }],
  paths: {
    "/api/v1/{tenant}/users": {
      get: {
        operationId: "listUsers", summary: "List the city's users (phones masked)", tags: ["users"], security: session,
        description: "Permission `user.view`. 20 users a page; invalid filters are ignored.",
        parameters: [
          paramRef("tenant"),
          { name: "q", in: "query", description: "Part of the username or display name.", schema: str(undefined, { maxLength: 50 }) },
          { name: "role", in: "query", schema: { enum: ROLES } },
          { name: "status", in: "query", schema: { enum: ["active", "disabled"] } },
          { name: "page", in: "query", schema: { type: "integer", minimum: 1, default: 1 } },
        ],
        responses: { "200": ok("One page of users.", data(obj({ total: int(), pageCount: int(), users: arrayOf(ref("UserSummary")) }))), ...staffErrors },
      },
      post: {
        operationId: "createUser", summary: "Create a user", tags: ["users"], security: session, description: "Permission `user.manage`.",
        parameters: [paramRef("tenant")],
        requestBody: { required: true, content: { "application/json": { schema: fromZod(createUserSchema) } } },
        responses: { "201": ok("Created.", data(obj({ id: uuid() }))), ...staffErrors, "409": errorRef("Conflict"), ...mutationErrors },
      },
    },
    "/api/v1/{tenant}/users/{id}": {
      get: {
        operationId: "getUser", summary: "One user (phone masked)", tags: ["users"], security: session, description: "Permission `user.view`.",
        parameters: [paramRef("tenant"), { name: "id", in: "path", required: true, schema: uuid() }],
        responses: { "200": ok("The user.", data(ref("User"))), ...staffErrors },
      },
      patch: {
        operationId: "updateUser", summary: "Update display name, phone, active flag or roles", tags: ["users"], security: session,
        description: "Permission `user.manage`. Disabling a user signs them out at once.",
        parameters: [paramRef("tenant"), { name: "id", in: "path", required: true, schema: uuid() }],
        requestBody: { required: true, content: { "application/json": { schema: fromZod(updateUserSchema.omit({ userId: true })) } } },
        responses: { "200": ok("Updated.", data(obj({ id: uuid() }))), ...staffErrors, "409": errorRef("Conflict"), ...mutationErrors },
      },
    },
  },
  schemas: {
    UserSummary: obj({
      id: uuid(), username: str(), displayName: str(), phone: nullable(str("Masked: 138****1234.")), active: { type: "boolean" },
      locked: { type: "boolean" }, lastLoginAt: nullable(str(undefined, { format: "date-time" })), roles: arrayOf({ enum: ROLES }),
    }),
    User: obj({
      id: uuid(), username: str(), displayName: str(), phone: nullable(str("Masked: 138****1234.")), active: { type: "boolean" },
      lockedUntil: nullable(str(undefined, { format: "date-time" })), lastLoginAt: nullable(str(undefined, { format: "date-time" })),
      createdAt: str(undefined, { format: "date-time" }), roles: arrayOf(obj({ role: { enum: ROLES }, scopeId: nullable(uuid()) })),
    }),
  },
};

const platformSection: ApiSection = {
  tags: [{ name: "platform", description: "Platform operators: the cities (tenants)." }],
  paths: {
    "/api/platform/tenants": {
      get: {
        operationId: "listTenants", summary: "All tenants", tags: ["platform"], security: session,
        description: "Platform operators only; any other session answers 404.",
        responses: { "200": ok("The tenants.", data(arrayOf(ref("TenantSummary")))), "401": errorRef("Unauthenticated"), "404": errorRef("NotFound") },
      },
      post: {
        operationId: "createTenant", summary: "Open a new city with its first admin", tags: ["platform"], security: session,
        requestBody: { required: true, content: { "application/json": { schema: fromZod(createTenantSchema) } } },
        responses: { "201": ok("Created.", data(obj({ id: uuid(), slug: str() }))), "401": errorRef("Unauthenticated"), "404": errorRef("NotFound"), "409": errorRef("Conflict"), ...mutationErrors },
      },
    },
  },
  schemas: {
    TenantSummary: obj({
      id: uuid(), slug: str(), shortName: str(), fullName: str(), province: str(), active: { type: "boolean" },
      createdAt: str(undefined, { format: "date-time" }), userCount: int(),
    }),
  },
};

// --- Legislation (issue #3): the public side --------------------------------------------------------------------

const stage: Schema = { enum: STAGES, description: "Regulation stage (立项 … 公布施行, 撤回, 搁置)." };
const category: Schema = { enum: ["DELIBERATION", "RESEARCH", "RESERVE"], description: "审议项目 / 调研论证项目 / 预备项目." };
const idParam = (name: string, description: string): Parameter => ({ name, in: "path", required: true, description, schema: uuid() });
const publicErrors = { "404": errorRef("NotFound") };
const planFields: Record<string, Schema> = {
  id: uuid(), kind: { enum: ["FIVE_YEAR", "ANNUAL"] }, title: str(), term: str("e.g. 第九届"), startYear: int(), endYear: int(),
  description: str(), publishedAt: str(undefined, { format: "date-time" }), itemCount: int(),
};

const legislationSection: ApiSection = {
  tags: [{ name: "legislation", description: "Public: plans, regulations and their timelines, published drafts, citizens' proposals and receipts. No sign-in." }],
  paths: {
    "/api/v1/{tenant}/plans": {
      get: {
        operationId: "listPublishedPlans", summary: "Published five-year and annual plans", tags: ["legislation"], security: [],
        parameters: [paramRef("tenant")],
        responses: { "200": ok("The published plans.", data(arrayOf(ref("PlanSummary"))), true), ...publicErrors },
      },
    },
    "/api/v1/{tenant}/plans/{id}": {
      get: {
        operationId: "getPublishedPlan", summary: "One published plan with its items", tags: ["legislation"], security: [],
        parameters: [paramRef("tenant"), idParam("id", "The plan's id.")],
        responses: { "200": ok("The plan.", data(ref("Plan")), true), ...publicErrors },
      },
    },
    "/api/v1/{tenant}/regulations": {
      get: {
        operationId: "listPublicRegulations", summary: "Regulations the public may see", tags: ["legislation"], security: [],
        description: "Everything past 立项, and planned projects listed in a published plan; newest stage change first. Empty parameters count as absent.",
        parameters: [paramRef("tenant"), ...queryParams(publicRegulationQuerySchema, { stage: "Only this stage.", year: "Only this project year.", limit: "Page size.", offset: "Rows to skip." })],
        responses: {
          "200": ok("One page of regulations.", data(obj({ regulations: arrayOf(ref("RegulationSummary")), limit: int(), offset: int(), hasMore: { type: "boolean" } })), true),
          ...publicErrors, "422": errorRef("Validation"),
        },
      },
    },
    "/api/v1/{tenant}/regulations/{id}": {
      get: {
        operationId: "getPublicRegulation", summary: "One regulation: timeline and published drafts", tags: ["legislation"], security: [],
        parameters: [paramRef("tenant"), idParam("id", "The regulation's id.")],
        responses: { "200": ok("The regulation.", data(ref("Regulation")), true), ...publicErrors },
      },
    },
    "/api/v1/{tenant}/drafts/{id}": {
      get: {
        operationId: "getPublishedDraft", summary: "A published draft version, article by article", tags: ["legislation"], security: [],
        parameters: [paramRef("tenant"), idParam("id", "The draft version's id.")],
        responses: { "200": ok("The draft.", data(ref("Draft")), true), ...publicErrors },
      },
    },
    "/api/v1/{tenant}/proposals": {
      post: {
        operationId: "submitProposal", summary: "Propose a regulation (立法项目建议) during an open call", tags: ["legislation"], security: [],
        description: "No sign-in. Name and contact are optional and used only to contact the proposer about this proposal; they are never shown publicly. Keep the receipt code to track the proposal.",
        parameters: [paramRef("tenant")],
        requestBody: { required: true, content: { "application/json": { schema: fromZod(publicProposalSchema), example: { callId: "01970000-0000-7000-8000-000000000000", title: "辽源市二手车管理条例", necessity: "…", mainContent: "…" } } } },
        responses: {
          "201": ok("Received.", data(obj({ receiptCode: str("10 characters; track it at /api/v1/{tenant}/receipts/{code}.", { example: "K7M3QX9PRT" }) }))),
          "404": errorRef("NotFound"), "409": errorRef("Conflict"), ...mutationErrors,
        },
      },
    },
    "/api/v1/{tenant}/receipts/{code}": {
      get: {
        operationId: "getReceipt", summary: "What became of a submission, by receipt code", tags: ["legislation"], security: [],
        description: "For now: legislative proposals. Spaces, dashes and lower case in the code are forgiven. Never answers contact details. Cached privately only.",
        parameters: [paramRef("tenant"), { name: "code", in: "path", required: true, schema: str(undefined, { example: "K7M3QX9PRT" }) }],
        responses: { "200": ok("The submission's status.", data(ref("Receipt"))), ...publicErrors },
      },
    },
  },
  schemas: {
    PlanSummary: obj(planFields),
    // Flat (the summary's fields plus the items) rather than allOf, for simple clients.
    Plan: obj({ ...planFields, items: arrayOf(ref("PlanItem")) }),
    PlanItem: obj({
      id: uuid(), title: str(), category, field: nullable(str("Legal field.")), draftingUnit: nullable(str()), leadCommittee: nullable(str()),
      plannedYear: nullable(int()), targetStage: nullable(stage), targetMonth: nullable(int()),
      regulation: nullable(obj({ id: uuid(), stage }, "The regulation project and its current stage.")),
    }),
    RegulationSummary: obj({
      id: uuid(), title: str(), kind: { enum: ["NEW", "AMENDMENT", "REPEAL"] }, stage, year: int(),
      stageChangedOn: day(), promulgatedOn: nullable(day()), effectiveOn: nullable(day()),
    }),
    Regulation: obj({
      id: uuid(), title: str(), kind: { enum: ["NEW", "AMENDMENT", "REPEAL"] }, stage, year: int(),
      stageChangedOn: day(), promulgatedOn: nullable(day()), effectiveOn: nullable(day()), repealedOn: nullable(day()),
      summary: str(), committee: nullable(str("Lead committee.")),
      target: nullable(obj({ id: uuid(), title: str() }, "The regulation this project amends or repeals.")),
      changedBy: arrayOf(obj({ id: uuid(), title: str(), kind: { enum: ["NEW", "AMENDMENT", "REPEAL"] }, stage })),
      timeline: arrayOf(ref("TimelineEvent")),
      drafts: arrayOf(ref("DraftRef")),
    }),
    TimelineEvent: obj({
      id: uuid(), stage, fromStage: nullable(stage), occurredOn: day(), meeting: nullable(str("e.g. 市十七届人大常委会第五次会议")),
      committee: nullable(str()), draftVersionId: nullable(uuid("The published draft read at this stage.")),
    }),
    DraftRef: obj({ id: uuid(), versionNo: int(), label: str("e.g. 征求意见稿, 一审稿"), title: str(), publishedAt: str(undefined, { format: "date-time" }) }),
    Draft: obj({
      id: uuid(), versionNo: int(), label: str(), title: str(), publishedAt: str(undefined, { format: "date-time" }),
      regulation: obj({ id: uuid(), title: str(), stage }), preamble: str(),
      chapters: arrayOf(obj({ number: int(), label: str("第一章"), title: str(), sections: arrayOf(obj({ number: int(), label: str("第一节"), title: str() })) })),
      articles: arrayOf(ref("Article")),
    }),
    Article: obj({
      id: uuid(), ordinal: int("Position in the draft, from 1; the portal's anchor is #article-{ordinal}."),
      number: int("第五条 → 5."), suffix: int("第十条之一 → 1; else 0."), label: str("第五条"),
      chapter: nullable(int()), section: nullable(int()), text: str("The article without its label; 款 and 项 lines joined with \\n."),
      clauses: arrayOf(obj({ index: int("款, from 1."), text: str(), items: arrayOf(obj({ number: int("项 （一） → 1."), text: str() })) })),
    }),
    Receipt: obj({
      kind: { const: "proposal" }, code: str(), title: str(), status: { enum: ["SUBMITTED", "SCREENING", "IN_PLAN", "MERGED", "REJECTED"] },
      category: nullable(category), reason: nullable(str("The decision's reason (in plan, merged, not adopted).")),
      mergedIntoTitle: nullable(str()), submittedAt: str(undefined, { format: "date-time" }), decidedOn: nullable(day()),
    }),
  },
};

// --- The document --------------------------------------------------------------------------------------------

/** Later modules add their section here. */
export const API_SECTIONS: ApiSection[] = [systemSection, identitySection, platformSection, legislationSection];

export function buildOpenApiDocument(sections: ApiSection[] = API_SECTIONS): OpenApiDocument {
  const paths: Record<string, PathItem> = {};
  const schemas: Record<string, Schema> = {
    Error: obj({
      error: {
        type: "object", required: ["code", "message"], additionalProperties: false,
        properties: {
          code: { enum: Object.keys(ERROR_STATUS) },
          message: str("In the reader's language (NEXT_LOCALE cookie; zh-CN by default)."),
          fieldErrors: { type: "object", additionalProperties: arrayOf(str()), description: "Field name (dotted path; `_` for the body itself) → messages." },
        },
      },
    }),
  };
  const tags: Tag[] = [];
  for (const section of sections) {
    tags.push(...section.tags);
    for (const [path, item] of Object.entries(section.paths)) {
      if (paths[path]) throw new Error(`OpenAPI: path ${path} defined twice`);
      paths[path] = withLocale(item);
    }
    for (const [name, schema] of Object.entries(section.schemas ?? {})) {
      if (schemas[name]) throw new Error(`OpenAPI: schema ${name} defined twice`);
      schemas[name] = schema;
    }
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Lianxin 连心 API",
      version: "1",
      description: "JSON API of the Lianxin platform. Successful answers are `{ data }`; errors are `{ error: { code, message, fieldErrors? } }` with the message in the reader's language. Bad input is always a 4xx, never a 500.",
    },
    servers: [{ url: "/" }],
    tags,
    paths,
    components: {
      schemas,
      responses: Object.fromEntries(
        Object.entries(ERROR_RESPONSES).map(([name, [, description]]) => [name, { description, content: { "application/json": { schema: ref("Error") } } }]),
      ),
      parameters: {
        tenant: tenantParam,
        locale: { name: localeCookie, in: "cookie", description: "Language of messages; zh-CN when absent.", schema: { enum: locales } },
      },
      securitySchemes: {
        session: { type: "apiKey", in: "cookie", name: "next-auth.session-token", description: "The session cookie set by signing in at /{tenant}/login (__Secure- prefixed over HTTPS)." },
      },
    },
  };
}

// Every operation answers in the reader's language, so every operation takes the locale cookie.
function withLocale(item: PathItem): PathItem {
  return Object.fromEntries(Object.entries(item).map(([method, op]) => [method, { ...op, parameters: [...(op.parameters ?? []), paramRef("locale")] }]));
}
