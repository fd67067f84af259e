// The identity module's JSON API reads (the handlers in app/api/v1/[tenant]/users stay thin).
import { executeRead, type RequestContext } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { maskContact, maskPhone } from "@/lib/format";
import { getUser, listUsers } from "./queries";
import { userListFilterSchema } from "./schemas";

export function listUsersForApi(tenantSlug: string, query: Record<string, string>, ctx: RequestContext) {
  return executeRead(tenantSlug, "user.view", ctx, (tenant) => listUsers(tenant.id, userListFilterSchema.parse(query)));
}

export function getUserForApi(tenantSlug: string, userId: string, ctx: RequestContext) {
  return executeRead(tenantSlug, "user.view", ctx, async (tenant) => {
    const user = await getUser(tenant.id, userId);
    if (!user) throw new AppError("NOT_FOUND");
    // Like the phone, the API shows the e-mail address only masked (w***@example.cn).
    return { ...user, phone: maskPhone(user.phone), email: maskContact(user.email) || null };
  });
}
