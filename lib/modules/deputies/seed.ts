// Demo deputies (demo-deputies.ts): each city's registry written in a few batched inserts, and the city's
// `deputy` demo account linked to its deputy (Deputy.userId). Idempotent per city: a city that already has
// deputies is left alone. The stations seeder groups them into stations next.
import { unsafePrisma } from "@/lib/db";
import { areaTree } from "@/lib/seed/area-tree";
import { seededRandom } from "@/lib/seed/random";
import { seedLock, type SeedTx } from "@/lib/seed/seed-tx";
import { bulkInsert } from "@/lib/seed/unsafe-bulk-insert";
import type { Seeder } from "../define";
import { DEMO_DEPUTIES, planDeputies, type DeputySpec } from "./demo-deputies";

/** One city's deputies (the benchmark calls it for its own city); 0 when the city already had some. */
export async function seedDeputiesFor(tenantId: string, slug: string, spec: DeputySpec): Promise<number> {
  return unsafePrisma.$transaction(
    async (tx: SeedTx) => {
      await seedLock(tx, `lianxin-seed-deputies:${slug}`);
      if ((await tx.deputy.count({ where: { tenantId } })) > 0) return 0;
      const tree = await areaTree(tx, tenantId);
      const ids = new Map<string, string>();
      const walk = (nodes: typeof tree) => nodes.forEach((n) => (ids.set(n.path, n.id), walk(n.children)));
      walk(tree);
      const rand = seededRandom(`deputies:${slug}`);
      const account = await tx.user.findFirst({
        where: { tenantId, username: "deputy", roles: { some: { role: "deputy" } } },
        select: { id: true },
      });
      const rows = planDeputies(spec, tree, rand).map(({ area, ended, demo, ...d }) => ({
        ...d,
        tenantId,
        id: rand.uuid(),
        constituencyId: ids.get(area) ?? null,
        status: ended ? ("RESIGNED" as const) : ("IN_OFFICE" as const),
        statusOn: ended ? "2025-06-30" : null,
        statusReason: ended ? "因工作调动，辞去代表职务" : "",
        userId: demo ? (account?.id ?? null) : null,
      }));
      await bulkInsert(tx, "Deputy", tenantId, rows);
      return rows.length;
    },
    { timeout: 120_000 },
  );
}

export const seedDeputiesDemo: Seeder = async (slugs, log) => {
  for (const slug of slugs) {
    const spec = DEMO_DEPUTIES[slug];
    if (!spec) continue;
    const tenant = await unsafePrisma.tenant.findUnique({ where: { slug }, select: { id: true } });
    if (!tenant || (await unsafePrisma.deputy.count({ where: { tenantId: tenant.id } })) > 0) continue;
    const made = await seedDeputiesFor(tenant.id, slug, spec);
    if (made) log(`seeded ${made} deputies for ${slug}`);
  }
};
