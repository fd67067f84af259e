// The consultation module's part of the API description (assembled by lib/openapi/index.ts).
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
  str,
  uuid,
} from "@/lib/openapi/core";
import type { ApiSection, Schema } from "@/lib/openapi/core";
import { opinionSchema } from "./schemas";
import { CONSULTATION_STATES, DISPOSITIONS } from "./workflow";

const instant = (description?: string): Schema => str(description, { format: "date-time" });

export const consultationSection: ApiSection = {
  tags: [
    {
      name: "consultation",
      description:
        "Public consultation on draft regulations (公开征求意见): open consultations and citizens' opinions. No sign-in unless the city requires it.",
    },
  ],
  paths: {
    "/api/v1/{tenant}/consultations": {
      get: {
        operationId: "listConsultations",
        summary: "Consultations on draft regulations, with counts",
        tags: ["consultation"],
        security: [],
        description:
          "Open ones first (soonest to close first), then closed ones. `status=open` lists only those taking opinions now. Counts may lag by up to 30 seconds.",
        parameters: [
          paramRef("tenant"),
          {
            name: "status",
            in: "query",
            required: false,
            description: "Only consultations in this state.",
            schema: { const: "open" },
          },
        ],
        responses: {
          "200": ok("The consultations.", data(arrayOf(ref("ConsultationSummary"))), true),
          "404": errorRef("NotFound"),
          "422": errorRef("Validation"),
        },
      },
    },
    "/api/v1/{tenant}/consultations/{id}/opinions": {
      post: {
        operationId: "submitOpinion",
        summary: "Comment on a draft under consultation, as a whole or on one article",
        tags: ["consultation"],
        security: [],
        description:
          "`articleId` is an article id of the consultation's draft version (GET /api/v1/{tenant}/drafts/{draftVersionId}); omit it to comment on the whole draft. " +
          "`area` is a district id of the city. Name and contact are optional, used only to contact the submitter about this opinion, never published. " +
          "Send an `Idempotency-Key` header (e.g. a UUID made once per submission): a retry with the same key answers 201 with the same receipt code and the header `Idempotent-Replayed: true`, and stores nothing new; the same key with different content is refused (422). " +
          "Limits per client and per consultation answer 429 with `Retry-After`. Identical texts are all kept and counted as a campaign. " +
          "A browser is counted as one person by an anonymous `lx_sid` cookie, set with the answer when the request carries none.",
        parameters: [
          paramRef("tenant"),
          { name: "id", in: "path", required: true, description: "The consultation's id.", schema: uuid() },
          {
            name: "Idempotency-Key",
            in: "header",
            required: false,
            description: "1–100 visible ASCII characters, unique per opinion.",
            schema: str(undefined, { example: "2f1c6a9e-3b5d-4c1e-9a7f-0b8d6e4c2a11" }),
          },
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: fromZod(opinionSchema),
              example: {
                articleId: "01970000-0000-7000-8000-000000000000",
                content: "建议第五条明确犬链长度。",
                name: "王先生",
                contact: "13800001234",
              },
            },
          },
        },
        responses: {
          "201": ok(
            "Received (or the replay of an earlier identical request).",
            data(
              obj({
                receiptCode: str("10 characters; track it at /api/v1/{tenant}/receipts/{code}.", {
                  example: "K7M3QX9PRT",
                }),
              }),
            ),
          ),
          "401": errorRef("Unauthenticated"),
          "403": errorRef("Forbidden"),
          "404": errorRef("NotFound"),
          "409": errorRef("Conflict"),
          "429": errorRef("RateLimited"),
          ...mutationErrors,
        },
      },
    },
  },
  schemas: {
    ConsultationSummary: obj({
      id: uuid(),
      title: str(),
      draftVersionId: uuid("Its articles: GET /api/v1/{tenant}/drafts/{draftVersionId}."),
      regulationId: uuid(),
      startsAt: instant(),
      endsAt: instant(),
      state: { enum: CONSULTATION_STATES },
      opinionCount: int(),
      peopleCount: int("Distinct submitters (a contact point counts the people it consulted)."),
    }),
    OpinionReceipt: obj({
      kind: { const: "opinion" },
      code: str(),
      consultationId: uuid(),
      consultationTitle: str(),
      article: nullable(str("e.g. 第五条; null for the whole draft.")),
      submittedAt: instant(),
      status: { enum: ["RECEIVED", "DISPOSED"] },
      dispositionsPublished: { type: "boolean" },
      disposition: nullable({ enum: DISPOSITIONS }),
      reason: nullable(str("Shown once the dispositions are published.")),
    }),
  },
};
