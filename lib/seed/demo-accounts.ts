// The demo accounts every seeded tenant gets: one per role (DESIGN §4), all with the same password, which
// the README and `npm start` print. Scoped roles are scoped to the legislative affairs commission (法工委)
// and to the first handling unit.
import type { Role } from "@/lib/authz";

export const DEMO_PASSWORD = "Lianxin@2026";
export const PLATFORM_OPERATOR = { username: "platform", displayName: "平台运维" };

export const DEMO_ACCOUNTS: { username: string; role: Role; displayName: string }[] = [
  { username: "admin", role: "admin", displayName: "王立新" },
  { username: "legislative", role: "legislative", displayName: "李法宁" },
  { username: "committee", role: "committee", displayName: "张委员" },
  { username: "deputy-affairs", role: "deputyAffairs", displayName: "赵代工" },
  { username: "leader", role: "leader", displayName: "陈主任" },
  { username: "station", role: "station", displayName: "刘站长" },
  { username: "contact-point", role: "contactPoint", displayName: "孙联络" },
  { username: "unit", role: "unit", displayName: "周承办" },
  { username: "deputy", role: "deputy", displayName: "吴代表" },
];

/** Deterministic demo mobile numbers, so the masked list (138****0101) is stable between runs. */
export function demoPhone(tenantIndex: number, accountIndex: number): string {
  return `138${String(tenantIndex + 10).padStart(4, "0")}${String(accountIndex + 101).padStart(4, "0")}`;
}
