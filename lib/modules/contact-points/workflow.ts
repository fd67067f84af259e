// The kinds of grassroots legislative contact point (街道/社区/村/高校/律师事务所/企业/其他).
export const CONTACT_POINT_TYPES = [
  "SUBDISTRICT",
  "COMMUNITY",
  "VILLAGE",
  "UNIVERSITY",
  "LAW_FIRM",
  "ENTERPRISE",
  "OTHER",
] as const;
export type ContactPointType = (typeof CONTACT_POINT_TYPES)[number];
