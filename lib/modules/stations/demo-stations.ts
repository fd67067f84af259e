// The demo stations of each city, pure: one central station per street or township, community stations filling
// up to the seed's numbers (Taiyuan 546 with 杏花岭区's 12; Shantou 金平区 12 + 41, 龙湖区 10 + 50 and its online
// station, 南澳县 13 with its mobile ones; Liaoyuan 44), and the grouping of a city's deputies into them.
import { streetsOf, isTownship, type AreaNode } from "@/lib/seed/area-tree";
import { apportion, type Rand } from "@/lib/seed/random";
import type { StationKind, StationRole } from "./workflow";

type DistrictSpec = { community?: number; centralOnly?: boolean; online?: boolean; mobile?: string[] };

export type StationSpec = {
  city: string;
  /** The city's telephone area code, for the stations' desk phones. */
  areaCode: string;
  /** Stations in all: community stations fill up to it over the districts that have them. */
  total?: number;
  /** Community stations per district with streets when there is no total. */
  community?: number;
  districts?: Record<string, DistrictSpec>;
  /** Shantou calls its street stations 中心站. */
  centralSuffix?: string;
  standard: "六有" | "四个五";
  reception: "monthly" | "jining" | "shantou";
  /** Community stations receive every N months (central ones monthly). */
  communityEveryMonths?: number;
  /** The chance that a past reception day has its record, and the people received at one. */
  recordChance: number;
  people: [number, number];
  issuesPerRecord: number;
  /** Figures the seeds give for a district's past year, met exactly. */
  exact?: Record<string, { attendance?: number; issues?: number; solved?: number; people?: number }>;
};

const base = { recordChance: 0.75, people: [3, 12] as [number, number], issuesPerRecord: 1 };

export const DEMO_STATIONS: Record<string, StationSpec> = {
  taiyuan: {
    ...base,
    city: "太原市",
    areaCode: "0351",
    total: 546,
    districts: { 杏花岭区: { centralOnly: true } },
    standard: "六有",
    reception: "monthly",
    communityEveryMonths: 3,
    recordChance: 0.7,
    people: [2, 9],
    issuesPerRecord: 1,
  },
  shantou: {
    ...base,
    city: "汕头市",
    areaCode: "0754",
    community: 0,
    districts: {
      金平区: { community: 41 },
      龙湖区: { community: 50, online: true },
      南澳县: {
        community: 7,
        mobile: [
          "南澳县流动人大代表联络站（田间地头）",
          "南澳县流动人大代表联络站（渔船）",
          "南澳县流动人大代表联络站（养殖场）",
        ],
      },
    },
    centralSuffix: "中心站",
    standard: "四个五",
    reception: "shantou",
    recordChance: 1,
    exact: { 金平区: { attendance: 1248, issues: 537, solved: 262 }, 南澳县: { people: 1236 } },
  },
  liaoyuan: { ...base, city: "辽源市", areaCode: "0437", total: 44, standard: "六有", reception: "monthly" },
  jining: { ...base, city: "济宁市", areaCode: "0537", community: 1, standard: "六有", reception: "jining" },
  chengdu: { ...base, city: "成都市", areaCode: "028", community: 1, standard: "六有", reception: "monthly" },
  shenyang: { ...base, city: "沈阳市", areaCode: "024", community: 1, standard: "六有", reception: "monthly" },
  dalian: { ...base, city: "大连市", areaCode: "0411", community: 1, standard: "六有", reception: "monthly" },
  harbin: { ...base, city: "哈尔滨市", areaCode: "0451", community: 1, standard: "六有", reception: "monthly" },
};

export type StationRow = {
  name: string;
  kind: StationKind;
  /** The area it serves (a community when it is a real one of the city's tree). */
  area: AreaNode;
  district: AreaNode;
  /** The street or township it belongs to (the district itself for a district-wide station). */
  street: AreaNode;
  address: string;
  openingHours: string;
  phone: string;
  intro: string;
  establishedOn: string;
};

