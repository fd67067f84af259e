// A closed anonymous poll of the demo, as the vote engine leaves one (lib/modules/votes): the poll, its items,
// the voters with their voted flags (no time, no choice) and one tally row per item and option whose counts add
// up, per item, to the number who voted. The ballots are drawn here and thrown away; only the counts are kept.
import { DEMO_OPTIONS, type Ctx } from "./demo-oversight";

export type DemoPollInput = {
  kind: "SATISFACTION" | "APPRAISAL" | "PROJECTS";
  optionSet: keyof typeof DEMO_OPTIONS;
  title: string;
  description: string;
  activityId?: string | null;
  meeting: string;
  openedAt: Date;
  closedAt: Date;
  items: { label: string; detail?: string; unitId?: string | null; projectId?: string | null }[];
  /** The chance of each option on item i (in the option set's order). */
  weights: (i: number) => number[];
  /** Voters named but not voting. */
  absent: number;
  /** PROJECTS: a voter says YES to at most this many items. */
  maxApprovals?: number;
};

export type DemoPoll = { pollId: string; itemIds: string[]; counts: number[][]; voted: number };

export function addPoll(c: Ctx, p: DemoPollInput): DemoPoll {
  const pollId = c.rand.uuid();
  const options = DEMO_OPTIONS[p.optionSet];
  c.rows.polls.push({
    id: pollId,
    tenantId: c.tenantId,
    kind: p.kind,
    secrecy: "ANONYMOUS",
    title: p.title,
    description: p.description,
    optionSet: p.optionSet,
    status: "CLOSED",
    passRule: null,
    memberTotal: null,
    maxApprovals: p.maxApprovals ?? null,
    activityId: p.activityId ?? null,
    regulationId: null,
    meeting: p.meeting,
    openedAt: p.openedAt,
    closedAt: p.closedAt,
    createdById: c.staff.get("committee") ?? c.staff.get("admin") ?? null,
    createdAt: new Date(p.openedAt.getTime() - 30 * 60_000),
  });
  const itemIds = p.items.map((item, i) => {
    const id = c.rand.uuid();
    c.rows.pollItems.push({
      id,
      tenantId: c.tenantId,
      pollId,
      label: item.label,
      detail: item.detail ?? "",
      sortOrder: i,
      unitId: item.unitId ?? null,
      projectId: item.projectId ?? null,
    });
    return id;
  });
  const absent = Math.min(p.absent, Math.max(0, c.voters.length - 1));
  const voted = c.voters.length - absent;
  // Who did not vote: drawn, and the voter rows in a shuffled order (not the order anyone voted in).
  const notVoting = new Set(c.rand.shuffle(c.voters.slice()).slice(0, absent));
  for (const userId of c.rand.shuffle(c.voters.slice()))
    c.rows.pollVoters.push({
      id: c.rand.uuid(),
      tenantId: c.tenantId,
      pollId,
      userId,
      present: !notVoting.has(userId),
      voted: !notVoting.has(userId),
    });
  const counts = p.items.map(() => options.map(() => 0));
  for (let v = 0; v < voted; v++) {
    const ballot = p.items.map((_, i) => {
      const w = p.weights(i);
      return c.rand.weighted(options.map((_, k) => [k, w[k] ?? 0] as const));
    });
    if (p.maxApprovals !== undefined) {
      // Too many 赞成: the voter keeps the ones they favour most and abstains on the rest.
      const yes = ballot.map((k, i) => (k === 0 ? i : -1)).filter((i) => i >= 0);
      if (yes.length > p.maxApprovals) {
        yes.sort((x, y) => p.weights(y)[0]! - p.weights(x)[0]! || c.rand.next() - 0.5);
        for (const i of yes.slice(p.maxApprovals)) ballot[i] = 2;
      }
    }
    ballot.forEach((k, i) => counts[i]![k]!++);
  }
  itemIds.forEach((itemId, i) =>
    options.forEach((option, k) =>
      c.rows.pollTallies.push({
        id: c.rand.uuid(),
        tenantId: c.tenantId,
        pollId,
        itemId,
        option,
        count: counts[i]![k]!,
      }),
    ),
  );
  return { pollId, itemIds, counts, voted };
}
