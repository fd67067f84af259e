// The filing review's part of the API description: the public annual list of filed normative documents.
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
import { FILINGS_PAGE_DEFAULT, FILINGS_PAGE_MAX, publicFilingsQuerySchema } from "./schemas-filings";
import { FILING_FINDINGS, FILING_STATUSES } from "./workflow";

const filing: Schema = obj({
  id: uuid(),
  year: int("The year it was filed in."),
  title: str(),
  issuer: str("The government, its office or the department that issued it."),
  docNumber: str("The document's number (文号)."),
  issuedOn: day("The day it was issued."),
  filedOn: day("The day it was filed with the standing committee."),
  effectiveOn: nullable(day("The day it takes effect.")),
  status: {
    enum: FILING_STATUSES,
    description: "RECEIVED 已接收, REVIEWING 审查中, AWAITING_RESPONSE 待制定机关反馈, CLOSED 已办结.",
  },
  finding: nullable({
    enum: FILING_FINDINGS,
    description: "The committee's finding once reviewed: NO_PROBLEM 未发现问题, CORRECTION 建议纠正, REPEAL 建议撤销.",
  }),
  reviewedOn: nullable(day("The day the review ended.")),
  responseBody: nullable(str("The issuer's response to a finding (once closed).")),
  respondedOn: nullable(day()),
});

export const filingsSection: ApiSection = {
  tags: [
    {
      name: "filings",
      description:
        "Public: the normative documents filed with the standing committee for review (备案审查), by year. No sign-in.",
    },
  ],
  paths: {
    "/api/v1/{tenant}/filings": {
      get: {
        operationId: "listFilings",
        summary: "A year's filed normative documents",
        description:
          `The year's filings (this year by default) in the order they were filed, with their state, the finding once reviewed and, once closed, the issuer's response; the year's counts. A page at a time (\`limit\`, default ${FILINGS_PAGE_DEFAULT}, at most ${FILINGS_PAGE_MAX}; \`offset\`). ` +
          "Empty parameters count as absent; an unknown parameter or a bad value answers 400 with `fieldErrors` naming it.",
        tags: ["filings"],
        security: [],
        parameters: [
          paramRef("tenant"),
          ...queryParams(publicFilingsQuerySchema, {
            year: "The year (2000–2100).",
            limit: `Page size (default ${FILINGS_PAGE_DEFAULT}, at most ${FILINGS_PAGE_MAX}).`,
            offset: "Rows to skip.",
          }),
        ],
        responses: {
          "200": ok(
            "One page of the year's filings, how many in all, and the year's counts.",
            data(
              obj({
                year: int(),
                filings: arrayOf(ref("PublicFiling")),
                total: int(),
                counts: obj({
                  total: int(),
                  reviewing: int("Received or under review."),
                  noProblem: int(),
                  correction: int(),
                  repeal: int(),
                }),
                limit: int(),
                offset: int(),
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
  schemas: { PublicFiling: filing },
};