// Two characters each.
const COMMUNITIES =
  "东风新华建设解放和平胜利光明幸福朝阳友谊文化滨河长青康乐育才锦绣春晖桃园南关北关西苑东苑丽华金港恒安阳光学府迎春富康杏林兴安永安惠民安泰文兴景苑龙潭新城府西".match(
    /../g,
  )!;
const VILLAGES =
  "东庄西庄南堡北堡河口沟口新村后村前村东关西关石门南坪北坪红崖上庄下庄中社西沟北岭南岭王庄李庄张庄刘庄马庄赵庄郭庄高庄".match(
    /../g,
  )!;
const ROADS = ["建设路", "解放路", "新华街", "和平路", "文化路", "人民路", "府东街", "长风街", "滨河路", "迎宾路"];

function communityName(street: AreaNode, k: number): string {
  const list = isTownship(street) ? VILLAGES : COMMUNITIES;
  const name = list[k % list.length]! + (k >= list.length ? String(Math.floor(k / list.length) + 1) : "");
  return name + (isTownship(street) ? "村" : "社区");
}

/** Community stations per district: the spec's, or the total's remainder over the districts by their streets. */
function communityCounts(spec: StationSpec, districts: AreaNode[]): number[] {
  const d = (x: AreaNode) => spec.districts?.[x.name] ?? {};
  if (spec.total === undefined)
    return districts.map((x) =>
      d(x).centralOnly ? 0 : (d(x).community ?? (x.children.length ? (spec.community ?? 1) : 0)),
    );
  const fixed = districts.reduce(
    (s, x) => s + streetsOf(x).length + (d(x).online ? 1 : 0) + (d(x).mobile?.length ?? 0) + (d(x).community ?? 0),
    0,
  );
  const open = districts.map((x) => (d(x).centralOnly || d(x).community !== undefined ? 0 : streetsOf(x).length));
  const shares = apportion(Math.max(0, spec.total - fixed), open);
  return districts.map((x, i) => d(x).community ?? shares[i]!);
}

export function planStations(spec: StationSpec, districts: AreaNode[], rand: Rand): StationRow[] {
  const out: StationRow[] = [];
  const counts = communityCounts(spec, districts);
  const desk = () => `${spec.areaCode}-${rand.int(2, 8)}${String(rand.int(0, 999_999)).padStart(6, "0")}`;
  const established = () =>
    `${rand.int(2017, 2023)}-${String(rand.int(1, 12)).padStart(2, "0")}-${String(rand.int(1, 28)).padStart(2, "0")}`;
  const add = (row: Omit<StationRow, "phone" | "establishedOn">) =>
    out.push({ ...row, phone: desk(), establishedOn: established() });
  districts.forEach((district, i) => {
    const dspec = spec.districts?.[district.name] ?? {};
    const streets = streetsOf(district);
    for (const street of streets) {
      const place = street === district ? district.name : `${district.name}${street.name}`;
      add({
        name: `${place}人大代表联络站${spec.centralSuffix ?? ""}`,
        kind: "CENTRAL",
        area: street,
        district,
        street,
        address: `${spec.city}${place}${rand.pick(ROADS)}${rand.int(1, 300)}号`,
        openingHours: "周一至周五 9:00—12:00，14:30—17:30",
        intro: `面向${street.name}的居民群众，各级人大代表混合编组进站，定期接待群众、收集社情民意、督促解决问题。`,
      });
    }
    // Real communities first (in the tree's order), then made-up ones, round the streets in turn.
    const used = streets.map(() => 0);
    for (let k = 0; k < counts[i]!; k++) {
      const withReal = streets.map((s, j) => (used[j]! < s.children.length ? j : -1)).filter((j) => j >= 0);
      const j = withReal.length ? withReal[0]! : k % streets.length;
      const street = streets[j]!;
      const real = street.children[used[j]!];
      const community = real?.name ?? communityName(street, used[j]!);
      used[j]!++;
      const place = street === district ? district.name : `${district.name}${street.name}`;
      add({
        name: `${place}${community}人大代表联络站`,
        kind: "COMMUNITY",
        area: real ?? street,
        district,
        street,
        address: `${spec.city}${place}${community}党群服务中心`,
        openingHours: "每月接待日 9:00—11:30，其他时间预约接待",
        intro: `设在${community}党群服务中心，进站代表联系${community}居民，倾听群众意见建议。`,
      });
    }
    if (dspec.online)
      add({
        name: `${district.name}网上人大代表联络站`,
        kind: "ONLINE",
        area: district,
        district,
        street: district,
        address: `微信公众号“${district.name}人大”`,
        openingHours: "全天候留言，每月最后一个周五晚网上接待",
        intro: "“网络+实体”代表联络站：群众在线留言、预约，代表在线接待、答复，弥补实体联络站在时间与空间上的不足。",
      });
    dspec.mobile?.forEach((name, k) => {
      const street = streets[k % streets.length]!;
      add({
        name,
        kind: "MOBILE",
        area: street,
        district,
        street,
        address: `${district.name}${street.name}（流动设点）`,
        openingHours: "按活动安排设点",
        intro: "组织代表到田间地头、渔船、养殖场等生产一线“摆摊设点”，把代表活动延伸到群众身边。",
      });
    });
  });
  return out;
}

