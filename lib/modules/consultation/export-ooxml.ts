// What the summary's .xlsx and .docx share: the table's cells as text, the facts above the table (待处理 only
// while opinions are pending), the note on a draft (处理中，未定稿: dispositions not yet published), the issuing
// office and date, and the download's name (<regulation>_意见采纳情况汇总表_<YYYYMMDD>). The zip stream and XML
// escaping they are written with are the shared OOXML writer (lib/ooxml.ts), the 公文 form lib/ooxml-official.ts.
import type { Locale } from "@/lib/i18n/config";
import { getTranslator, type Translator } from "@/lib/i18n/translate";
import { attachmentDisposition, safeFileName, type IssueDay } from "@/lib/ooxml-official";
import type { SummaryTableHead, SummaryTableRow } from "./queries-summary-table";
import { CONSULTATION_CHANNELS, DISPOSITIONS, type ConsultationChannel, type Disposition } from "./workflow";

/** Texts of the exports, in the requested language (zh-CN unless told): headings, columns and cell lines. */
export async function exportTexts(locale: Locale = "zh-CN") {
  const t = await getTranslator(locale);
  return { t, ...cellTexts(t) };
}

function cellTexts(t: Translator) {
  const e = (key: string, values?: Record<string, string | number | Date>) =>
    t(`consultation.export.${key}` as never, values as never) as string;
  const terms = (prefix: string, keys: readonly string[]) =>
    new Map(keys.map((k) => [k, t(`consultationTerms.${prefix}.${k}` as never) as string]));
  const channels = terms("channel", CONSULTATION_CHANNELS);
  const dispositions = terms("disposition", DISPOSITIONS);
  const pending = t("consultationTerms.opinionStatus.RECEIVED" as never) as string;
  return {
    e,
    // Looked up once: formatting a message costs tens of microseconds.
    channelName: (c: ConsultationChannel) => channels.get(c) ?? c,
    dispositionName: (d: Disposition | null) => (d ? (dispositions.get(d) ?? d) : pending),
    /** The names the detail sheet's SQL puts in its cells (queries-export.ts). */
    detailLabels: () => ({
      channels: CONSULTATION_CHANNELS.map((c) => channels.get(c) ?? c),
      dispositions: DISPOSITIONS.map((d) => dispositions.get(d) ?? d),
      pending,
    }),
    articleName: (row: { label: string | null }) => row.label ?? e("whole"),
    /** One line per disposition: its name and count, where adopted opinions went, then the grouped reasons. */
    dispositionLines(row: SummaryTableRow): string[] {
      return row.dispositions.flatMap((d) => {
        const head = e("dispositionLine", {
          disposition: d.disposition ? (dispositions.get(d.disposition) ?? d.disposition) : pending,
          count: d.count,
        });
        const into = d.adoptedInto.length
          ? e("adoptedInto", { places: d.adoptedInto.map((a) => `${a.version}${a.label}`).join(e("listSeparator")) })
          : "";
        return [
          into ? `${head}${e("clauseSeparator")}${into}` : head,
          ...d.reasons.map((r) => `  · ${e("reasonLine", { reason: r.reason, count: r.count })}`),
          ...(d.otherReasons ? [`  · ${e("otherReasons", { count: d.otherReasons })}`] : []),
        ];
      });
    },
    /** The table's total row: each disposition with its count, then the pending ones. */
    totalLines: (head: SummaryTableHead) => [
      ...head.byDisposition.map((d) =>
        e("dispositionLine", { disposition: dispositions.get(d.disposition) ?? d.disposition, count: d.count }),
      ),
      ...(head.pending ? [e("dispositionLine", { disposition: pending, count: head.pending })] : []),
    ],
    heading: (head: SummaryTableHead) => e("heading", { title: head.consultation.title }),
    facts: (head: SummaryTableHead) => [
      e("draft", { regulation: head.consultation.regulation.title, draft: head.consultation.draft.label }),
      e("window", { start: head.consultation.startsAt, end: head.consultation.endsAt }),
      head.pending > 0
        ? e("totals", {
            total: head.total,
            articles: head.articles.filter((a) => a.identity !== null).length,
            disposed: head.total - head.pending,
            pending: head.pending,
          })
        : e("totalsDone", { total: head.total, articles: head.articles.filter((a) => a.identity !== null).length }),
    ],
    /** The note on every page while the dispositions are not published; null once they are. */
    draftNote: (head: SummaryTableHead) => (head.consultation.dispositionsPublishedAt ? null : e("draftNote")),
    /** The date line under the issuing office: 2026年12月3日 (Shanghai). */
    issuedDate: (day: IssueDay) => {
      const [year, month, day_] = day.iso.split("-").map(Number);
      return e("issuedDate", { year: year!, month: month!, day: day_!, iso: day.iso });
    },
    /** The download's name without extension: 测试市养犬管理条例_意见采纳情况汇总表_20261203. */
    fileName: (head: SummaryTableHead, day: IssueDay) =>
      safeFileName(e("fileName", { regulation: head.consultation.regulation.title, date: day.compact })),
  };
}

export type ExportTexts = Awaited<ReturnType<typeof exportTexts>>;

/** Who issues the table and when: the office's full name (辽源市人大常委会法制工作委员会) and today in Shanghai. */
export type SummaryIssue = { issuer: string; day: IssueDay };

/** The summary's Content-Disposition: the UTF-8 name and an ASCII fallback (summary_20261203.xlsx). */
export function contentDisposition(name: string, extension: "xlsx" | "docx"): string {
  const date = /_(\d{8})$/.exec(name)?.[1];
  return attachmentDisposition(name, date ? `summary_${date}` : "summary", extension);
}
