// The session half of next-auth's configuration: secret, JWT lifetime and the callbacks that put the identity in
// the token and the session. Reading a session needs only this; signing in (lib/auth.ts) adds the providers,
// which load the identity module. The Pages Router's draft page reads sessions with this alone.
import type { NextAuthOptions } from "next-auth";
import { log } from "./log";
import { SESSION_IDLE_MINUTES, sessionTooOld } from "./session-limits";

export const sessionOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_IDLE_MINUTES * 60 },
  providers: [],
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
} satisfies NextAuthOptions;
