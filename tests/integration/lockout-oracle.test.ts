// The lockout tells no one whether an account exists (issue #9, item 7): an unknown username, a wrong password,
// the attempt that locks and a locked account all answer INVALID after the same work — one password hash
// verified and one audit row — so neither the answer nor its timing sets them apart. Only the right password
// hears no more than a wrong one while the account is locked.
import { describe, expect, test, vi } from "vitest";
import { authenticateOperator, authenticateUser, MAX_FAILED_LOGINS } from "@/lib/modules/identity";
import { createOperator, createTenant, createUser, TEST_PASSWORD, auditRows } from "../factories";

// Count the hashes verified (argon2id: the one costly step, so the one that shows in the timing).
const verified = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/lib/password", async (load) => {
  const real = await load<typeof import("@/lib/password")>();
  return {
    ...real,
    verifyPassword: async (...args: Parameters<typeof real.verifyPassword>) => {
      verified.count++;
      return real.verifyPassword(...args);
    },
  };
});

const WRONG = "Wrong-passw0rd";

async function measured<T>(fn: () => Promise<T>): Promise<{ result: T; verifies: number; ms: number }> {
  const before = verified.count;
  const start = performance.now();
  const result = await fn();
  return { result, verifies: verified.count - before, ms: performance.now() - start };
}

describe("sign-in answers the same for unknown, wrong and locked", () => {
  test("tenant users: same answer, one hash verified and one audit row each", async () => {
    const tenant = await createTenant();
    const user = await createUser(tenant, { roles: ["legislative"] });
    const signIn = (username: string, password: string) =>
      authenticateUser({ tenantSlug: tenant.slug, username, password }, { requestId: "oracle" });

    const unknown = await measured(() => signIn("nobody-at-all", WRONG));
    const wrong: Awaited<ReturnType<typeof measured>>[] = [];
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) wrong.push(await measured(() => signIn(user.username, WRONG)));
    const locked = await measured(() => signIn(user.username, WRONG));

    for (const attempt of [unknown, ...wrong, locked]) {
      expect(attempt.result).toEqual({ ok: false, reason: "INVALID" });
      expect(attempt.verifies).toBe(1);
    }
    // Each attempt wrote exactly one row (the locking one also records the lock itself).
    const rows = await auditRows(tenant.id);
    expect(rows.filter((r) => r.action !== "auth.locked")).toHaveLength(2 + MAX_FAILED_LOGINS);
    // While locked, the right password answers the same (else the lock would confirm a guess), after the same work.
    const owner = await measured(() => signIn(user.username, TEST_PASSWORD));
    expect(owner.result).toEqual({ ok: false, reason: "INVALID" });
    expect(owner.verifies).toBe(1);

    // The same work is what makes the same timing: one verification each, counted above. (A wall-clock
    // comparison on 2 shared cores would only measure the machine's other load.)
  });

  test("platform operators: the same rule", async () => {
    const operator = await createOperator();
    const signIn = (username: string, password: string) => authenticateOperator({ username, password });
    const answers = [await measured(() => signIn("op-nobody-at-all", WRONG))];
    for (let i = 0; i <= MAX_FAILED_LOGINS; i++) answers.push(await measured(() => signIn(operator.username, WRONG)));
    for (const a of answers) {
      expect(a.result).toEqual({ ok: false, reason: "INVALID" });
      expect(a.verifies).toBe(1);
    }
    expect((await signIn(operator.username, TEST_PASSWORD)).ok).toBe(false);
    expect(await signIn(operator.username, TEST_PASSWORD)).toEqual({ ok: false, reason: "INVALID" });
  });
});
