// The cross-tenant sweep, driven by the registry: for every module whose manifest declares a `sweep`, one row of
// each kind it names is sampled in Liaoyuan (seeded demo data) and the module's read functions (`lookups`) are
// asked for it in Jining: nothing may come back. A module added to the registry is swept without editing this
// file. (tests/e2e/cross-tenant-sweep.spec.ts visits the same modules' pages and API routes in a browser.)
import { beforeAll, describe, expect, test } from "vitest";
import { unsafePrisma } from "@/lib/db";
import { MANIFESTS } from "@/lib/modules/registry";
import { pgPool } from "@/lib/pg";
import { seedDemo } from "@/lib/seed/seed-demo";

const swept = MANIFESTS.filter((m) => m.sweep?.lookups);
let liaoyuan: string;
let jining: string;

beforeAll(async () => {
  await seedDemo(() => {}, ["liaoyuan", "jining"]);
  const tenants = await unsafePrisma.tenant.findMany({ where: { slug: { in: ["liaoyuan", "jining"] } } });
  liaoyuan = tenants.find((t) => t.slug === "liaoyuan")!.id;
  jining = tenants.find((t) => t.slug === "jining")!.id;
}, 180_000);

/** The manifest's sample row in a tenant: placeholder name → id (or code). */
async function sample(sql: string, tenantId: string): Promise<Record<string, string>> {
  const { rows } = await pgPool().query<Record<string, string | null>>(sql, [tenantId]);
  return Object.fromEntries(Object.entries(rows[0] ?? {}).filter((e): e is [string, string] => e[1] !== null));
}

/** Nothing found: null, an empty list, or a refusal as NOT_FOUND. */
async function findsNothing(read: () => Promise<unknown>): Promise<boolean> {
  try {
    const found = await read();
    return found === null || found === undefined || (Array.isArray(found) && found.length === 0);
  } catch (err) {
    return (err as { code?: string }).code === "NOT_FOUND";
  }
}

describe("every module's rows are invisible from another city", () => {
  test("the registry declares sweeps (so the checks below run)", () => {
    expect(swept.map((m) => m.name)).toEqual(
      expect.arrayContaining(["legislation", "consultation", "contactPoints", "identity"]),
    );
  });

  test.each(swept.map((m) => [m.name, m] as const))("%s", async (_, m) => {
    const ids = await sample(m.sweep!.sample, liaoyuan);
    const lookups = await m.sweep!.lookups!();
    expect(Object.keys(ids).length, "the sample found Liaoyuan's rows").toBeGreaterThan(0);
    for (const [name, read] of Object.entries(lookups)) {
      const id = ids[name];
      expect(id, `${m.name}: the sample has a ${name}`).toBeDefined();
      expect(await findsNothing(() => read(liaoyuan, id!)), `${m.name}.${name} in its own city`).toBe(false);
      expect(await findsNothing(() => read(jining, id!)), `${m.name}.${name} asked in another city`).toBe(true);
    }
  });
});
