// The deputies module's part of the API description (assembled by lib/openapi/index.ts).
import {
  arrayOf,
  data,
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
import type { ApiSection } from "@/lib/openapi/core";
import { publicDeputyQuerySchema } from "./schemas";
import { DEPUTY_LEVELS } from "./workflow";

export const deputiesSection: ApiSection = {
  tags: [
    {
      name: "deputies",
      description:
        "Public: the directory of deputies in office (人大代表) and the liaison stations they are grouped into. No sign-in; never a phone or other private contact.",
    },
  ],
  paths: {
    "/api/v1/{tenant}/deputies": {
      get: {
        operationId: "listPublicDeputies",
        summary: "Deputies in office, by district, level, delegation and name",
        tags: ["deputies"],
        security: [],
        description:
          "Deputies of the five levels in office in this city, by name; `total` counts every match. Empty parameters count as absent; an unknown parameter or a bad value answers 422 naming it.",
        parameters: [
          paramRef("tenant"),
          ...queryParams(publicDeputyQuerySchema, {
            district: "A district's area id: deputies whose constituency lies in it (its streets and communities too).",
            level: "Only this level (全国 / 省 / 市 / 县 / 乡).",
            delegation: "Only this delegation (代表团) or group (代表小组), exactly.",
            q: "Part of the name.",
            limit: "Page size (at most 100).",
            offset: "Rows to skip.",
          }),
        ],
        responses: {
          "200": ok(
            "One page of deputies and the number matching.",
            data(obj({ deputies: arrayOf(ref("PublicDeputy")), total: int(), limit: int(), offset: int() })),
            true,
          ),
          "404": errorRef("NotFound"),
          "422": errorRef("Validation"),
        },
      },
    },
  },
  schemas: {
    PublicDeputy: obj({
      id: uuid(),
      name: str(),
      level: { enum: DEPUTY_LEVELS, description: "全国 / 省 / 市 / 县（区）/ 乡镇 人大代表." },
      term: str("届, e.g. 第九届"),
      delegation: str("代表团 or 代表小组; may be empty."),
      constituency: nullable(obj({ id: uuid(), path: str("e.g. 杏花岭区 / 鼓楼街道") })),
      stations: arrayOf(obj({ id: uuid(), name: str() })),
    }),
  },
};
