// The suggestions module's part of the API description (assembled by lib/openapi/index.ts): the published
// suggestions with their replies and the rates of a year. No sign-in; never a phone or a co-signer's contact.
import {
  arrayOf,
  data,
  day,
  errorRef,
  int,
  nullable,
  obj,
  ok,
  paramRef,
  queryParams,
  ref,
  str,
  uuid,
} from "@/lib/openapi/core";
import type { ApiSection, Schema } from "@/lib/openapi/core";
import {
  publicSuggestionsQuerySchema,
  publicSuggestionStatsQuerySchema,
  SUGGESTION_COUNTS,
  SUGGESTION_RATES,
  SUGGESTIONS_PAGE_DEFAULT,
  SUGGESTIONS_PAGE_MAX,
} from "./schemas-stats";
import { DEFAULT_CATEGORIES } from "./settings";
import { REPLY_CATEGORIES, SUGGESTION_KINDS, SUGGESTION_STATUSES, SUGGESTION_TIMINGS } from "./workflow";

const FORMULAS =
  "Counted per suggestion year (and session), leaving out drafts, withdrawn and merged suggestions. " +
  "`submitted` = all counted; `assigned` = assigned to a handling unit (ASSIGNED, HANDBACK_REQUESTED, REPLIED, IN_PLAN, CLOSED); " +
  "`replied` = first reply made; `repliedOnTime` = first reply by the deadline; `a`/`b`/`c` = replied, by the latest reply's category; " +
  "`bDone` = B replies whose follow-up has come (the follow-up that solved it makes the suggestion A); `done` = A or B done, each suggestion once; " +
  "`rated`, `satisfied`, `basic`, `unsatisfied` = the lead deputy's latest rating; `overdue` = clock running and past its deadline today; `keyCount` = key (重点督办) ones. " +
  "Rates are fractions 0–1, null when the denominator is 0: `replyRate` (办复率) = repliedOnTime / assigned; `doneRate` (办结率) = done / assigned; " +
  "`solvingRate` (解决和正在解决) = (a + b) / replied; `satisfactionRate` (满意率) = (satisfied + basic) / rated; `aShare`, `bShare`, `cShare` = a, b, c / replied.";

const rate: Schema = nullable({ type: "number", minimum: 0, maximum: 1 });
const figureFields = Object.fromEntries([
  ...SUGGESTION_COUNTS.map((c) => [c, int()]),
  ...SUGGESTION_RATES.map((r) => [r, rate]),
]) as Record<string, Schema>;
const figures: Schema = obj(figureFields, FORMULAS);
const row: Schema = obj(
  {
    key: str(
      "The unit's or session's id, the category code, the delegation, the year, or key/ordinary; empty for none.",
    ),
    label: str("The unit's or session's name, the delegation, the year (a category's code as it is)."),
    ...figureFields,
  },
  "One row of a breakdown: its key and name, and the figures of SuggestionFigures.",
);

const reply: Schema = obj({
  kind: {
    enum: ["FIRST", "REHANDLE", "FOLLOW_UP"],
    description: "The first reply, one after re-handling, or a B reply's follow-up.",
  },
  category: { enum: REPLY_CATEGORIES, description: "A 已解决或采纳, B 列入计划, C 留作参考." },
  body: str("The reply's text."),
  reason: nullable(str("C: why it is kept for reference.")),
  promisedOn: nullable(day("B: the day by which it will be solved.")),
  repliedAt: str(undefined, { format: "date-time" }),
});

const suggestion: Schema = obj({
  id: uuid(),
  year: int("The year it is counted in."),
  number: nullable(int("第N号 of its year and kind.")),
  kind: { enum: SUGGESTION_KINDS, description: "议案 or 建议、批评和意见." },
  timing: { enum: SUGGESTION_TIMINGS, description: "大会期间 or 闭会期间." },
  sessionId: nullable(uuid()),
  title: str(),
  category: str(`The city's category code (by default ${DEFAULT_CATEGORIES.join(", ")}).`),
  leadDeputy: str("The lead deputy's name."),
  leadUnitId: nullable(uuid()),
  leadUnit: nullable(str("The lead handling unit.")),
  status: { enum: SUGGESTION_STATUSES },
  replyCategory: nullable({ enum: REPLY_CATEGORIES }),
  publishedAt: str(undefined, { format: "date-time" }),
  replies: arrayOf(ref("PublicSuggestionReply")),
});