export type DeputyRef = { id: string; area: string | null; demo: boolean };
export type Membership = { station: number; deputy: string; role: StationRole };

/**
 * Mixed grouping: a deputy elected in a street joins one of its stations, a deputy of a district (the upper
 * levels) one of the district's, in turn so the stations fill evenly; the demo deputy joins the demo station;
 * about one in eight also joins a second station of the district; a station left empty borrows one; each
 * station's first one or two are its 联络员.
 */
export function groupDeputies(stations: StationRow[], deputies: DeputyRef[], demoStation: number, rand: Rand) {
  const byStreet = new Map<string, number[]>();
  const byDistrict = new Map<string, number[]>();
  stations.forEach((s, i) => {
    if (s.kind !== "ONLINE") byStreet.set(s.street.path, [...(byStreet.get(s.street.path) ?? []), i]);
    byDistrict.set(s.district.path, [...(byDistrict.get(s.district.path) ?? []), i]);
  });
  const all = stations.map((_, i) => i);
  const turn = new Map<string, number>();
  const next = (key: string, list: number[]) => {
    const k = turn.get(key) ?? rand.int(0, list.length - 1);
    turn.set(key, k + 1);
    return list[k % list.length]!;
  };
  const members = stations.map(() => [] as string[]);
  for (const d of deputies) {
    const street = d.area ? byStreet.get(d.area) : undefined;
    const district = d.area ? byDistrict.get(d.area.split("/")[0]!) : undefined;
    const station = d.demo ? demoStation : street ? next(d.area!, street) : next(d.area ?? "", district ?? all);
    members[station]!.push(d.id);
    const pool = byDistrict.get(stations[station]!.district.path)!;
    if (pool.length > 1 && rand.chance(0.12)) {
      let other = rand.pick(pool);
      while (other === station) other = rand.pick(pool);
      if (!members[other]!.includes(d.id)) members[other]!.push(d.id);
    }
  }
  members.forEach((list, i) => {
    if (list.length || !deputies.length) return;
    const pool = byDistrict.get(stations[i]!.district.path)!;
    const donor = members[pool.find((j) => members[j]!.length > 1) ?? pool[0]!]!;
    list.push(donor.length ? rand.pick(donor) : rand.pick(deputies).id);
  });
  const out: Membership[] = [];
  members.forEach((list, station) =>
    list.forEach((deputy, k) =>
      out.push({ station, deputy, role: k === 0 || (k === 1 && list.length >= 8) ? "LIAISON" : "RESIDENT" }),
    ),
  );
  return { memberships: out, members };
}
