// The activities part of the oversight API description: the year's published oversight plan.
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
import { oversightQuerySchema } from "./api-activities";
import { OVERSIGHT_KINDS, OVERSIGHT_STATUSES } from "./kinds";

const kind: Schema = {
  enum: OVERSIGHT_KINDS,
  description: "专项工作报告 / 执法检查 / 专项视察 / 专题调研 / 票决评议 / 专题询问.",
};
const status: Schema = { enum: OVERSIGHT_STATUSES, description: "The activity's state." };
const progress = obj({
  total: int("Activities in the list."),
  planned: int(),
  started: int(),
  heard: int("Whose report has been heard."),
  done: int(),
  cancelled: int(),
  percent: int("Share heard of those not cancelled, 0–100."),
});

export const activitiesApi: ApiSection = {
  tags: [{ name: "oversight", description: "Public: the annual oversight plan and its progress. No sign-in." }],
  paths: {
    "/api/v1/{tenant}/oversight": {
      get: {
        operationId: "listOversightActivities",
        summary: "The year's published oversight activities and the plan's progress",
        tags: ["oversight"],
        security: [],
        description:
          "Published activities only; no participants' names, no units' reports. Empty parameters count as absent.",
        parameters: [
          paramRef("tenant"),
          ...queryParams(oversightQuerySchema, {
            year: "The plan's year (default: this year).",
            kind: "Only this kind.",
          }),
        ],
        responses: {
          "200": ok(
            "The plan.",
            data(
              obj({
                year: int(),
                plan: nullable(obj({ title: str(), note: str() })),
                progress,
                activities: arrayOf(ref("OversightActivitySummary")),
              }),
            ),
            true,
          ),
          "404": errorRef("NotFound"),
          "422": errorRef("Validation"),
        },
      },
    },
  },
  schemas: {
    OversightActivitySummary: obj({
      id: uuid(),
      kind,
      status,
      title: str(),
      committee: nullable(str()),
      plannedQuarter: nullable(int("1–4")),
      startOn: nullable(day()),
      endOn: nullable(day()),
      points: int("Points visited."),
      problems: int("Problems found."),
    }),
  },
};
