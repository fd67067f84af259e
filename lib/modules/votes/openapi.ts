// The vote engine's part of the API description: a closed poll's results.
import { arrayOf, data, errorRef, int, nullable, obj, ok, paramRef, ref, str, uuid } from "@/lib/openapi/core";
import type { ApiSection, Schema } from "@/lib/openapi/core";

const counts: Schema = {
  type: "object",
  description:
    "Votes per option code (SATISFIED / BASIC / UNSATISFIED, or YES / NO / ABSTAIN). Counts only: no ballot, no voter.",
  additionalProperties: { type: "integer" },
};

export const votesSection: ApiSection = {
  tags: [
    {
      name: "votes",
      description: "Public: the results of a closed poll (satisfaction votes, appraisals, projects, meeting votes).",
    },
  ],
  paths: {
    "/api/v1/{tenant}/polls/{id}/results": {
      get: {
        operationId: "getPollResults",
        summary: "A closed poll's results",
        description: "Only once the poll is closed: before that the answer is 409, so no one watches counts move.",
        tags: ["votes"],
        security: [],
        parameters: [
          paramRef("tenant"),
          { name: "id", in: "path", required: true, description: "The poll's id.", schema: uuid() },
        ],
        responses: {
          "200": ok("The results.", data(ref("PollResults")), true),
          "404": errorRef("NotFound"),
          "409": errorRef("Conflict"),
        },
      },
    },
  },
  schemas: {
    PollResults: obj({
      pollId: uuid(),
      title: str(),
      kind: { enum: ["SATISFACTION", "APPRAISAL", "NAMED", "PROJECTS"] },
      secrecy: { enum: ["ANONYMOUS", "NAMED"] },
      optionSet: { enum: ["SATISFACTION", "YES_NO_ABSTAIN"] },
      options: arrayOf(str()),
      closedAt: nullable(str(undefined, { format: "date-time" })),
      voters: int("Entitled voters."),
      present: int("Voters marked present."),
      voted: int("Voters who voted."),
      turnout: { type: "number", description: "voted / voters, 0..1." },
      passRule: nullable({ enum: ["MAJORITY_OF_ALL", "MAJORITY_OF_PRESENT", "TWO_THIRDS_OF_ALL"] }),
      memberTotal: nullable(int()),
      items: arrayOf(
        obj({
          id: uuid(),
          label: str(),
          detail: str(),
          unitId: nullable(uuid()),
          projectId: nullable(uuid()),
          counts,
          passed: nullable({ type: "boolean", description: "Named votes with a pass rule: whether it passes." }),
        }),
      ),
    }),
  },
};
