// The OpenAPI 3.1 description of the JSON API, served at /api/v1/openapi.json. Each module contributes one
// `ApiSection` (its tags, paths and schemas); `buildOpenApiDocument` merges them and refuses a path or schema
// defined twice. Request bodies are generated from the same zod schemas the handlers parse with, so the
// document cannot drift from the validation.
import { ERROR_RESPONSES, arrayOf, obj, paramRef, ref, str, tenantParam } from "@/lib/openapi/core";
import type { ApiSection, OpenApiDocument, PathItem, Schema, Tag } from "@/lib/openapi/core";
import { ERROR_STATUS } from "@/lib/errors";
import { locales, localeCookie } from "@/lib/i18n/config";
import { MANIFESTS } from "@/lib/modules/registry";
import { systemSection } from "./system";

// --- The document --------------------------------------------------------------------------------------------

/** The probes' section, then every module's (its manifest's `openapi`), in registry order. */
export async function apiSections(): Promise<ApiSection[]> {
  const sections = await Promise.all(MANIFESTS.map((m) => (m.openapi ? m.openapi() : null)));
  return [systemSection, ...sections.filter((s): s is ApiSection => s !== null)];
}

export function buildOpenApiDocument(sections: ApiSection[]): OpenApiDocument {
  const paths: Record<string, PathItem> = {};
  const schemas: Record<string, Schema> = {
    Error: obj({
      error: {
        type: "object",
        required: ["code", "message"],
        additionalProperties: false,
        properties: {
          code: { enum: Object.keys(ERROR_STATUS) },
          message: str("In the reader's language (NEXT_LOCALE cookie; zh-CN by default)."),
          fieldErrors: {
            type: "object",
            additionalProperties: arrayOf(str()),
            description: "Field name (dotted path; `_` for the body itself) → messages.",
          },
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
      description:
        "JSON API of the Lianxin platform. Successful answers are `{ data }`; errors are `{ error: { code, message, fieldErrors? } }` with the message in the reader's language. Bad input is always a 4xx, never a 500.",
    },
    servers: [{ url: "/" }],
    tags,
    paths,
    components: {
      schemas,
      responses: Object.fromEntries(
        Object.entries(ERROR_RESPONSES).map(([name, [, description]]) => [
          name,
          { description, content: { "application/json": { schema: ref("Error") } } },
        ]),
      ),
      parameters: {
        tenant: tenantParam,
        locale: {
          name: localeCookie,
          in: "cookie",
          description: "Language of messages; zh-CN when absent.",
          schema: { enum: locales },
        },
      },
      securitySchemes: {
        session: {
          type: "apiKey",
          in: "cookie",
          name: "next-auth.session-token",
          description: "The session cookie set by signing in at /{tenant}/login (__Secure- prefixed over HTTPS).",
        },
      },
    },
  };
}

// Every operation answers in the reader's language, so every operation takes the locale cookie.
function withLocale(item: PathItem): PathItem {
  return Object.fromEntries(
    Object.entries(item).map(([method, op]) => [
      method,
      { ...op, parameters: [...(op.parameters ?? []), paramRef("locale")] },
    ]),
  );
}

/** The whole document, from every module's section. */
export async function openApiDocument(): Promise<OpenApiDocument> {
  return buildOpenApiDocument(await apiSections());
}
