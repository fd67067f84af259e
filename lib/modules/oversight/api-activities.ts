// GET /api/v1/{city}/oversight?year=&kind=: the city's published oversight activities of a year (this year by
// default), of one kind when asked, with the plan's progress — public fields only (no people, no units' reports).
// Bad parameters → 422 with fieldErrors in the reader's language; an unknown city → 404.
import { z } from "zod";
import type { RequestContext } from "@/lib/action";
import { todayInShanghai } from "@/lib/dates";
import { executePublicRead } from "@/lib/public-read";
import { withoutEmpty } from "@/lib/query";
import { OVERSIGHT_KINDS } from "./kinds";
import { publicPlan } from "./queries-plan";

export const oversightQuerySchema = z
  .object({
    year: z.coerce.number().int().min(2000).max(2100).optional(),
    kind: z.enum(OVERSIGHT_KINDS).optional(),
  })
  .strict();

export const listOversightForApi = (slug: string, query: Record<string, string>, ctx: RequestContext) =>
  executePublicRead(slug, ctx, async (tenant, parse) => {
    const q = parse(oversightQuerySchema, withoutEmpty(query));
    const year = q.year ?? Number(todayInShanghai().slice(0, 4));
    const view = await publicPlan(tenant.id, { year, kind: q.kind ?? null });
    return {
      year,
      plan: view.plan ? { title: view.plan.title, note: view.plan.note } : null,
      progress: view.progress,
      activities: view.rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        status: r.status,
        title: r.title,
        committee: r.committeeName,
        plannedQuarter: r.plannedQuarter,
        startOn: r.startOn,
        endOn: r.endOn,
        points: r.points,
        problems: r.problems,
      })),
    };
  });
