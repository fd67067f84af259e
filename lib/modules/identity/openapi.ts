// The identity module's part of the API description: a city's users.
import {
  arrayOf,
  data,
  errorRef,
  fromZod,
  int,
  mutationErrors,
  nullable,
  obj,
  ok,
  paramRef,
  ref,
  session,
  staffErrors,
  str,
  uuid,
} from "@/lib/openapi/core";
import type { ApiSection } from "@/lib/openapi/core";
import { ROLES } from "../define";
import { createUserSchema, updateUserSchema } from "./schemas";

export const identitySection: ApiSection = {
  tags: [{ name: "users", description: "A city's staff accounts and roles (tenant admins)." }],
  paths: {
    "/api/v1/{tenant}/users": {
      get: {
        operationId: "listUsers",
        summary: "List the city's users (phones masked)",
        tags: ["users"],
        security: session,
        description: "Permission `user.view`. 20 users a page; invalid filters are ignored.",
        parameters: [
          paramRef("tenant"),
          {
            name: "q",
            in: "query",
            description: "Part of the username or display name.",
            schema: str(undefined, { maxLength: 50 }),
          },
          { name: "role", in: "query", schema: { enum: ROLES } },
          { name: "status", in: "query", schema: { enum: ["active", "disabled"] } },
          { name: "page", in: "query", schema: { type: "integer", minimum: 1, default: 1 } },
        ],
        responses: {
          "200": ok(
            "One page of users.",
            data(obj({ total: int(), pageCount: int(), users: arrayOf(ref("UserSummary")) })),
          ),
          ...staffErrors,
        },
      },
      post: {
        operationId: "createUser",
        summary: "Create a user",
        tags: ["users"],
        security: session,
        description: "Permission `user.manage`.",
        parameters: [paramRef("tenant")],
        requestBody: { required: true, content: { "application/json": { schema: fromZod(createUserSchema) } } },
        responses: {
          "201": ok("Created.", data(obj({ id: uuid() }))),
          ...staffErrors,
          "409": errorRef("Conflict"),
          ...mutationErrors,
        },
      },
    },
    "/api/v1/{tenant}/users/{id}": {
      get: {
        operationId: "getUser",
        summary: "One user (phone masked)",
        tags: ["users"],
        security: session,
        description: "Permission `user.view`.",
        parameters: [paramRef("tenant"), { name: "id", in: "path", required: true, schema: uuid() }],
        responses: { "200": ok("The user.", data(ref("User"))), ...staffErrors },
      },
      patch: {
        operationId: "updateUser",
        summary: "Update display name, phone, e-mail, active flag or roles",
        tags: ["users"],
        security: session,
        description: "Permission `user.manage`. Disabling a user signs them out at once.",
        parameters: [paramRef("tenant"), { name: "id", in: "path", required: true, schema: uuid() }],
        requestBody: {
          required: true,
          content: { "application/json": { schema: fromZod(updateUserSchema.omit({ userId: true })) } },
        },
        responses: {
          "200": ok("Updated.", data(obj({ id: uuid() }))),
          ...staffErrors,
          "409": errorRef("Conflict"),
          ...mutationErrors,
        },
      },
    },
  },
  schemas: {
    UserSummary: obj({
      id: uuid(),
      username: str(),
      displayName: str(),
      phone: nullable(str("Masked: 138****1234.")),
      active: { type: "boolean" },
      locked: { type: "boolean" },
      lastLoginAt: nullable(str(undefined, { format: "date-time" })),
      roles: arrayOf({ enum: ROLES }),
    }),
    User: obj({
      id: uuid(),
      username: str(),
      displayName: str(),
      phone: nullable(str("Masked: 138****1234.")),
      email: nullable(str("Masked: w***@example.cn. Where notifications are e-mailed.")),
      active: { type: "boolean" },
      lockedUntil: nullable(str(undefined, { format: "date-time" })),
      lastLoginAt: nullable(str(undefined, { format: "date-time" })),
      createdAt: str(undefined, { format: "date-time" }),
      roles: arrayOf(obj({ role: { enum: ROLES }, scopeId: nullable(uuid()) })),
    }),
  },
};
