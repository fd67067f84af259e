// The people of the demo registry: names from common surnames and given-name characters (both genders), the
// ethnicities, parties and occupations a city's list of deputies shows, in roughly the proportions it shows them.
import type { Rand } from "@/lib/seed/random";

// The most common surnames first, weighted by rank, so 王李张刘陈 dominate as they do in any list.
const SURNAMES = [
  ..."王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文",
];
const SURNAME_WEIGHTS = SURNAMES.map((s, i) => [s, 1 / (i + 8)] as const);
const MALE = [..."伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆峰建国志文海兵东林春云龙振德永胜晓亮成锋"];
const FEMALE = [..."芳娜敏静丽艳娟霞秀玲桂英华红梅兰萍燕琳雪颖婷慧洁琴丹荣莉倩佳月晶玉凤瑶春彦欣悦"];

export function personName(rand: Rand, gender: "MALE" | "FEMALE"): string {
  const chars = gender === "MALE" ? MALE : FEMALE;
  const given = rand.chance(0.7) ? rand.pick(chars) + rand.pick(chars) : rand.pick(chars);
  return rand.weighted(SURNAME_WEIGHTS) + given;
}

export const ETHNICITIES = [
  ["汉族", 93],
  ["回族", 3],
  ["满族", 2],
  ["蒙古族", 1],
  ["朝鲜族", 0.5],
  ["壮族", 0.5],
] as const;

export const PARTIES = [
  ["中共党员", 68],
  ["群众", 17],
  ["民革", 2],
  ["民盟", 2.5],
  ["民建", 2.5],
  ["民进", 2],
  ["农工党", 1.5],
  ["致公党", 0.5],
  ["九三学社", 2],
  ["无党派人士", 2],
] as const;

/** Where a deputy works: a function of the place, so units name the city's real districts and streets. */
type Place = { city: string; district: string; street: string; township: boolean };
const COMPANY = ["鑫源", "华晋", "恒达", "兴业", "宏远", "盛世", "东方", "新华", "长城", "博远", "金桥", "瑞丰"];
const TRADE = ["建设工程", "食品", "物流", "电子科技", "机械制造", "商贸", "农业开发", "医药"];
const OCCUPATIONS: readonly (readonly [(p: Place, r: Rand) => [string, string], number])[] = [
  [(p) => ["社区党委书记、居委会主任", `${p.district}${p.street}社区居委会`], 10],
  [(p) => ["村党支部书记、村委会主任", `${p.district}${p.street}村民委员会`], 10],
  [(p, r) => ["教师", `${p.city}第${r.int(1, 60)}中学`], 8],
  [(p, r) => ["医生", r.chance(0.5) ? `${p.city}人民医院` : `${p.district}人民医院`], 7],
  [(p, r) => ["董事长、总经理", `${p.city.slice(0, 2)}${r.pick(COMPANY)}${r.pick(TRADE)}有限公司`], 12],
  [(p, r) => ["工人", `${p.city.slice(0, 2)}${r.pick(COMPANY)}${r.pick(TRADE)}有限公司`], 8],
  [(p, r) => ["律师", `${p.city.slice(0, 2)}${r.pick(COMPANY)}律师事务所`], 3],
  [(p) => ["街道党工委书记", `${p.district}${p.street}${p.township ? "党委" : "党工委"}`], 5],
  [(p) => ["区（县）人大常委会副主任", `${p.district}人大常委会`], 3],
  [(p, r) => ["农民", `${p.district}${p.street}${r.pick(["东", "西", "南", "北", "前", "后"])}村`], 8],
  [(p, r) => ["个体工商户", `${p.district}${r.pick(["老街", "新华", "和平", "建设"])}商店`], 5],
  [(p) => ["科研人员", `${p.city.slice(0, 2)}市农业科学研究所`], 2],
  [(p) => ["民警", `${p.city}公安局${p.district}分局`], 3],
  [(p) => ["养老服务中心主任", `${p.district}${p.street}养老服务中心`], 2],
];

export function occupation(rand: Rand, place: Place): [occupation: string, workUnit: string] {
  // A 村 is a township's; a 社区 a street's.
  for (;;) {
    const [occ, unit] = rand.weighted(OCCUPATIONS)(place, rand);
    if (place.township && occ.startsWith("社区")) continue;
    if (!place.township && (occ.startsWith("村") || occ === "农民")) continue;
    return [occ, unit];
  }
}

/** A mobile number that is the same every run (masked in lists). */
export function mobile(rand: Rand): string {
  return `1${rand.pick(["35", "36", "37", "38", "39", "50", "51", "58", "59", "86", "87", "88", "89"])}${String(
    rand.int(0, 99_999_999),
  ).padStart(8, "0")}`;
}
