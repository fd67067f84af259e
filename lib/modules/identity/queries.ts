// Read side of the identity module. Lists never carry a full phone number or a password hash.
import { isUuid } from "@/lib/ids";
import { forTenant } from "@/lib/db";
import { maskPhone } from "@/lib/format";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { UserListFilter } from "./schemas";

export const USERS_PER_PAGE = 20;

export async function listUsers(tenantId: string, filter: UserListFilter) {
  const db = forTenant(tenantId);
  const where: Prisma.UserWhereInput = {
    ...(filter.q
      ? { OR: [{ username: { contains: filter.q, mode: "insensitive" } }, { displayName: { contains: filter.q } }] }
      : {}),
    ...(filter.role ? { roles: { some: { role: filter.role } } } : {}),
    ...(filter.status ? { active: filter.status === "active" } : {}),
  };
  const [total, rows] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: [{ active: "desc" }, { username: "asc" }],
      skip: (filter.page - 1) * USERS_PER_PAGE,
      take: USERS_PER_PAGE,
      select: {
        id: true,
        username: true,
        displayName: true,
        phone: true,
        active: true,
        lockedUntil: true,
        lastLoginAt: true,
        roles: { select: { role: true } },
      },
    }),
  ]);
  const now = new Date();
  return {
    total,
    pageCount: Math.max(1, Math.ceil(total / USERS_PER_PAGE)),
    users: rows.map(({ phone, roles, lockedUntil, ...u }) => ({
      ...u,
      phone: maskPhone(phone),
      locked: !!lockedUntil && lockedUntil > now,
      roles: [...new Set(roles.map((r) => r.role))],
    })),
  };
}

/** One user for the edit form (phone unmasked: the admin is editing it). */
export async function getUser(tenantId: string, userId: string) {
  if (!isUuid(userId)) return null;
  return forTenant(tenantId).user.findFirst({
    where: { id: userId },
    select: {
      id: true,
      username: true,
      displayName: true,
      phone: true,
      email: true,
      active: true,
      lockedUntil: true,
      lastLoginAt: true,
      createdAt: true,
      roles: { select: { role: true, scopeId: true } },
    },
  });
}