const breakdowns = ["unit", "category", "delegation", "session", "year", "key"] as const;

export const suggestionsSection: ApiSection = {
  tags: [
    {
      name: "suggestions",
      description:
        "Public: deputies' suggestions and motions (代表建议、议案) the city publishes with their replies, and the rates every city reports (办复率, 办结率, 满意率, A/B/C shares). No sign-in.",
    },
  ],
  paths: {
    "/api/v1/{tenant}/suggestions": {
      get: {
        operationId: "listPublishedSuggestions",
        summary: "Published suggestions with their replies",
        description:
          `Only those the office published, public fields only (no phone, no co-signer's contact). A page at a time (\`limit\`, default ${SUGGESTIONS_PAGE_DEFAULT}, at most ${SUGGESTIONS_PAGE_MAX}; \`offset\`), newest year first, then by number; \`total\` counts every match. ` +
          "A city that does not publish answers an empty list with `published: false`. Empty parameters count as absent; an unknown parameter or a bad value answers 400 with `fieldErrors` naming it.",
        tags: ["suggestions"],
        security: [],
        parameters: [
          paramRef("tenant"),
          ...queryParams(publicSuggestionsQuerySchema, {
            year: "Only this year's.",
            session: "Only this session's (a CongressSession id).",
            unit: "Only those this unit leads (a Unit id).",
            status: "Only those in this state.",
            limit: `Page size (default ${SUGGESTIONS_PAGE_DEFAULT}, at most ${SUGGESTIONS_PAGE_MAX}).`,
            offset: "Rows to skip.",
          }),
        ],
        responses: {
          "200": ok(
            "One page of the published suggestions, how many match in all, the page's limit and offset, and whether the city publishes.",
            data(
              obj({
                suggestions: arrayOf(ref("PublicSuggestion")),
                total: int(),
                limit: int(),
                offset: int(),
                published: { type: "boolean" },
              }),
            ),
            true,
          ),
          "400": errorRef("BadRequest"),
          "404": errorRef("NotFound"),
        },
      },
    },
    "/api/v1/{tenant}/suggestions/stats": {
      get: {
        operationId: "getSuggestionStats",
        summary: "The rates of a year's suggestions",
        description:
          `The year's figures (this year by default): the total and per lead unit (ranked by replyRate, then satisfactionRate), category, delegation, session, year (every year) and key/ordinary. ${FORMULAS} ` +
          "The figures include every action committed in the city so far (anything else within 60 seconds). A bad `year` answers 400.",
        tags: ["suggestions"],
        security: [],
        parameters: [
          paramRef("tenant"),
          ...queryParams(publicSuggestionStatsQuerySchema, { year: "The year (2000–2100)." }),
        ],
        responses: {
          "200": ok(
            "The rates.",
            data(
              obj({
                query: obj({
                  year: int(),
                  session: nullable(uuid()),
                  key: nullable({ enum: ["key", "ordinary"] }),
                }),
                today: day("The day `overdue` was counted on (Asia/Shanghai)."),
                total: ref("SuggestionFigures"),
                ...Object.fromEntries(breakdowns.map((b) => [b, arrayOf(ref("SuggestionStatsRow"))])),
              }),
            ),
            true,
          ),
          "400": errorRef("BadRequest"),
          "404": errorRef("NotFound"),
        },
      },
    },
  },
  schemas: {
    SuggestionFigures: figures,
    SuggestionStatsRow: row,
    PublicSuggestionReply: reply,
    PublicSuggestion: suggestion,
  },
};
