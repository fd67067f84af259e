// Next.js glue: the session, locale, request id and client address of the current request.
import { getServerSession } from "next-auth";
import { cache } from "react";
import { headers } from "next/headers";
import type { RequestContext } from "./action";
import { authOptions } from "./auth";
import { clientIp } from "./client-ip";
import { localeFromCookieHeader } from "./i18n/translate";

/** Once per request: the console layout and its page both ask. */
export const getIdentity = cache(async (): Promise<RequestContext["identity"]> => {
  const session = await getServerSession(authOptions);
  return session?.identity ?? null;
});

export async function getRequestContext(): Promise<RequestContext> {
  const h = await headers();
  return {
    identity: await getIdentity(),
    locale: localeFromCookieHeader(h.get("cookie")),
    requestId: h.get("x-request-id"),
    ip: clientIp(h),
  };
}
