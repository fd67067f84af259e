// The inquiry part of the oversight API description: a finished special inquiry's public record.
import {
  arrayOf,
  data,
  day,
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
import type { ApiSection, Schema } from "@/lib/openapi/core";
import { INQUIRY_STATUSES, RECTIFICATION_STATUSES } from "./kinds";
import { recordQuestionSchema } from "./schemas-inquiry";

const counts: Schema = {
  type: "object",
  description: "Votes per option code (SATISFIED / BASIC / UNSATISFIED). Counts only: no ballot, no voter.",
  additionalProperties: { type: "integer" },
};

export const inquiryApi: ApiSection = {
  tags: [],
  paths: {
    "/api/v1/{tenant}/inquiries/{id}": {
      get: {
        operationId: "getInquiry",
        summary: "A special inquiry's public record",
        description:
          "Published inquiries whose satisfaction vote is over: the topic, research figures, respondent units, " +
          "the questions and answers in the order asked (a follow-up names its question), the vote's results and " +
          "the rectification's progress. Anything else answers 404, as an unknown id does.",
        tags: ["oversight"],
        security: [],
        parameters: [
          paramRef("tenant"),
          { name: "id", in: "path", required: true, description: "The inquiry's id.", schema: uuid() },
        ],
        responses: {
          "200": ok("The record.", data(ref("InquiryRecord")), true),
          "404": errorRef("NotFound"),
        },
      },
    },
    "/api/v1/{tenant}/inquiries/{id}/questions": {
      post: {
        operationId: "recordInquiryQuestion",
        summary: "Record a question (with its answer) in a special inquiry's session",
        description:
          "The session page's sync (`inquiry.record`, signed in; the inquiry's activity must be one the member " +
          "runs). Idempotent on `clientKey`, a UUID the recording laptop makes per entry: the first request " +
          "stores it, a resend with the same key updates its text and stores nothing new. `parentClientKey` makes " +
          "it a follow-up of an entry already stored (409 if that one has not arrived). 409 before the session " +
          "opens and once the inquiry is closed.",
        tags: ["oversight"],
        security: session,
        parameters: [
          paramRef("tenant"),
          { name: "id", in: "path", required: true, description: "The inquiry's id.", schema: uuid() },
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: fromZod(recordQuestionSchema.omit({ inquiryId: true })),
              example: {
                clientKey: "0193f1a2-7c4e-7b10-9a3e-5c2d1e0f4b6a",
                questionerName: "张委员",
                answererName: "王某",
                question: "企业开办时间还能否进一步压缩？",
                answer: "今年已压缩到一个工作日以内。",
              },
            },
          },
        },
        responses: {
          "200": ok("Stored (`created` says whether it is new).", data(ref("InquiryQuestionStored"))),
          "409": errorRef("Conflict"),
          ...staffErrors,
          ...mutationErrors,
        },
      },
    },
  },
  schemas: {
    InquiryQuestionStored: obj({
      id: uuid(),
      seq: int("Order asked."),
      clientKey: uuid(),
      created: { type: "boolean" },
    }),
    InquiryRecord: obj({
      id: uuid(),
      activityId: uuid("The oversight activity it belongs to."),
      topic: str(),
      committee: nullable(str()),
      year: int(),
      status: { enum: INQUIRY_STATUSES },
      reasons: str(),
      research: obj({
        questionnaires: int("Questionnaires sent."),
        questionnaireResponses: int("Questionnaires returned."),
        forums: int(),
        visits: int(),
        note: str(),
      }),
      session: obj({ on: nullable(day()), place: str() }),
      respondents: arrayOf(obj({ id: uuid(), unit: str(), officials: str() })),
      questions: arrayOf(
        obj({
          id: uuid(),
          seq: int("Order asked."),
          followUpOf: nullable(uuid("The question this follows up.")),
          questioner: str(),
          respondent: nullable(str("The unit answering.")),
          answerer: str(),
          question: str(),
          answer: str(),
        }),
      ),
      votes: arrayOf(
        obj({
          title: str(),
          closedAt: nullable(str(undefined, { format: "date-time" })),
          voters: int(),
          voted: int(),
          options: arrayOf(str()),
          items: arrayOf(obj({ label: str(), counts })),
        }),
      ),
      rectification: obj({
        total: int(),
        byStatus: obj(Object.fromEntries(RECTIFICATION_STATUSES.map((s) => [s, int()]))),
        overdue: int("Not accepted and past due."),
      }),
    }),
  },
};
