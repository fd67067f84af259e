// Demo stations (demo-stations.ts) with the city's standard and each station's evidence, the deputies grouped
// into them, reception schedules and their days a year back and a year ahead, and the past year's records
// (demo-receptions.ts) — written in a few batched inserts per city, after the deputies and the working
// calendar. The city's `station` demo account runs the station its deputy account's deputy is grouped into.
// Idempotent per city: a city that already has stations is left alone.
import { unsafePrisma } from "@/lib/db";
import { todayInShanghai } from "@/lib/dates";
import { workingCalendar } from "@/lib/modules/calendar";
import { areaTree, type AreaNode } from "@/lib/seed/area-tree";
import { seededRandom } from "@/lib/seed/random";
import { seedLock, type SeedTx } from "@/lib/seed/seed-tx";
import { bulkInsert } from "@/lib/seed/unsafe-bulk-insert";
import type { Seeder } from "../define";
import { planReceptions } from "./demo-receptions";
import { DEMO_STATIONS, groupDeputies, planStations, type StationSpec } from "./demo-stations";
import { DEFAULT_STANDARD } from "./workflow";

const SIX: Record<string, string> = {
  有场地: "有固定的活动场所，面积满足接待需要，悬挂统一标识",
  有设施: "配备桌椅、电脑、档案柜等必要的办公设施",
  有组织: "明确站长和联络员，各级代表混合编组进站",
  有制度: "接待群众、建议办理、履职登记等制度上墙",
  有活动: "定期开展代表接待日等进站活动",
  有记录: "接待、活动和意见处理有台账可查",
};
const STANDARDS: Record<StationSpec["standard"], [string, string][]> = {
  六有: DEFAULT_STANDARD.items.map((label) => [label, SIX[label] ?? ""]),
  四个五: [
    ["硬件配套“五个有”", "有标识牌、有接待室、有代表信息公示栏、有意见箱、有档案柜"],
    ["站内信息“五公开”", "公开进站代表名单、联系方式、接待时间、工作职责、意见办理情况"],
    ["组织管理“五到位”", "组织、人员、制度、经费、场所到位"],
    ["活动开展“五定期”", "定期接待群众、定期走访选民、定期学习培训、定期集中视察、定期反馈办理情况"],
  ],
};

