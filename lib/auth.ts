// next-auth 4 with JWT sessions and two credential providers: tenant users (signing in at /{slug}/login)
// and platform operators (/platform/login). The JWT only says who signed in where and when; roles and the
// active flag are re-read from the database on every request (lib/member.ts).
import { clientIp as trustedClientIp } from "./client-ip";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { log } from "./log";
import { authenticateOperator, authenticateUser } from "./modules/identity";

import { SESSION_IDLE_MINUTES, sessionTooOld } from "./session-limits";

export { SESSION_IDLE_MINUTES, SESSION_MAX_HOURS } from "./session-limits";

function header(req: { headers?: Record<string, unknown> } | undefined, name: string): string | null {
  const v = req?.headers?.[name];
  return typeof v === "string" ? v : null;
}

/** The client address for audit rows: forwarded headers count only behind a trusted proxy (lib/client-ip.ts). */
function clientIp(req: { headers?: Record<string, unknown> } | undefined): string | null {
  return trustedClientIp({ get: (name) => header(req, name) });
}

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_IDLE_MINUTES * 60 },
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
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const u = user as unknown as {
          id: string;
          tenantId?: string;
          tenantSlug?: string;
          roles?: string[];
          platform?: boolean;
        };
        const authAt = Date.now();
        token.identity = u.platform
          ? { kind: "platform", operatorId: u.id, authAt }
          : { kind: "tenant", userId: u.id, tenantId: u.tenantId!, authAt };
        token.tenantSlug = u.tenantSlug ?? null;
        token.roles = u.roles ?? [];
      }
      if (token.identity && sessionTooOld(token.identity.authAt)) {
        return { ...token, identity: undefined };
      }
      return token;
    },
    async session({ session, token }) {
      return {
        ...session,
        identity: token.identity as never,
        user: { name: token.name ?? "", tenantSlug: token.tenantSlug ?? null, roles: token.roles ?? [] },
      };
    },
  },
  logger: {
    error: (code, metadata) => log.error("next-auth", { code, metadata: String((metadata as Error)?.message ?? "") }),
    warn: (code) => log.warn("next-auth", { code }),
    debug: () => {},
  },
};
