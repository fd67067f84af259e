// The checks a deputy's entry needs beyond its schema, shared by create and update: the constituency is one of
// this city's areas, the linked account holds the deputy role and is nobody else's, and the same person is not
// listed twice at one level in one term (the database's unique key, answered as a field message, not a 500).
import type { TenantTx } from "@/lib/db";
import type { Locale } from "@/lib/i18n/config";
import { deputyRefusal, type DeputyProblem } from "./deputy-errors";
import type { DeputyInput } from "./schemas";

export async function checkDeputy(tx: TenantTx, locale: Locale, input: DeputyInput, selfId?: string): Promise<void> {
  const problems: Record<string, DeputyProblem> = {};
  let conflict = false;
  const [area, user, twin] = await Promise.all([
    input.constituencyId ? tx.area.findFirst({ where: { id: input.constituencyId }, select: { id: true } }) : null,
    input.userId
      ? tx.user.findFirst({
          where: { id: input.userId },
          select: { id: true, roles: { where: { role: "deputy" }, select: { role: true } } },
        })
      : null,
    tx.deputy.findFirst({
      where: {
        level: input.level,
        term: input.term,
        name: input.name,
        birthYear: input.birthYear,
        ...(selfId ? { id: { not: selfId } } : {}),
      },
      select: { id: true },
    }),
  ]);
  if (input.constituencyId && !area) problems.constituencyId = "unknownArea";
  if (input.userId) {
    if (!user || user.roles.length === 0) problems.userId = "notDeputyAccount";
    else {
      const linked = await tx.deputy.findFirst({
        where: { userId: input.userId, ...(selfId ? { id: { not: selfId } } : {}) },
        select: { name: true },
      });
      if (linked) {
        problems.userId = ["accountLinked", { name: linked.name }];
        conflict = true;
      }
    }
  }
  if (twin) {
    problems.name = "duplicate";
    conflict = true;
  }
  if (Object.keys(problems).length > 0)
    throw await deputyRefusal(locale, conflict && !problems.constituencyId ? "CONFLICT" : "VALIDATION", problems);
}
