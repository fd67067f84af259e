// Demo contact points (基层立法联系点) as the seeds describe them: Liaoyuan's twelve (up from five in the previous
// term, two of them law firms) and Chengdu's twenty-eight, which since 2015 cover all 23 of its districts and
// counties with 机关, 街道, 社区(村), 高校 and 律师事务所. Each city's `contact-point` demo account coordinates the
// point marked `demo`, linked both ways the app recognises: ContactPoint.coordinatorId and the role's scope.
// Idempotent per city: a city that already has points is left alone. seedPointAssignmentsDemo, run after the
// consultation demo data, hands the seeded consultations to the points (the demo coordinators' points among the
// senders of Chengdu's two closed ones, so that account has assignments to open).
import { unsafePrisma } from "@/lib/db";
import { dayToDate, todayInShanghai } from "@/lib/dates";
import type { ContactPointType } from "@/lib/generated/prisma/enums";
import { seedLock } from "@/lib/seed/seed-tx";

/** name, type, area path ("district/street/community"), date established, and whether the demo account runs it. */
type DemoPoint = [name: string, type: ContactPointType, area: string, establishedOn: string, demo?: true];

const LIAOYUAN_FIRST = "2018-03-20"; // the previous term's five points
const LIAOYUAN_NINTH = "2022-05-26"; // re-designated by the ninth standing committee's chairpersons' meeting

const LIAOYUAN: DemoPoint[] = [
  ["辽源市龙山区北寿街道银河社区基层立法联系点", "COMMUNITY", "龙山区/北寿街道/银河社区", LIAOYUAN_FIRST, true],
  ["辽源市龙山区向阳街道基层立法联系点", "SUBDISTRICT", "龙山区/向阳街道", LIAOYUAN_FIRST],
  ["辽源市西安区仙城街道基层立法联系点", "SUBDISTRICT", "西安区/仙城街道", LIAOYUAN_FIRST],
  ["东丰县人大常委会基层立法联系点", "OTHER", "东丰县", LIAOYUAN_FIRST],
  ["东辽县安石镇朝阳村基层立法联系点", "VILLAGE", "东辽县/安石镇/朝阳村", LIAOYUAN_FIRST],
  ["辽源市龙山区寿山镇永治村基层立法联系点", "VILLAGE", "龙山区/寿山镇/永治村", LIAOYUAN_NINTH],
  ["辽源市西安区东山街道基层立法联系点", "SUBDISTRICT", "西安区/东山街道", LIAOYUAN_NINTH],
  ["辽源市西安区灯塔镇基层立法联系点", "SUBDISTRICT", "西安区/灯塔镇", LIAOYUAN_NINTH],
  ["辽源职业技术学院基层立法联系点", "UNIVERSITY", "龙山区", LIAOYUAN_NINTH],
  ["辽源矿业（集团）有限责任公司基层立法联系点", "ENTERPRISE", "西安区", LIAOYUAN_NINTH],
  ["吉林辽河律师事务所基层立法联系点", "LAW_FIRM", "龙山区", LIAOYUAN_NINTH],
  ["吉林寿山律师事务所基层立法联系点", "LAW_FIRM", "龙山区", LIAOYUAN_NINTH],
];

