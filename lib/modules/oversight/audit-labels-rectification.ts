// Human names of rectification's audited objects: a task is its activity's title and the problem's number.
import { forTenant } from "@/lib/db";
import type { AuditLabeler } from "../define";

export const rectificationLabels: AuditLabeler = {
  RectificationTask: async (tenantId, ids) => {
    const db = forTenant(tenantId);
    const tasks = await db.rectificationTask.findMany({
      where: { id: { in: [...new Set(ids)] } },
      select: { id: true, activityId: true, problemId: true },
    });
    if (tasks.length === 0) return new Map();
    const [activities, problems] = await Promise.all([
      db.oversightActivity.findMany({
        where: { id: { in: [...new Set(tasks.map((t) => t.activityId))] } },
        select: { id: true, title: true },
      }),
      db.oversightProblem.findMany({
        where: { id: { in: tasks.map((t) => t.problemId) } },
        select: { id: true, seq: true },
      }),
    ]);
    const a = new Map(activities.map((x) => [x.id, x.title]));
    const p = new Map(problems.map((x) => [x.id, x.seq]));
    return new Map(tasks.map((t) => [t.id, `${a.get(t.activityId) ?? ""} · ${p.get(t.problemId) ?? ""}`]));
  },
};
