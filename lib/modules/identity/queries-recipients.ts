// Who should hear about something: the active users of a city named by id, or holding a role (optionally scoped
// to one row, e.g. the contactPoint role scoped to a point). Other modules ask this instead of reading the user
// tables; the notifier (lib/modules/notifications) turns the answer into one notification per person.
import type { TenantTx } from "@/lib/db";
import type { Role } from "@/lib/modules/define";

export type RecipientQuery = {
  userIds?: readonly string[];
  /** A role, or a role scoped to one row (its grant names that row). */
  roles?: readonly (Role | { role: Role; scopeId: string })[];
};
export type Recipient = { id: string; displayName: string; email: string | null };

/** Active users matching any part of `q`, each once, ordered by id; none when `q` names nobody. */
export async function findRecipients(db: Pick<TenantTx, "user">, q: RecipientQuery): Promise<Recipient[]> {
  const ids = [...new Set(q.userIds ?? [])];
  const plain = (q.roles ?? []).filter((r): r is Role => typeof r === "string");
  const scoped = (q.roles ?? []).filter((r): r is { role: Role; scopeId: string } => typeof r !== "string");
  const grants = [
    ...(plain.length ? [{ role: { in: plain } }] : []),
    ...scoped.map((g) => ({ role: g.role, scopeId: g.scopeId })),
  ];
  const or = [
    ...(ids.length ? [{ id: { in: ids } }] : []),
    ...(grants.length ? [{ roles: { some: { OR: grants } } }] : []),
  ];
  if (or.length === 0) return [];
  return db.user.findMany({
    where: { active: true, OR: or },
    select: { id: true, displayName: true, email: true },
    orderBy: { id: "asc" },
  });
}
