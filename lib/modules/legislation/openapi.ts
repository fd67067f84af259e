// The legislation module's part of the API description (assembled by lib/openapi/index.ts).
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
  queryParams,
  ref,
  str,
  uuid,
} from "@/lib/openapi/core";
import type { ApiSection, Parameter, Schema } from "@/lib/openapi/core";
import { publicRegulationQuerySchema } from "./public-api";
import { publicProposalSchema } from "./schemas";
import { STAGES } from "./workflow";

const stage: Schema = { enum: STAGES, description: "Regulation stage (立项 … 公布施行, 撤回, 搁置)." };
const category: Schema = {
  enum: ["DELIBERATION", "RESEARCH", "RESERVE"],
  description: "审议项目 / 调研论证项目 / 预备项目.",
};
const idParam = (name: string, description: string): Parameter => ({
  name,
  in: "path",
  required: true,
  description,
  schema: uuid(),
});
const publicErrors = { "404": errorRef("NotFound") };
const planFields: Record<string, Schema> = {
  id: uuid(),
  kind: { enum: ["FIVE_YEAR", "ANNUAL"] },
  title: str(),
  term: str("e.g. 第九届"),
  startYear: int(),
  endYear: int(),
  description: str(),
  publishedAt: str(undefined, { format: "date-time" }),
  itemCount: int(),
};

