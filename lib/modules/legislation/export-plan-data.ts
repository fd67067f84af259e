// A five-year or annual plan as it is printed (立法规划 / 年度立法计划): the title, the items grouped by category
// (一、审议项目 二、预备项目 三、调研论证项目), each with its drafting unit, lead committee, when it is to be submitted
// and where its regulation is now, then the issuing body and the date. This file reads and words it; the .docx
// and .xlsx writers (./export-plan-docx.ts, ./export-plan-xlsx.ts) only lay it out, so they are tested without a
// database.
import { forTenant, unsafePrisma } from "@/lib/db";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator, type Translator } from "@/lib/i18n/translate";
import { attachmentDisposition, issueDay, safeFileName, type IssueDay } from "@/lib/ooxml-official";
import { numberToChinese } from "./chinese-numerals";
import { planDocx } from "./export-plan-docx";
import { planXlsx } from "./export-plan-xlsx";
import { getPlan } from "./queries-plans";

/** The order categories are printed in. */
export const PRINTED_CATEGORIES = ["DELIBERATION", "RESERVE", "RESEARCH"] as const;

export type PlanExportItem = {
  title: string;
  draftingUnit: string;
  committee: string;
  /** When it is to be submitted: 2026年6月提请审议, 2027年. */
  when: string;
  /** Where its regulation is now: 一审, or 未立项. */
  progress: string;
  notes: string;
};

export type PlanExport = {
  title: string;
  /** Under the title: 五年立法规划 · 第十届 · 2023—2027年. */
  subtitle: string;
  /** 未公布稿 while the plan is not published; null once it is. */
  draftNote: string | null;
  description: string;
  /** （项目进展截至2026年12月3日） */
  asOf: string;
  columns: string[];
  groups: { heading: string; items: PlanExportItem[] }[];
  total: string;
  issuer: string;
  date: string;
  sheetName: string;
  /** The download's name, without extension: 辽源市人大常委会2026年度立法计划_20261203. */
  fileName: string;
};

type PlanData = NonNullable<Awaited<ReturnType<typeof getPlan>>>;

/** The printed form of `data` (pure: what the unit tests build the files from). */
export function planExportOf(
  t: Translator,
  locale: Locale,
  data: PlanData & { committees: Map<string, string> },
  city: string,
  day: IssueDay,
): PlanExport {
  const e = (key: string, values?: Record<string, string | number>) =>
    t(`legislation.plan.export.${key}` as never, values as never) as string;
  const term = (key: string) => t(`legislationTerms.${key}` as never) as string;
  const { plan, items } = data;
  const years =
    plan.startYear === plan.endYear
      ? (t("legislation.plan.oneYear" as never, { year: plan.startYear } as never) as string)
      : (t("legislation.plan.yearRange" as never, { from: plan.startYear, to: plan.endYear } as never) as string);
  const [year, month, date] = day.iso.split("-").map(Number);
  const issued = e("issuedDate", { year: year!, month: month!, day: date!, iso: day.iso });
  // The plan's own title when it names the city (辽源市人大常委会2026年度立法计划); the city put before it otherwise.
  const title = plan.title.includes(city) || plan.title.includes("人大常委会") ? plan.title : `${city}${plan.title}`;
  const when = (i: PlanData["items"][number]) => {
    const at = i.plannedYear
      ? i.targetMonth
        ? e("yearMonth", { year: i.plannedYear, month: i.targetMonth })
        : e("year", { year: i.plannedYear })
      : i.targetMonth
        ? e("month", { month: i.targetMonth })
        : "";
    const stage = i.targetStage ? term(`stage.${i.targetStage}`) : "";
    return at && stage ? e("whenStage", { when: at, stage }) : at || stage;
  };
  const groups = PRINTED_CATEGORIES.map((category) => items.filter((i) => i.category === category))
    .filter((g) => g.length > 0)
    .map((g, n) => ({
      heading: e("group", {
        ordinal: locale === "zh-CN" ? numberToChinese(n + 1) : String(n + 1),
        category: term(`category.${g[0]!.category}`),
        count: g.length,
      }),
      items: g.map((i) => ({
        title: i.title,
        draftingUnit: i.draftingUnit ?? "",
        committee: i.leadCommitteeId ? (data.committees.get(i.leadCommitteeId) ?? i.committee ?? "") : "",
        when: when(i),
        progress:
          i.regulationId && i.stage
            ? term(`stage.${i.stage}`)
            : (t("legislation.plan.noRegulation" as never) as string),
        notes: i.notes,
      })),
    }));
  return {
    title,
    subtitle: [term(`planKind.${plan.kind}`), plan.term, years].filter(Boolean).join(" · "),
    draftNote: plan.publishedAt ? null : e("draftNote"),
    description: plan.description,
    asOf: e("asOf", { date: issued }),
    columns: ["no", "title", "draftingUnit", "committee", "when", "progress"].map((k) => e(`columns.${k}`)),
    groups,
    total: e("total", { count: items.length }),
    issuer: city,
    date: issued,
    sheetName: e("sheet"),
    fileName: safeFileName(e("fileName", { title, date: day.compact })),
  };
}

/** The printed form of one plan of this city (published or not: the console's view), or null. */
export async function planExport(tenantId: string, planId: string, locale: Locale = "zh-CN") {
  const data = await getPlan(tenantId, planId);
  if (!data) return null;
  const [tenant, committees, t] = await Promise.all([
    unsafePrisma.tenant.findUnique({ where: { id: tenantId }, select: { fullName: true } }),
    forTenant(tenantId).committee.findMany({ select: { id: true, name: true } }),
    getTranslator(locale),
  ]);
  const names = new Map(committees.map((c) => [c.id, c.name]));
  return planExportOf(t, locale, { ...data, committees: names }, tenant?.fullName ?? "", issueDay());
}

/** Content-Disposition of a plan's download: its UTF-8 name and an ASCII fallback (plan_20261203.docx). */
export function planDisposition(name: string, extension: "docx" | "xlsx"): string {
  const date = /_(\d{8})$/.exec(name)?.[1];
  return attachmentDisposition(name, date ? `plan_${date}` : "plan", extension);
}

const CONTENT_TYPES = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

/** One plan's download: the file's bytes, type and Content-Disposition; null for a plan not of this city. */
export async function planExportFile(tenantId: string, planId: string, format: "docx" | "xlsx", locale?: Locale) {
  const p = await planExport(tenantId, planId, locale);
  if (!p) return null;
  const bytes = format === "docx" ? planDocx(p) : await planXlsx(p);
  return {
    body: new Uint8Array(bytes), // a copy over a plain ArrayBuffer: what a Response body takes
    contentType: CONTENT_TYPES[format],
    disposition: planDisposition(p.fileName, format),
  };
}