/** One city's stations and receptions (the benchmark calls it for its own city); 0 when it already had some. */
export async function seedStationsFor(tenantId: string, slug: string, spec: StationSpec): Promise<number> {
  const cal = await workingCalendar(tenantId);
  const today = todayInShanghai();
  return unsafePrisma.$transaction(
    async (tx: SeedTx) => {
      await seedLock(tx, `lianxin-seed-stations:${slug}`);
      if ((await tx.liaisonStation.count({ where: { tenantId } })) > 0) return 0;
      const rand = seededRandom(`stations:${slug}`);
      const tree = await areaTree(tx, tenantId);
      const paths = new Map<string, string>();
      const walk = (nodes: AreaNode[]) => nodes.forEach((n) => (paths.set(n.id, n.path), walk(n.children)));
      walk(tree);
      const accounts = await tx.user.findMany({
        where: { tenantId, username: { in: ["deputy", "station"] } },
        select: { id: true, username: true },
      });
      const account = (u: string) => accounts.find((a) => a.username === u)?.id ?? null;
      const deputies = (
        await tx.deputy.findMany({
          where: { tenantId, status: "IN_OFFICE" },
          select: { id: true, constituencyId: true, userId: true },
          orderBy: [{ level: "asc" }, { name: "asc" }, { birthYear: "asc" }],
        })
      ).map((d) => ({
        id: d.id,
        area: d.constituencyId ? (paths.get(d.constituencyId) ?? null) : null,
        demo: d.userId !== null && d.userId === account("deputy"),
      }));
      const stations = planStations(spec, tree, rand);
      const demoDeputy = deputies.find((d) => d.demo);
      const demoStation = Math.max(
        0,
        stations.findIndex((s) => s.kind === "CENTRAL" && s.street.path === demoDeputy?.area),
      );
      const { memberships, members } = groupDeputies(stations, deputies, demoStation, rand);
      const ids = stations.map(() => rand.uuid());
      await bulkInsert(
        tx,
        "LiaisonStation",
        tenantId,
        stations.map(({ area, district: _d, street: _s, establishedOn, ...s }, i) => ({
          ...s,
          id: ids[i]!,
          tenantId,
          areaId: area.id,
          establishedOn,
        })),
      );
      await bulkInsert(
        tx,
        "StationDeputy",
        tenantId,
        memberships.map((m) => ({
          id: rand.uuid(),
          tenantId,
          stationId: ids[m.station]!,
          deputyId: m.deputy,
          role: m.role,
        })),
      );
      // The standard, and most stations' evidence against it (some items not yet met).
      const items = STANDARDS[spec.standard].map(([label, guidance], i) => ({
        id: rand.uuid(),
        tenantId,
        standard: spec.standard,
        label,
        guidance,
        sortOrder: i,
      }));
      await bulkInsert(tx, "StationStandardItem", tenantId, items);
      const evidence = stations.flatMap((s, i) =>
        i !== demoStation && !rand.chance(0.85)
          ? []
          : items.map((item) => {
              const met = rand.chance(s.kind === "CENTRAL" ? 0.9 : 0.72);
              const note = met ? `已达标：${item.guidance}` : "尚未达标，正在按标准整改";
              return { id: rand.uuid(), tenantId, stationId: ids[i]!, itemId: item.id, met, note };
            }),
      );
      await bulkInsert(tx, "StationEvidence", tenantId, evidence);
      const demo = demoDeputy ? { station: demoStation, deputyId: demoDeputy.id } : null;
      const plan = planReceptions(spec, stations, members, demo, cal, today, rand);
      await bulkInsert(
        tx,
        "ReceptionSchedule",
        tenantId,
        plan.schedules.map(({ station, startsOn, endsOn, ...s }) => ({
          ...s,
          tenantId,
          stationId: ids[station]!,
          startsOn,
          endsOn: endsOn ?? null,
        })),
      );
      await bulkInsert(
        tx,
        "ReceptionDay",
        tenantId,
        plan.days.map(({ station, day, ...d }) => ({ ...d, tenantId, stationId: ids[station]!, day })),
      );
      const recorder = account("station");
      await bulkInsert(
        tx,
        "ReceptionRecord",
        tenantId,
        plan.records.map(({ station, day, attendance: _a, issues: _i, ...r }) => ({
          ...r,
          tenantId,
          stationId: ids[station]!,
          day,
          recordedById: station === demoStation ? recorder : null,
        })),
      );
      await bulkInsert(
        tx,
        "ReceptionAttendance",
        tenantId,
        plan.records.flatMap((r) =>
          r.attendance.map((deputyId) => ({ id: rand.uuid(), tenantId, recordId: r.id, deputyId })),
        ),
      );
      await bulkInsert(
        tx,
        "ReceptionIssue",
        tenantId,
        plan.records.flatMap((r) => r.issues.map((x) => ({ ...x, id: rand.uuid(), tenantId, recordId: r.id }))),
      );
      if (recorder)
        await tx.roleAssignment.updateMany({
          where: { tenantId, userId: recorder, role: "station" },
          data: { scopeId: ids[demoStation]! },
        });
      return stations.length;
    },
    { timeout: 120_000 },
  );
}

export const seedStationsDemo: Seeder = async (slugs, log) => {
  for (const slug of slugs) {
    const spec = DEMO_STATIONS[slug];
    if (!spec) continue;
    const tenant = await unsafePrisma.tenant.findUnique({ where: { slug }, select: { id: true } });
    if (!tenant || (await unsafePrisma.liaisonStation.count({ where: { tenantId: tenant.id } })) > 0) continue;
    const made = await seedStationsFor(tenant.id, slug, spec);
    if (made) log(`seeded ${made} stations for ${slug}`);
  }
};
