// The tenancy module's part of the API description: platform operators and the cities (tenants).
import {
  arrayOf,
  data,
  errorRef,
  fromZod,
  int,
  mutationErrors,
  obj,
  ok,
  ref,
  session,
  str,
  uuid,
} from "@/lib/openapi/core";
import type { ApiSection } from "@/lib/openapi/core";
import { createTenantSchema } from "./schemas";

export const platformSection: ApiSection = {
  tags: [{ name: "platform", description: "Platform operators: the cities (tenants)." }],
  paths: {
    "/api/platform/tenants": {
      get: {
        operationId: "listTenants",
        summary: "All tenants",
        tags: ["platform"],
        security: session,
        description: "Platform operators only; any other session answers 404.",
        responses: {
          "200": ok("The tenants.", data(arrayOf(ref("TenantSummary")))),
          "401": errorRef("Unauthenticated"),
          "404": errorRef("NotFound"),
        },
      },
      post: {
        operationId: "createTenant",
        summary: "Open a new city with its first admin",
        tags: ["platform"],
        security: session,
        requestBody: { required: true, content: { "application/json": { schema: fromZod(createTenantSchema) } } },
        responses: {
          "201": ok("Created.", data(obj({ id: uuid(), slug: str() }))),
          "401": errorRef("Unauthenticated"),
          "404": errorRef("NotFound"),
          "409": errorRef("Conflict"),
          ...mutationErrors,
        },
      },
    },
  },
  schemas: {
    TenantSummary: obj({
      id: uuid(),
      slug: str(),
      shortName: str(),
      fullName: str(),
      province: str(),
      active: { type: "boolean" },
      createdAt: str(undefined, { format: "date-time" }),
      userCount: int(),
    }),
  },
};
