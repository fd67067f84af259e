// The citizen's side of the API description: the rating endpoint and the shape of a message's receipt (answered by
// GET /api/v1/{tenant}/receipts/{code}, which the legislation section describes). To be spread into the module's
// section (openapi.ts: `citizenMessagesPaths`, `citizenMessagesSchemas`).
import {
  arrayOf,
  data,
  errorRef,
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
import type { PathItem, Schema } from "@/lib/openapi/core";
import { RATING_COMMENT_MAX } from "./schemas-public";
import { MESSAGE_RATINGS, MESSAGE_STATUSES } from "./workflow";

const status: Schema = { enum: [...MESSAGE_STATUSES] };
/** The receipt route answers several kinds; a message's is this one. */
const RECEIPT_KIND = ["message"];
const rating: Schema = { enum: [...MESSAGE_RATINGS] };
const instant = (description?: string): Schema => str(description, { format: "date-time" });

export const citizenMessagesPublicPaths: Record<string, PathItem> = {
  "/api/v1/{tenant}/receipts/{code}/rating": {
    post: {
      operationId: "rateCitizenMessage",
      summary: "Rate the released answer to a citizen's message (满意 / 基本满意 / 不满意)",
      tags: ["citizenMessages"],
      security: [],
      description:
        "No sign-in: the receipt code is the key. Only once the answer is released (409 before), once per round (409 when rated). " +
        "`SATISFIED` and `BASIC` close the message; `UNSATISFIED` reopens it once for a second answer (back to its unit with a new deadline in working days, or to the office when it was answered directly) and closes it after that. " +
        "The Chinese words 满意, 基本满意 and 不满意 are accepted for `rating`. Limited per client (429 with `Retry-After`). An unknown code, or another city's, is 404.",
      parameters: [
        paramRef("tenant"),
        { name: "code", in: "path", required: true, schema: str(undefined, { example: "K7M3QX9PRT" }) },
      ],
      requestBody: {
        required: true,
        content: {
          "application/json": {
            schema: {
              type: "object",
              properties: { rating, comment: str(`At most ${RATING_COMMENT_MAX} characters.`) },
              required: ["rating"],
              additionalProperties: false,
            },
            example: { rating: "SATISFIED", comment: "路灯已经修好了，谢谢。" },
          },
        },
      },
      responses: {
        "201": ok(
          "Rated: the message's new status.",
          data(
            obj({
              receiptCode: str(),
              status,
              reopened: { type: "boolean", description: "Reopened for a second answer (不满意 on the first)." },
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

citizenMessagesPublicPaths["/api/v1/{tenant}/receipts/{code}/files/{id}"] = {
  get: {
    operationId: "getCitizenMessageReplyFile",
    summary: "A file of the released answer to a citizen's message, by receipt code",
    tags: ["citizenMessages"],
    security: [],
    description:
      "No sign-in: the receipt code is the key. Only files of the replies the receipt shows (released, not sent back); anything else is 404. Always a download of the detected type (never HTML or SVG), never cached by others.",
    parameters: [
      paramRef("tenant"),
      { name: "code", in: "path", required: true, schema: str(undefined, { example: "K7M3QX9PRT" }) },
      {
        name: "id",
        in: "path",
        required: true,
        description: "An attachment id from the receipt's `replies`.",
        schema: uuid(),
      },
    ],
    responses: {
      "200": { description: "The file, as a download." },
      "404": errorRef("NotFound"),
    },
  },
};

export const citizenMessagesPublicSchemas: Record<string, Schema> = {
  MessageReceipt: obj(
    {
      kind: { enum: RECEIPT_KIND },
      receiptCode: str(),
      title: str(),
      category: str("A default category's code, or the city's own name (`categoryIsCode` false)."),
      categoryIsCode: { type: "boolean" },
      station: obj({ id: uuid(), name: str() }),
      deputy: nullable(obj({ id: uuid(), name: str() })),
      status: { ...status, description: "For a merged message, the status of the message it follows." },
      submittedAt: instant(),
      reason: nullable(str("Why it was returned or declined.")),
      merged: { type: "boolean" },
      steps: arrayOf(
        obj({
          kind: str("The move: submit, accept, classify, transfer, reply, release, rate, reopen, merge …"),
          status,
          at: instant(),
          reason: nullable(str("Shown for a return or a decline only.")),
        }),
      ),
      replies: arrayOf(
        obj({
          round: int(),
          body: str(),
          releasedAt: instant(),
          direct: { type: "boolean", description: "Answered by the deputy or the office, not a unit." },
          attachments: arrayOf(obj({ id: uuid(), fileName: str(), contentType: str(), byteSize: int() })),
        }),
      ),
      canRate: { type: "boolean" },
      rating: nullable(obj({ value: rating, comment: nullable(str()), at: instant() })),
      round: int(),
    },
    "A citizen's message by its receipt code: public steps only, the answer once released, never contact details.",
  ),
};

/** The receipt's schema, for the GET's `oneOf`. */
export const messageReceiptRef = ref("MessageReceipt");
