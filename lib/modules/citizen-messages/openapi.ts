// The citizen-messages module's part of the API description (assembled by lib/openapi/index.ts): the intake here,
// the rating and the message's receipt in openapi-public.ts (the receipt route itself is legislation's, which
// names the message's receipt among its answers).
import { data, errorRef, fromZod, mutationErrors, obj, ok, paramRef, str, uuid } from "@/lib/openapi/core";
import type { ApiSection, PathItem, Schema } from "@/lib/openapi/core";
// (multipart/form-data is described in words: the description's content types are JSON, iCalendar and SVG.)
import { MESSAGE_PHOTO_MAX_BYTES, MESSAGE_PHOTOS_MAX, messageIntakeBodySchema } from "./schemas-intake";
import { citizenMessagesPublicPaths, citizenMessagesPublicSchemas } from "./openapi-public";
import { DEFAULT_CATEGORIES } from "./settings";

const body = fromZod(messageIntakeBodySchema);
const photoMb = MESSAGE_PHOTO_MAX_BYTES / 1024 / 1024;

export const citizenMessagesPaths: Record<string, PathItem> = {
  "/api/v1/{tenant}/stations/{id}/messages": {
    post: {
      operationId: "submitCitizenMessage",
      summary: "Write to a liaison station, or to one of its deputies (群众留言)",
      tags: ["citizenMessages"],
      security: [],
      description:
        "No sign-in. `deputyId` is a deputy grouped into the station (GET /api/v1/{tenant}/stations/{id} lists them); omit it to write to the station as a whole. " +
        `\`category\` is one of the city's categories (by default ${DEFAULT_CATEGORIES.join(", ")}; a city may name its own). ` +
        "`areaId` is a district or street of the city. Name, phone and e-mail are optional and used only to reply about this message; `replyByPhone` needs a `phone` (a mainland mobile or landline number). " +
        "`publishConsent` lets the city show the message and its reply, anonymised, on its public board. " +
        `As \`multipart/form-data\`, the same fields (booleans as \`true\`/\`false\`) and up to ${MESSAGE_PHOTOS_MAX} photos in \`photos\` (JPEG, PNG, WebP or GIF, judged by content; at most ${photoMb} MB each); photos are never public. ` +
        "Send an `Idempotency-Key` header (e.g. a UUID made once per message): a retry with the same key and body answers 201 with the same receipt code and `Idempotent-Replayed: true`, and stores nothing new; the same key with another body is refused (422). " +
        "Limits per client and per station answer 429 with `Retry-After`. A closed station answers 409, an unknown one (or another city's) 404.",
      parameters: [
        paramRef("tenant"),
        { name: "id", in: "path", required: true, description: "The station's id.", schema: uuid() },
        {
          name: "Idempotency-Key",
          in: "header",
          required: false,
          description: "1–100 visible ASCII characters, unique per message.",
          schema: str(undefined, { example: "6b0c2f4e-8d1a-4f3b-9c2e-5a7d1e0b3c44" }),
        },
      ],
      requestBody: {
        required: true,
        content: {
          "application/json": {
            schema: body,
            example: {
              category: "urban",
              title: "小区门口路灯不亮",
              body: "长平路某小区东门的路灯已经坏了一个月，晚上出行不便，请帮忙协调修复。",
              phone: "13800001234",
              replyByPhone: true,
              publishConsent: false,
            },
          },
        },
      },
      responses: {
        "201": ok(
          "Received (or the replay of an earlier identical request).",
          data(
            obj({
              receiptCode: str("10 characters, to track the message and rate its reply.", { example: "K7M3QX9PRT" }),
              trackUrl: str("The citizen's tracking page, e.g. /shantou/track/K7M3QX9PRT."),
            }),
          ),
        ),
        "404": errorRef("NotFound"),
        "409": errorRef("Conflict"),
        "429": errorRef("RateLimited"),
        ...mutationErrors,
      },
    },
  },
};

export const citizenMessagesSchemas: Record<string, Schema> = {};

export const citizenMessagesSection: ApiSection = {
  tags: [
    {
      name: "citizenMessages",
      description:
        "Citizens' messages to liaison stations and their deputies (群众留言, 网上代表联络站): writing one without an account, and following it by its receipt code.",
    },
  ],
  paths: { ...citizenMessagesPaths, ...citizenMessagesPublicPaths },
  schemas: { ...citizenMessagesSchemas, ...citizenMessagesPublicSchemas },
};