const CHENGDU: DemoPoint[] = [
  // 2015: the first three
  ["成都市武侯区玉林街道基层立法联系点", "SUBDISTRICT", "武侯区", "2015-10-28", true],
  ["西南财经大学基层立法联系点", "UNIVERSITY", "温江区", "2015-10-28"],
  ["成都市龙泉驿区人大常委会基层立法联系点", "OTHER", "龙泉驿区", "2015-10-28"],
  // 2017
  ["成都市锦江区水井坊街道基层立法联系点", "SUBDISTRICT", "锦江区/水井坊街道", "2017-06-15"],
  ["成都市青羊区少城街道基层立法联系点", "SUBDISTRICT", "青羊区/少城街道", "2017-06-15"],
  ["四川大学法学院基层立法联系点", "UNIVERSITY", "武侯区", "2017-06-15"],
  ["成都市郫都区唐昌街道战旗村基层立法联系点", "VILLAGE", "郫都区", "2017-06-15"],
  ["成都市双流区东升街道基层立法联系点", "SUBDISTRICT", "双流区", "2017-06-15"],
  ["简阳市人大常委会基层立法联系点", "OTHER", "简阳市", "2017-06-15"],
  ["都江堰市灌口街道基层立法联系点", "SUBDISTRICT", "都江堰市", "2017-06-15"],
  // 2019
  ["成都市锦江区春熙路街道龙王庙正街社区基层立法联系点", "COMMUNITY", "锦江区/春熙路街道/龙王庙正街社区", "2019-07-10"],
  ["西南交通大学基层立法联系点", "UNIVERSITY", "金牛区", "2019-07-10"],
  ["成都市成华区猛追湾街道基层立法联系点", "SUBDISTRICT", "成华区", "2019-07-10"],
  ["成都市青白江区大弯街道基层立法联系点", "SUBDISTRICT", "青白江区", "2019-07-10"],
  ["成都市新都区新都街道基层立法联系点", "SUBDISTRICT", "新都区", "2019-07-10"],
  ["成都市新津区花源街道基层立法联系点", "SUBDISTRICT", "新津区", "2019-07-10"],
  ["彭州市天彭街道基层立法联系点", "SUBDISTRICT", "彭州市", "2019-07-10"],
  ["邛崃市临邛街道基层立法联系点", "SUBDISTRICT", "邛崃市", "2019-07-10"],
  ["四川蓉城律师事务所基层立法联系点", "LAW_FIRM", "锦江区", "2019-07-10"],
  // 2021: full coverage of the 23 districts and counties
  ["崇州市崇阳街道基层立法联系点", "SUBDISTRICT", "崇州市", "2021-06-30"],
  ["金堂县赵镇街道基层立法联系点", "SUBDISTRICT", "金堂县", "2021-06-30"],
  ["大邑县晋原街道基层立法联系点", "SUBDISTRICT", "大邑县", "2021-06-30"],
  ["蒲江县甘溪镇明月村基层立法联系点", "VILLAGE", "蒲江县", "2021-06-30"],
  ["四川天府新区华阳街道基层立法联系点", "SUBDISTRICT", "四川天府新区成都直管区", "2021-06-30"],
  ["成都东部新区养马街道基层立法联系点", "SUBDISTRICT", "成都东部新区", "2021-06-30"],
  ["成都高新区桂溪街道基层立法联系点", "SUBDISTRICT", "成都高新技术产业开发区", "2021-06-30"],
  ["电子科技大学基层立法联系点", "UNIVERSITY", "成华区", "2021-06-30"],
  ["四川锦天府律师事务所基层立法联系点", "LAW_FIRM", "青羊区", "2021-06-30"],
];

export const DEMO_CONTACT_POINTS: Record<string, DemoPoint[]> = { liaoyuan: LIAOYUAN, chengdu: CHENGDU };

type Tx = Parameters<Parameters<typeof unsafePrisma.$transaction>[0]>[0];

/** "district/street/community" → area id, from the tenant's own tree. */
async function areaPaths(tx: Tx, tenantId: string): Promise<Map<string, string>> {
  const rows = await tx.area.findMany({ where: { tenantId }, select: { id: true, parentId: true, name: true } });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const path = (id: string): string => {
    const r = byId.get(id)!;
    return r.parentId && byId.has(r.parentId) ? `${path(r.parentId)}/${r.name}` : r.name;
  };
  return new Map(rows.map((r) => [path(r.id), r.id]));
}

