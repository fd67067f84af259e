// The demo registry of each city, pure: how many deputies, of which levels and terms, elected where. Taiyuan is
// at the seed's scale (4,906 deputies of the five levels, all grouped into its 546 stations), Shantou's 南澳县
// has its 299, Liaoyuan a proportionate 600 of its 2,900 (to keep every start light); the other cities a few
// dozen each. The benchmark reuses planDeputies with a larger spec (scripts/bench-deputies.ts).
import { isTownship, streetsOf, type AreaNode } from "@/lib/seed/area-tree";
import { apportion, type Rand } from "@/lib/seed/random";
import { ETHNICITIES, mobile, occupation, PARTIES, personName } from "./demo-names";
import type { DeputyLevel } from "./workflow";

export type DeputySpec = {
  /** "太原市": work units and delegations are named after it. */
  city: string;
  /** "山西": the national delegation's name. */
  province: string;
  total: number;
  /** Deputies of the three upper levels (the rest are county and township deputies). */
  top: { NATIONAL: number; PROVINCIAL: number; CITY: number };
  /** The city's term of each level (全国、省 第十四届 everywhere in this term). */
  cityTerm: string;
  /** Deputies attached to a district (its stations); the rest are spread over the others by their streets. */
  districts?: Record<string, number>;
  /** "district/street" where the deputy the demo account `deputy` is was elected (and is grouped). */
  demoArea: string;
  /** Share of deputies whose term has ended (辞职), to show in the registry. */
  ended?: number;
};

const NATIONAL_PROVINCIAL_TERM = "第十四届";
const COUNTY_TERM = "第十八届";
const TOWNSHIP_TERM = "第十八届";

const t = (city: string, province: string, total: number, top: [number, number, number], cityTerm: string) => ({
  city,
  province,
  total,
  top: { NATIONAL: top[0], PROVINCIAL: top[1], CITY: top[2] },
  cityTerm,
});

export const DEMO_DEPUTIES: Record<string, DeputySpec> = {
  taiyuan: {
    ...t("太原市", "山西", 4906, [30, 150, 500], "第十六届"),
    districts: { 杏花岭区: 400 },
    demoArea: "杏花岭区/鼓楼街道",
  },
  shantou: {
    ...t("汕头市", "广东", 1209, [8, 40, 180], "第十五届"),
    districts: { 金平区: 420, 龙湖区: 430, 南澳县: 299 },
    demoArea: "金平区/光华街道",
  },
  liaoyuan: { ...t("辽源市", "吉林", 600, [5, 30, 110], "第九届"), demoArea: "龙山区/北寿街道", ended: 0.01 },
  jining: { ...t("济宁市", "山东", 160, [4, 12, 40], "第十八届"), demoArea: "任城区/金城街道", ended: 0.01 },
  chengdu: { ...t("成都市", "四川", 180, [6, 14, 50], "第十八届"), demoArea: "锦江区/春熙路街道", ended: 0.01 },
  shenyang: { ...t("沈阳市", "辽宁", 140, [5, 12, 40], "第十七届"), demoArea: "和平区/南湖街道", ended: 0.01 },
  dalian: { ...t("大连市", "辽宁", 130, [4, 12, 40], "第十七届"), demoArea: "中山区/青泥洼桥街道", ended: 0.01 },
  harbin: { ...t("哈尔滨市", "黑龙江", 160, [5, 12, 40], "第十六届"), demoArea: "道里区/兆麟街道", ended: 0.01 },
};

export type DeputyRow = {
  name: string;
  gender: "MALE" | "FEMALE";
  ethnicity: string;
  birthYear: number;
  party: string;
  occupation: string;
  workUnit: string;
  level: DeputyLevel;
  term: string;
  delegation: string;
  /** The constituency's area path: a district for the upper levels, a street or township below. */
  area: string;
  phone: string;
  ended: boolean;
  demo: boolean;
};

type Slot = { district: AreaNode; street: AreaNode };

