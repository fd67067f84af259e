// The vote engine (表决 / 测评 / 票决): one for every vote the committee runs. Anonymous polls — an inquiry's
// satisfaction vote per respondent unit, voted appraisals, livelihood projects — keep who may vote and whether they
// have apart from what was chosen, kept only as counts (docs/security.md: what that protects and what an operator
// with database access could still learn, which is why the UI calls them pseudo-anonymous); named votes (电子表决)
// keep each member's 赞成 / 反对 / 弃权 and decide under a pass rule. Members vote from a phone, one tap per
// option; the room watches a big-screen results page; results only after the poll closes.
import { EVERYONE, defineModule } from "../define";

export default defineModule({
  name: "votes",
  folder: "votes",
  models: ["Poll", "PollItem", "PollVoter", "PollTally", "PollBallot"],
  // Anyone may be named a voter; PollVoter says who is. Running polls is the committee's and the offices'.
  permissions: {
    "poll.vote": EVERYONE,
    "poll.manage": ["admin", "committee", "deputyAffairs"],
  },
  nav: [{ key: "polls", path: "/polls", permission: "poll.vote", label: "console.nav.polls" }],
  messages: { server: ["votes"], client: ["votes"] },
  auditLabels: async () => (await import("./audit-labels")).auditLabels,
  auditLinks: { Poll: "/console/polls/{id}" },
  openapi: async () => (await import("./openapi")).votesSection,
  workbench: async () => (await import("./workbench")).workbench,
  // A closed poll (results are only read once closed): its page, the room's screen and its results through the
  // API answer 404 in any other city.
  sweep: {
    as: "admin",
    sample: `SELECT "id"::text AS poll FROM "Poll" WHERE "tenantId" = $1 AND "status" = 'CLOSED'
      ORDER BY "createdAt", "id" LIMIT 1`,
    pages: ["/{tenant}/console/polls/{poll}", "/{tenant}/console/polls/{poll}/screen"],
    api: ["/api/v1/{tenant}/polls/{poll}/results"],
    lookups: async () => (await import("./sweep")).lookups,
  },
});
