// Checks shared by creating and editing a contact point: the rows it names must be this city's, and its name
// must be free. All problems are reported at once, each under its own field.
import type { TenantTx } from "@/lib/db";
import { todayInShanghai } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/config";
import { pointRefusal, type PointProblem } from "./point-errors";

type Input = { name: string; areaId: string | null; coordinatorId: string | null; establishedOn: string | null };

export async function checkContactPoint(tx: TenantTx, locale: Locale, input: Input, selfId?: string): Promise<void> {
  const [clash, area, coordinator] = await Promise.all([
    tx.contactPoint.findFirst({
      where: { name: input.name, ...(selfId ? { NOT: { id: selfId } } : {}) },
      select: { id: true },
    }),
    input.areaId ? tx.area.findFirst({ where: { id: input.areaId }, select: { id: true } }) : null,
    // The coordinator signs in to the point's page, which only the contactPoint role opens.
    input.coordinatorId
      ? tx.user.findFirst({
          where: { id: input.coordinatorId, active: true, roles: { some: { role: "contactPoint" } } },
          select: { id: true },
        })
      : null,
  ]);
  const problems: Record<string, PointProblem> = {};
  if (clash) problems.name = "nameTaken";
  if (input.areaId && !area) problems.areaId = "areaNotFound";
  if (input.coordinatorId && !coordinator) problems.coordinatorId = "coordinatorNotEligible";
  if (input.establishedOn && input.establishedOn > todayInShanghai()) problems.establishedOn = "establishedInFuture";
  if (Object.keys(problems).length) throw await pointRefusal(locale, clash ? "CONFLICT" : "VALIDATION", problems);
}