/** Each deputy's place: districts by the spec (or their number of streets), townships weighing double. */
function slots(spec: DeputySpec, districts: AreaNode[]): Slot[] {
  const fixed = spec.districts ?? {};
  const free = districts.filter((d) => fixed[d.name] === undefined);
  const rest = spec.total - districts.reduce((s, d) => s + (fixed[d.name] ?? 0), 0);
  const shares = apportion(
    Math.max(0, rest),
    free.map((d) => streetsOf(d).length),
  );
  const out: Slot[] = [];
  for (const district of districts) {
    const n = fixed[district.name] ?? shares[free.indexOf(district)] ?? 0;
    const streets = streetsOf(district);
    const per = apportion(
      n,
      streets.map((s) => (isTownship(s) ? 2 : 1)),
    );
    streets.forEach((street, i) => {
      for (let k = 0; k < per[i]!; k++) out.push({ district, street });
    });
  }
  return out;
}

export function planDeputies(spec: DeputySpec, districts: AreaNode[], rand: Rand): DeputyRow[] {
  const places = slots(spec, districts);
  // Upper levels drawn at random over the places, in exact numbers.
  const demoIndex = places.findIndex((p) => p.street.path === spec.demoArea || p.district.path === spec.demoArea);
  const order = rand.shuffle(places.map((_, i) => i));
  // The demo deputy is one of the city deputies (市人大代表): their slot takes the first city place.
  if (demoIndex >= 0) {
    const at = spec.top.NATIONAL + spec.top.PROVINCIAL;
    const k = order.indexOf(demoIndex);
    [order[k], order[at]] = [order[at]!, order[k]!];
  }
  const levelOf = new Map<number, DeputyLevel>();
  const { NATIONAL, PROVINCIAL, CITY } = spec.top;
  order.forEach((slot, k) =>
    levelOf.set(
      slot,
      k < NATIONAL
        ? "NATIONAL"
        : k < NATIONAL + PROVINCIAL
          ? "PROVINCIAL"
          : k < NATIONAL + PROVINCIAL + CITY
            ? "CITY"
            : "COUNTY",
    ),
  );
  const seen = new Set<string>();
  return places.map(({ district, street }, i) => {
    const township = isTownship(street);
    let level = levelOf.get(i)!;
    if (level === "COUNTY" && township && rand.chance(0.7)) level = "TOWNSHIP";
    const demo = i === demoIndex;
    const term =
      level === "CITY"
        ? spec.cityTerm
        : level === "COUNTY"
          ? COUNTY_TERM
          : level === "TOWNSHIP"
            ? TOWNSHIP_TERM
            : NATIONAL_PROVINCIAL_TERM;
    const gender = demo || rand.chance(0.68) ? "MALE" : "FEMALE";
    // Born 1955–1995, most in the middle (two draws averaged).
    const birthYear = demo ? 1972 : Math.round((rand.int(1955, 1995) + rand.int(1955, 1995)) / 2);
    let name = demo ? "吴振华" : personName(rand, gender);
    while (seen.has(`${level}|${name}|${birthYear}`)) name = personName(rand, gender);
    seen.add(`${level}|${name}|${birthYear}`);
    const streetName = street === district ? "" : street.name;
    const [occ, unit] = occupation(rand, { city: spec.city, district: district.name, street: streetName, township });
    const delegation =
      level === "NATIONAL"
        ? `${spec.province}代表团`
        : level === "PROVINCIAL"
          ? `${spec.city.replace(/市$/, "")}代表团`
          : level === "CITY"
            ? `${district.name}代表团`
            : `${streetName || district.name}代表小组`;
    const upper = level === "NATIONAL" || level === "PROVINCIAL" || (level === "CITY" && !demo);
    return {
      name,
      gender,
      ethnicity: rand.weighted(ETHNICITIES),
      birthYear,
      party: rand.weighted(PARTIES),
      occupation: occ,
      workUnit: unit,
      level,
      term,
      delegation,
      area: upper ? district.path : street.path,
      phone: mobile(rand),
      ended: !demo && rand.chance(spec.ended ?? 0),
      demo,
    };
  });
}
