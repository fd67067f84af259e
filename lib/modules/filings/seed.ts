// Demo filings (issue #13 item 8): Jining's filed normative documents (demo-filings.ts) — last year's closed, this
// year's under review in every state, one past its deadline — and Liaoyuan's three of this year (the cross-tenant
// sweep samples Liaoyuan's), assigned to the legislative affairs commission (法工委), deadlines in the city's
// filing-review working days. One transaction through forTenant(); a city that already has filings is left alone.
import { forTenant, unsafePrisma } from "@/lib/db";
import { dayToDate, todayInShanghai } from "@/lib/dates";
import { workingCalendar } from "@/lib/modules/calendar";
import { seededRandom } from "@/lib/seed/random";
import { seedLock, type SeedTx } from "@/lib/seed/seed-tx";
import { tenantSettingsSchema } from "@/lib/tenant";
import type { Seeder } from "../define";
import { JINING_FILINGS, LIAOYUAN_FILINGS, type FilingSpec } from "./demo-filings";

export const DEMO_FILINGS: Record<string, FilingSpec[]> = { jining: JINING_FILINGS, liaoyuan: LIAOYUAN_FILINGS };

const at = (d: string, hm: string) => new Date(`${d}T${hm}:00+08:00`);

/** One city's demo filings; 0 when it already had some. */
export async function seedFilingsFor(tenantId: string, slug: string, specs: FilingSpec[]): Promise<number> {
  const cal = await workingCalendar(tenantId);
  const today = todayInShanghai();
  return forTenant(tenantId).$transaction(async (tx) => {
    await seedLock(tx as unknown as SeedTx, `lianxin-seed-filings:${slug}`);
    if ((await tx.normativeFiling.count()) > 0) return 0;
    const [tenant, units, committee, clerk] = await Promise.all([
      unsafePrisma.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { settings: true } }),
      tx.unit.findMany({ select: { id: true, code: true } }),
      tx.committee
        .findFirst({ where: { code: "legislative-affairs" }, select: { id: true } })
        .then(async (c) => c ?? tx.committee.findFirst({ orderBy: { sortOrder: "asc" }, select: { id: true } })),
      tx.user.findFirst({ where: { username: "legislative" }, select: { id: true } }),
    ]);
    const { filingReviewWorkingDays } = tenantSettingsSchema.parse(tenant.settings ?? {}).oversight;
    const unitId = new Map(units.map((u) => [u.code, u.id]));
    const rand = seededRandom(`filings:${slug}`);
    const rows = specs
      .filter((s) => s.filedOn < today)
      .map((s) => {
        const reviewedOn = s.reviewedAfter ? cal.addWorkingDays(s.filedOn, s.reviewedAfter) : null;
        const respondedOn = reviewedOn && s.respondedAfter ? cal.addWorkingDays(reviewedOn, s.respondedAfter) : null;
        const last = respondedOn ?? reviewedOn ?? s.filedOn;
        return {
          id: rand.uuid(),
          tenantId,
          year: s.year,
          title: s.title,
          issuer: s.issuer,
          issuerUnitId: s.unit ? (unitId.get(s.unit) ?? null) : null,
          docNumber: s.docNumber,
          issuedOn: dayToDate(s.issuedOn),
          filedOn: dayToDate(s.filedOn),
          effectiveOn: dayToDate(s.issuedOn),
          text: `${s.title}\n\n第一条 为了规范有关管理活动，根据有关法律、法规，结合本市实际，制定本办法。\n第二条 本市行政区域内的有关活动，适用本办法。`,
          committeeId: s.status === "RECEIVED" ? null : (committee?.id ?? null),
          dueOn: dayToDate(cal.addWorkingDays(s.filedOn, filingReviewWorkingDays)),
          status: s.status,
          finding: s.finding ?? null,
          findingNote: s.findingNote ?? "",
          reviewedOn: reviewedOn ? dayToDate(reviewedOn) : null,
          reviewedById: reviewedOn ? (clerk?.id ?? null) : null,
          responseBody: s.response ?? null,
          respondedOn: respondedOn ? dayToDate(respondedOn) : null,
          createdById: clerk?.id ?? null,
          createdAt: at(s.filedOn, "10:00"),
          updatedAt: at(last, "16:00"),
        };
      });
    if (rows.length) await tx.normativeFiling.createMany({ data: rows });
    return rows.length;
  });
}

export const seedFilingsDemo: Seeder = async (slugs, log) => {
  for (const slug of slugs) {
    const specs = DEMO_FILINGS[slug];
    if (!specs) continue;
    const tenant = await unsafePrisma.tenant.findUnique({ where: { slug }, select: { id: true } });
    if (!tenant || (await forTenant(tenant.id).normativeFiling.count()) > 0) continue;
    const made = await seedFilingsFor(tenant.id, slug, specs);
    if (made) log(`seeded ${made} filings for ${slug}`);
  }
};
