// The one cache's reads (lib/cache/data-cache.ts): kept while the tenant's action version stands, and made to miss
// by a committed change through each mutation path — staff actions, citizens' public actions and platform
// operators' — as well as by their time limit. The database and the action paths are real.
import { describe, expect, test } from "vitest";
import { executeAction } from "@/lib/action";
import { cachedRead } from "@/lib/cache/data-cache";
import { unsafePrisma } from "@/lib/db";
import { createLegalField, submitPublicProposal } from "@/lib/modules/legislation";
import { createTenant as createTenantAction } from "@/lib/modules/tenancy";
import { executePlatformAction } from "@/lib/platform-action";
import { executePublicAction } from "@/lib/public-action";
import {
  anonymousContext,
  createTenant,
  createUser,
  operatorContext,
  sessionFor,
  uniqueSuffix,
  type TestTenant,
} from "../factories";
import { createCall } from "../factories/legislation";

/** A read that counts how often it really runs. */
function counted(seconds = 60) {
  const runs = { n: 0 };
  const read = cachedRead(`test-${uniqueSuffix()}`, seconds, async (tenantId: string, x: number) => {
    runs.n++;
    return { tenantId, x, run: runs.n };
  });
  return { runs, read };
}

const version = async (t: { id: string }) =>
  (await unsafePrisma.tenant.findUniqueOrThrow({ where: { id: t.id }, select: { actionVersion: true } })).actionVersion;

describe("cachedRead", () => {
  test("a repeated read is kept, per argument list and tenant", async () => {
    const [a, b] = await Promise.all([createTenant(), createTenant()]);
    const { runs, read } = counted();
    expect(await read(a.id, 1)).toEqual({ tenantId: a.id, x: 1, run: 1 });
    expect(await read(a.id, 1)).toEqual({ tenantId: a.id, x: 1, run: 1 });
    expect((await read(a.id, 2)).run).toBe(2);
    expect((await read(b.id, 1)).run).toBe(3);
    expect(runs.n).toBe(3);
  });

  test("identical concurrent misses run once", async () => {
    const t = await createTenant();
    const { runs, read } = counted();
    const results = await Promise.all(Array.from({ length: 8 }, () => read(t.id, 7)));
    expect(new Set(results.map((r) => r.run))).toEqual(new Set([1]));
    expect(runs.n).toBe(1);
  });

  test("a staff action in the tenant makes it miss; an action in another tenant does not", async () => {
    const [t, other] = await Promise.all([createTenant(), createTenant()]);
    const [staff, otherStaff] = await Promise.all([
      createUser(t, { roles: ["legislative"] }),
      createUser(other, { roles: ["legislative"] }),
    ]);
    const { runs, read } = counted();
    await read(t.id, 1);
    const before = await version(t);
    const done = await executeAction(createLegalField, t.slug, { name: `领域${uniqueSuffix(4)}` }, sessionFor(staff));
    expect(done.ok).toBe(true);
    expect(await version(t)).toBe(before + 1);
    expect((await read(t.id, 1)).run).toBe(2);
    await executeAction(createLegalField, other.slug, { name: `领域${uniqueSuffix(4)}` }, sessionFor(otherStaff));
    expect((await read(t.id, 1)).run).toBe(2);
    // A refused action commits nothing and bumps nothing.
    const refused = await executeAction(createLegalField, t.slug, { name: "" }, sessionFor(staff));
    expect(refused.ok).toBe(false);
    expect(await version(t)).toBe(before + 1);
    expect(runs.n).toBe(2);
  });

  test("a citizen's public action bumps the version too", async () => {
    const t: TestTenant = await createTenant();
    const call = await createCall(t);
    const { read } = counted();
    await read(t.id, 1);
    const before = await version(t);
    const sent = await executePublicAction(
      submitPublicProposal,
      t.slug,
      {
        callId: call.id,
        title: "关于制定《测试市养犬管理条例》的建议",
        necessity: "需要。",
        mainContent: "规范养犬。",
      },
      anonymousContext(),
    );
    expect(sent.ok).toBe(true);
    expect(await version(t)).toBe(before + 1);
    expect((await read(t.id, 1)).run).toBe(2);
  });

  test("a platform operator's action bumps the tenant it concerns", async () => {
    const slug = `c-${uniqueSuffix(8)}`;
    const made = await executePlatformAction(
      createTenantAction,
      {
        slug,
        shortName: "缓存",
        fullName: "缓存市人大常委会",
        province: "测试省",
        adminUsername: "admin",
        adminDisplayName: "管理员",
        adminPassword: "Cache-passw0rd",
      },
      await operatorContext(),
    );
    expect(made.ok, JSON.stringify(made)).toBe(true);
    const t = await unsafePrisma.tenant.findUniqueOrThrow({ where: { slug } });
    expect(t.actionVersion).toBeGreaterThanOrEqual(1);
  });

  test("an entry lives no longer than its time limit, and DATA_CACHE=0 reads every time", async () => {
    const t = await createTenant();
    const { runs, read } = counted(0.05);
    await read(t.id, 1);
    await new Promise((r) => setTimeout(r, 80));
    expect((await read(t.id, 1)).run).toBe(2);
    process.env.DATA_CACHE = "0";
    try {
      const off = counted();
      await off.read(t.id, 1);
      await off.read(t.id, 1);
      expect(off.runs.n).toBe(2);
    } finally {
      delete process.env.DATA_CACHE;
    }
    expect(runs.n).toBe(2);
  });
});
