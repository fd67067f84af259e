// The words of the demo receptions: themes (a quarter's in Jining, a month's in Shantou), the issues people raise
// by category, and the mobile stations' one-off events in 南澳县 (days from the seeding day).
import { ISSUE_CATEGORIES } from "./workflow";

export const THEMES = [
  "老旧小区改造",
  "养老服务",
  "城市管理与环境卫生",
  "优化营商环境",
  "食品药品安全",
  "教育与托育",
  "交通出行",
  "医疗保障",
  "立法意见征集",
  "乡村振兴",
];
export const JINING_QUARTERS = ["民生实事听民意", "优化营商环境", "生态环境保护", "基层社会治理"];
export const SHANTOU_MONTHS = [
  "新春走访",
  "优化营商环境",
  "学雷锋志愿服务",
  "生态环境保护",
  "食品安全",
  "安全生产",
  "防汛防台风",
  "教育民生",
  "文明城市创建",
  "乡村振兴",
  "法治宣传",
  "民生实事票决",
];
export const ISSUES: Record<(typeof ISSUE_CATEGORIES)[number], string[]> = {
  urban: ["小区楼道照明损坏，希望尽快维修", "老旧小区雨污管网老化，雨天积水", "小区周边占道经营，影响通行"],
  social: ["社区日间照料中心床位紧张", "希望增设老年助餐点", "残疾人无障碍设施不完善"],
  education: ["学校周边上下学时段交通拥堵", "希望增加普惠性托育名额", "课后服务时间与家长下班时间不衔接"],
  health: ["社区卫生服务站全科医生不足", "希望延长社区医院夜间门诊时间", "慢性病用药报销手续繁琐"],
  transport: ["公交线路调整后换乘不便", "路口缺少红绿灯，过街危险", "停车位不足，车辆乱停乱放"],
  environment: ["附近工地扬尘较大", "河道垃圾清理不及时", "餐饮油烟扰民"],
  economy: ["小微企业融资难、融资贵", "个体户办理证照流程复杂", "农产品销售渠道单一"],
  rural: ["村内道路破损，需要硬化修补", "农田灌溉渠道淤堵", "希望开展农村人居环境整治"],
  legal: ["物业纠纷调解渠道不畅", "希望开展法律咨询进社区活动", "对地方性法规草案提出修改意见"],
  other: ["希望增设社区文化活动场所", "快递末端网点设置不合理", "社区健身器材老化"],
};
export const CATEGORY_WEIGHTS = ISSUE_CATEGORIES.map(
  (c) => [c, c === "urban" || c === "social" ? 3 : c === "other" ? 1 : 2] as const,
);
export const MOBILE_EVENTS: [RegExp, string, string][] = [
  [/田间/, "流动代表联络站走进田间地头", "农田"],
  [/渔船/, "流动代表联络站走上渔船", "渔港"],
  [/养殖/, "流动代表联络站走进养殖场", "海水养殖基地"],
];
/** Days before (negative) and after the seeding day. */
export const EVENT_OFFSETS = [-320, -250, -180, -120, -60, -20, 10, 40, 80];
