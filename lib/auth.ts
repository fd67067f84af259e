// next-auth 4 with JWT sessions and two credential providers: tenant users (signing in at /{slug}/login)
// and platform operators (/platform/login). The JWT only says who signed in where and when; roles and the
// active flag are re-read from the database on every request (lib/member.ts). The session half (secret, JWT
// and session callbacks) is lib/auth-session.ts, which reading a session needs without the providers.
import { clientIp as trustedClientIp } from "./client-ip";
import type { NextAuthOptions } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authenticateOperator, authenticateUser } from "./modules/identity";

import { sessionOptions } from "./auth-session";

export { SESSION_IDLE_MINUTES, SESSION_MAX_HOURS } from "./session-limits";

function header(req: { headers?: Record<string, unknown> } | undefined, name: string): string | null {
  const v = req?.headers?.[name];
  return typeof v === "string" ? v : null;
}

/** The client address for audit rows: forwarded headers count only behind a trusted proxy (lib/client-ip.ts). */
function clientIp(req: { headers?: Record<string, unknown> } | undefined): string | null {
  return trustedClientIp({ get: (name) => header(req, name) });
}

// next-auth ships CommonJS marked __esModule: Next's bundler hands over its default export, Node's ES module loader
// (the compiled server runtime, lib/server-runtime.ts) the whole module object. Either way, the function.
const CredentialsProvider = (Credentials as unknown as { default?: typeof Credentials }).default ?? Credentials;

export const authOptions: NextAuthOptions = {
  ...sessionOptions,
  pages: { signIn: "/platform/login" },
  providers: [
    CredentialsProvider({
      id: "tenant",
      name: "tenant",
      credentials: { tenant: { type: "text" }, username: { type: "text" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const result = await authenticateUser(
          {
            tenantSlug: String(credentials?.tenant ?? ""),
            username: String(credentials?.username ?? ""),
            password: String(credentials?.password ?? ""),
          },
          { requestId: header(req, "x-request-id"), ip: clientIp(req) },
        );
        if (!result.ok) throw new Error(result.reason); // reaches the form as the error code
        const u = result.user;
        return {
          id: u.id,
          name: u.displayName,
          tenantId: u.tenantId,
          tenantSlug: u.tenantSlug,
          roles: u.roles,
        } as never;
      },
    }),
    CredentialsProvider({
      id: "platform",
      name: "platform",
      credentials: { username: { type: "text" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const result = await authenticateOperator(
          { username: String(credentials?.username ?? ""), password: String(credentials?.password ?? "") },
          header(req, "x-request-id"),
        );
        if (!result.ok) throw new Error(result.reason);
        return { id: result.operator.id, name: result.operator.displayName, platform: true } as never;
      },
    }),
  ],
};
