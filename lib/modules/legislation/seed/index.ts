// The legislation module's demo data (issue #3): fields of law for every city, and the plans, proposals,
// regulations and drafts the seeds describe for Liaoyuan, Chengdu and Jining. Idempotent per tenant: a city
// that already has fields of law is left alone, so running it on every start never duplicates anything.
import { unsafePrisma } from "@/lib/db";
import type { Refs, Tx } from "./build";
import { seedChengdu, seedJining } from "./chengdu-jining";
import { seedLiaoyuan } from "./liaoyuan";
import { seedLock } from "@/lib/seed/seed-tx";

const FIELDS: [code: string, name: string, nameEn: string][] = [
  ["urban", "城乡建设与管理", "Urban and Rural Development and Management"],
  ["environment", "环境保护", "Environmental Protection"],
  ["heritage", "历史文化保护", "Historical and Cultural Heritage"],
  ["social", "社会治理", "Social Governance"],
  ["economy", "经济发展", "Economic Development"],
];
const CITY_DATA: Record<string, (tx: Tx, r: Refs) => Promise<void>> = {
  liaoyuan: seedLiaoyuan,
  chengdu: seedChengdu,
  jining: seedJining,
};

export async function seedLegislationDemo(slugs: string[], log: (m: string) => void = () => {}) {
  for (const slug of slugs) {
    const tenant = await unsafePrisma.tenant.findUnique({ where: { slug }, select: { id: true } });
    if (!tenant || (await unsafePrisma.legalField.count({ where: { tenantId: tenant.id } })) > 0) continue;
    const seeded = await unsafePrisma.$transaction(
      async (tx) => {
        await seedLock(tx, `lianxin-seed-legislation:${slug}`);
        if ((await tx.legalField.count({ where: { tenantId: tenant.id } })) > 0) return false; // another seeder won
        await tx.legalField.createMany({
          data: FIELDS.map(([code, name, nameEn], i) => ({ tenantId: tenant.id, code, name, nameEn, sortOrder: i })),
        });
        const [committees, units, fields] = await Promise.all([
          tx.committee.findMany({ where: { tenantId: tenant.id }, select: { id: true, code: true } }),
          tx.unit.findMany({ where: { tenantId: tenant.id }, select: { id: true, code: true } }),
          tx.legalField.findMany({ where: { tenantId: tenant.id }, select: { id: true, code: true } }),
        ]);
        const lookup = (rows: { id: string; code: string }[]) => (code: string) =>
          rows.find((x) => x.code === code)?.id ?? null;
        await CITY_DATA[slug]?.(tx, {
          tenantId: tenant.id,
          committee: lookup(committees),
          unit: lookup(units),
          field: lookup(fields),
        });
        return true;
      },
      { timeout: 120_000 },
    );
    if (seeded) log(`seeded legislation demo data for ${slug}`);
  }
}
