// Rectification for tests: tasks inserted directly in any state (with their OPEN event), for tests of a later
// step that need not walk the earlier ones. Tests of a move itself go through the move's action.
import { unsafePrisma } from "@/lib/db";
import { dayToDate, todayInShanghai } from "@/lib/dates";
import type { RectificationStatus } from "@/lib/modules/oversight/client";
import { makeProblem } from "./oversight";

/** An activity (no plan) of a committee in RECTIFYING, for the rectification tests. */
export function makeRectifyingActivity(tenant: { id: string }, committeeId: string | null) {
  return unsafePrisma.oversightActivity.create({
    data: {
      tenantId: tenant.id,
      year: Number(todayInShanghai().slice(0, 4)),
      kind: "LAW_INSPECTION",
      title: `整改测试活动 ${Math.random().toString(36).slice(2, 8)}`,
      committeeId,
      status: "RECTIFYING",
    },
  });
}

export async function makeTask(
  tenant: { id: string },
  activityId: string,
  unitId: string,
  o: { status?: RectificationStatus; dueOn?: string; problemId?: string } = {},
) {
  const problemId = o.problemId ?? (await makeProblem(tenant, activityId, { unitId })).id;
  const task = await unsafePrisma.rectificationTask.create({
    data: {
      tenantId: tenant.id,
      activityId,
      problemId,
      unitId,
      status: o.status ?? "OPEN",
      dueOn: dayToDate(o.dueOn ?? todayInShanghai()),
      ...(o.status === "ACCEPTED" ? { acceptedAt: new Date() } : {}),
    },
  });
  await unsafePrisma.rectificationEvent.create({
    data: { tenantId: tenant.id, taskId: task.id, toStatus: "OPEN" },
  });
  return task;
}
