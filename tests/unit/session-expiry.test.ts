import { describe, expect, test } from "vitest";
import type { JWT } from "next-auth/jwt";
import { authOptions, SESSION_IDLE_MINUTES, SESSION_MAX_HOURS } from "@/lib/auth";

const jwt = authOptions.callbacks!.jwt! as unknown as (args: { token: JWT; user?: unknown }) => Promise<JWT>;

describe("session lifetime", () => {
  test("the session cookie (and the JWT's exp) lasts the idle timeout", () => {
    expect(authOptions.session?.strategy).toBe("jwt");
    expect(authOptions.session?.maxAge).toBe(SESSION_IDLE_MINUTES * 60);
  });

  test("signing in records who, where and when", async () => {
    const token = await jwt({
      token: { name: "王立新" },
      user: { id: "u1", tenantId: "t1", tenantSlug: "liaoyuan", roles: ["admin"] },
    });
    expect(token.identity).toMatchObject({ kind: "tenant", userId: "u1", tenantId: "t1" });
    expect(Date.now() - token.identity!.authAt).toBeLessThan(5_000);
    expect(token.roles).toEqual(["admin"]);
  });

  test("a session older than SESSION_MAX_HOURS loses its identity however active it was", async () => {
    const authAt = Date.now() - (SESSION_MAX_HOURS * 3_600_000 + 1_000);
    const token = await jwt({ token: { identity: { kind: "tenant", userId: "u1", tenantId: "t1", authAt } } });
    expect(token.identity).toBeUndefined();
    const fresh = await jwt({
      token: { identity: { kind: "tenant", userId: "u1", tenantId: "t1", authAt: Date.now() - 60_000 } },
    });
    expect(fresh.identity).toBeDefined();
  });
});
