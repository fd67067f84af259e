// The platform's own part of the API description: probes and this document.
import { arrayOf, int, obj, ok, ref, str } from "@/lib/openapi/core";
import type { ApiSection } from "@/lib/openapi/core";

export const systemSection: ApiSection = {
  tags: [{ name: "system", description: "Liveness and readiness probes; this document." }],
  paths: {
    "/api/v1/openapi.json": {
      get: {
        operationId: "openApi",
        summary: "This OpenAPI 3.1 document",
        tags: ["system"],
        security: [],
        responses: {
          "200": {
            description: "The document.",
            content: { "application/json": { schema: { type: "object", description: "OpenAPI 3.1" } } },
          },
        },
      },
    },
    "/api/health": {
      get: {
        operationId: "health",
        summary: "Liveness: the process is up",
        tags: ["system"],
        security: [],
        responses: { "200": ok("Up.", obj({ status: { const: "ok" }, uptimeSeconds: int() })) },
      },
    },
    "/api/ready": {
      get: {
        operationId: "ready",
        summary: "Readiness: the database answers and all migrations are applied",
        tags: ["system"],
        security: [],
        responses: {
          "200": ok("Ready.", ref("Readiness")),
          "503": ok("Not ready (database down or migrations pending).", ref("Readiness")),
        },
      },
    },
  },
  schemas: {
    Readiness: obj({
      status: { enum: ["ready", "not_ready"] },
      database: { enum: ["up", "down"] },
      pendingMigrations: arrayOf(str()),
    }),
  },
};