/** One city's points (tests call it on a fresh tenant with the demo city's areas); false when it already had points. */
export async function seedContactPointsFor(tenantId: string, slug: string, points: DemoPoint[]): Promise<boolean> {
  return unsafePrisma.$transaction(
    async (tx) => {
      // Two seeders at once (two app processes starting together): one waits, then sees the points.
      await seedLock(tx, `lianxin-seed-contact-points:${slug}`);
      if ((await tx.contactPoint.count({ where: { tenantId } })) > 0) return false;
      const areas = await areaPaths(tx, tenantId);
      const account = await tx.user.findFirst({
        where: { tenantId, username: "contact-point", roles: { some: { role: "contactPoint" } } },
        select: { id: true },
      });
      for (const [name, type, area, establishedOn, demo] of points) {
        const point = await tx.contactPoint.create({
          data: {
            tenantId,
            name,
            type,
            areaId: areas.get(area) ?? null,
            establishedOn: dayToDate(establishedOn),
            // Entered in the registry on the day it was designated (the demo's registry holds its history).
            createdAt: new Date(`${establishedOn}T10:00:00+08:00`),
            updatedAt: new Date(`${establishedOn}T10:00:00+08:00`),
            coordinatorId: demo && account ? account.id : null,
          },
        });
        if (demo && account) {
          await tx.roleAssignment.updateMany({
            where: { tenantId, userId: account.id, role: "contactPoint" },
            data: { scopeId: point.id },
          });
        }
      }
      return true;
    },
    { timeout: 60_000 },
  );
}

export async function seedContactPointsDemo(slugs: string[], log: (msg: string) => void = () => {}) {
  for (const slug of slugs) {
    const points = DEMO_CONTACT_POINTS[slug];
    if (!points) continue;
    const tenant = await unsafePrisma.tenant.findUnique({ where: { slug }, select: { id: true } });
    if (!tenant || (await unsafePrisma.contactPoint.count({ where: { tenantId: tenant.id } })) > 0) continue;
    if (await seedContactPointsFor(tenant.id, slug, points)) log(`seeded ${points.length} contact points for ${slug}`);
  }
}

const DAY = 86_400_000;

/**
 * Run after the consultation demo data: hands each consultation that takes contact-point opinions to the points —
 * those that already sent opinions (submitted when they first did) and, while it is open, every active point of
 * the city — due five days before it closes. A consultation that already has assignments is left alone.
 */
export async function seedPointAssignmentsDemo(slugs: string[], log: (msg: string) => void = () => {}) {
  for (const slug of slugs) {
    const tenant = await unsafePrisma.tenant.findUnique({ where: { slug }, select: { id: true } });
    if (!tenant) continue;
    const tenantId = tenant.id;
    const consultations = await unsafePrisma.consultation.findMany({
      where: { tenantId, channels: { has: "CONTACT_POINT" } },
      select: { id: true, startsAt: true, endsAt: true },
    });
    for (const c of consultations) {
      const made = await unsafePrisma.$transaction(async (tx) => {
        await seedLock(tx, `lianxin-seed-point-assignments:${c.id}`);
        if ((await tx.consultationAssignment.count({ where: { tenantId, consultationId: c.id } })) > 0) return 0;
        const sent = await tx.opinion.groupBy({
          by: ["contactPointId"],
          where: { tenantId, consultationId: c.id, channel: "CONTACT_POINT", contactPointId: { not: null } },
          _min: { createdAt: true },
        });
        const open = c.startsAt.getTime() <= Date.now() && Date.now() < c.endsAt.getTime();
        const active = open
          ? await tx.contactPoint.findMany({ where: { tenantId, active: true }, select: { id: true } })
          : [];
        const submitted = new Map(sent.map((s) => [s.contactPointId!, s._min.createdAt]));
        const ids = [...new Set([...submitted.keys(), ...active.map((p) => p.id)])];
        // The Shanghai day five days before the window ends, but not before it starts.
        const due = Math.max(c.endsAt.getTime() - 5 * DAY, c.startsAt.getTime());
        const dueOn = dayToDate(todayInShanghai(new Date(due)));
        await tx.consultationAssignment.createMany({
          data: ids.map((contactPointId) => ({
            tenantId,
            consultationId: c.id,
            contactPointId,
            dueOn,
            submittedAt: submitted.get(contactPointId) ?? null,
            // Handed out when the consultation opened (its points hear of it that day), not when the seed ran.
            createdAt: c.startsAt.getTime() < Date.now() ? c.startsAt : new Date(),
          })),
        });
        return ids.length;
      });
      if (made) log(`assigned a ${slug} consultation to ${made} contact points`);
    }
  }
}