export const legislationSection: ApiSection = {
  tags: [
    {
      name: "legislation",
      description:
        "Public: plans, regulations and their timelines, published drafts, citizens' proposals and receipts. No sign-in.",
    },
  ],
  paths: {
    "/api/v1/{tenant}/plans": {
      get: {
        operationId: "listPublishedPlans",
        summary: "Published five-year and annual plans",
        tags: ["legislation"],
        security: [],
        parameters: [paramRef("tenant")],
        responses: { "200": ok("The published plans.", data(arrayOf(ref("PlanSummary"))), true), ...publicErrors },
      },
    },
    "/api/v1/{tenant}/plans/{id}": {
      get: {
        operationId: "getPublishedPlan",
        summary: "One published plan with its items",
        tags: ["legislation"],
        security: [],
        parameters: [paramRef("tenant"), idParam("id", "The plan's id.")],
        responses: { "200": ok("The plan.", data(ref("Plan")), true), ...publicErrors },
      },
    },
    "/api/v1/{tenant}/regulations": {
      get: {
        operationId: "listPublicRegulations",
        summary: "Regulations the public may see",
        tags: ["legislation"],
        security: [],
        description:
          "Everything past 立项, and planned projects listed in a published plan; newest stage change first. Empty parameters count as absent.",
        parameters: [
          paramRef("tenant"),
          ...queryParams(publicRegulationQuerySchema, {
            stage: "Only this stage.",
            year: "Only this project year.",
            limit: "Page size.",
            offset: "Rows to skip.",
          }),
        ],
        responses: {
          "200": ok(
            "One page of regulations.",
            data(
              obj({
                regulations: arrayOf(ref("RegulationSummary")),
                limit: int(),
                offset: int(),
                hasMore: { type: "boolean" },
              }),
            ),
            true,
          ),
          ...publicErrors,
          "422": errorRef("Validation"),
        },
      },
    },
    "/api/v1/{tenant}/regulations/{id}": {
      get: {
        operationId: "getPublicRegulation",
        summary: "One regulation: timeline and published drafts",
        tags: ["legislation"],
        security: [],
        parameters: [paramRef("tenant"), idParam("id", "The regulation's id.")],
        responses: { "200": ok("The regulation.", data(ref("Regulation")), true), ...publicErrors },
      },
    },
    "/api/v1/{tenant}/drafts/{id}": {
      get: {
        operationId: "getPublishedDraft",
        summary: "A published draft version, article by article",
        tags: ["legislation"],
        security: [],
        parameters: [paramRef("tenant"), idParam("id", "The draft version's id.")],
        responses: { "200": ok("The draft.", data(ref("Draft")), true), ...publicErrors },
      },
    },
    "/api/v1/{tenant}/proposals": {
      post: {
        operationId: "submitProposal",
        summary: "Propose a regulation (立法项目建议) during an open call",
        tags: ["legislation"],
        security: [],
        description:
          "No sign-in. Name and contact are optional and used only to contact the proposer about this proposal; they are never shown publicly. Keep the receipt code to track the proposal.",
        parameters: [paramRef("tenant")],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: fromZod(publicProposalSchema),
              example: {
                callId: "01970000-0000-7000-8000-000000000000",
                title: "辽源市二手车管理条例",
                necessity: "…",
                mainContent: "…",
              },
            },
          },
        },
        responses: {
          "201": ok(
            "Received.",
            data(
              obj({
                receiptCode: str("10 characters; track it at /api/v1/{tenant}/receipts/{code}.", {
                  example: "K7M3QX9PRT",
                }),
              }),
            ),
          ),
          "404": errorRef("NotFound"),
          "409": errorRef("Conflict"),
          ...mutationErrors,
        },
      },
    },
    "/api/v1/{tenant}/receipts/{code}": {
      get: {
        operationId: "getReceipt",
        summary: "What became of a submission, by receipt code",
        tags: ["legislation"],
        security: [],
        description:
          "A legislative proposal (kind `proposal`), an opinion on a draft under consultation (kind `opinion`: its disposition and reason appear once the dispositions are published) or a citizen's message to a liaison station (kind `message`: its public steps, and the answer once released; rate it with POST …/rating). Spaces, dashes and lower case in the code are forgiven. Never answers contact details. Cached privately only.",
        parameters: [
          paramRef("tenant"),
          { name: "code", in: "path", required: true, schema: str(undefined, { example: "K7M3QX9PRT" }) },
        ],
        responses: {
          "200": ok(
            "The submission's status.",
            data({ oneOf: [ref("Receipt"), ref("OpinionReceipt"), ref("MessageReceipt")] }),
          ),
          ...publicErrors,
        },
      },
    },
  },
  schemas: {
    PlanSummary: obj(planFields),
    // Flat (the summary's fields plus the items) rather than allOf, for simple clients.
    Plan: obj({ ...planFields, items: arrayOf(ref("PlanItem")) }),
    PlanItem: obj({
      id: uuid(),
      title: str(),
      category,
      field: nullable(str("Legal field.")),
      draftingUnit: nullable(str()),
      leadCommittee: nullable(str()),
      leadCommitteeEn: nullable(str("The lead committee's English name, where the city gives one.")),
      plannedYear: nullable(int()),
      targetStage: nullable(stage),
      targetMonth: nullable(int()),
      regulation: nullable(obj({ id: uuid(), stage }, "The regulation project and its current stage.")),
    }),
    RegulationSummary: obj({
      id: uuid(),
      title: str(),
      kind: { enum: ["NEW", "AMENDMENT", "REPEAL"] },
      stage,
      year: int(),
      stageChangedOn: day(),
      promulgatedOn: nullable(day()),
      effectiveOn: nullable(day()),
    }),
    Regulation: obj({
      id: uuid(),
      title: str(),
      kind: { enum: ["NEW", "AMENDMENT", "REPEAL"] },
      stage,
      year: int(),
      stageChangedOn: day(),
      promulgatedOn: nullable(day()),
      effectiveOn: nullable(day()),
      repealedOn: nullable(day()),
      summary: str(),
      committee: nullable(str("Lead committee.")),
      committeeEn: nullable(str("The lead committee's English name, where the city gives one.")),
      target: nullable(obj({ id: uuid(), title: str() }, "The regulation this project amends or repeals.")),
      changedBy: arrayOf(obj({ id: uuid(), title: str(), kind: { enum: ["NEW", "AMENDMENT", "REPEAL"] }, stage })),
      timeline: arrayOf(ref("TimelineEvent")),
      drafts: arrayOf(ref("DraftRef")),
    }),
    TimelineEvent: obj({
      id: uuid(),
      stage,
      fromStage: nullable(stage),
      occurredOn: day(),
      meeting: nullable(str("e.g. 市十七届人大常委会第五次会议")),
      committee: nullable(str()),
      committeeEn: nullable(str("The committee's English name, where the city gives one.")),
      draftVersionId: nullable(uuid("The published draft read at this stage.")),
    }),
    DraftRef: obj({
      id: uuid(),
      versionNo: int(),
      label: str("e.g. 征求意见稿, 一审稿"),
      title: str(),
      publishedAt: str(undefined, { format: "date-time" }),
    }),
    Draft: obj({
      id: uuid(),
      versionNo: int(),
      label: str(),
      title: str(),
      publishedAt: str(undefined, { format: "date-time" }),
      regulation: obj({ id: uuid(), title: str(), stage }),
      preamble: str(),
      chapters: arrayOf(
        obj({
          number: int(),
          label: str("第一章"),
          title: str(),
          sections: arrayOf(obj({ number: int(), label: str("第一节"), title: str() })),
        }),
      ),
      articles: arrayOf(ref("Article")),
    }),
    Article: obj({
      id: uuid(),
      ordinal: int("Position in the draft, from 1; the portal's anchor is #article-{ordinal}."),
      number: int("第五条 → 5."),
      suffix: int("第十条之一 → 1; else 0."),
      label: str("第五条"),
      chapter: nullable(int()),
      section: nullable(int()),
      text: str("The article without its label; 款 and 项 lines joined with \\n."),
      clauses: arrayOf(
        obj({
          index: int("款, from 1."),
          text: str(),
          items: arrayOf(obj({ number: int("项 （一） → 1."), text: str() })),
        }),
      ),
    }),
    Receipt: obj({
      kind: { const: "proposal" },
      code: str(),
      title: str(),
      status: { enum: ["SUBMITTED", "SCREENING", "IN_PLAN", "MERGED", "REJECTED"] },
      category: nullable(category),
      reason: nullable(str("The decision's reason (in plan, merged, not adopted).")),
      mergedIntoTitle: nullable(str()),
      submittedAt: str(undefined, { format: "date-time" }),
      decidedOn: nullable(day()),
    }),
  },
};
