import { useFormatter, useTranslations } from "next-intl";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import type { SummaryTableRow } from "@/lib/modules/consultation/client";

/** 意见采纳情况汇总表 on screen: per article its text, count, representative excerpts and dispositions with reasons. */
export function SummaryTable({ rows, firstNo }: { rows: SummaryTableRow[]; firstNo: number }) {
  const t = useTranslations("consultation.summary");
  const terms = useTranslations("consultationTerms");
  const format = useFormatter();
  return (
    <Table caption={t("caption")} label={t("title")}>
      <THead>
        <Tr>
          <Th>{t("no")}</Th>
          <Th>{t("article")}</Th>
          <Th className="text-right">{t("count")}</Th>
          <Th>{t("excerpts")}</Th>
          <Th>{t("result")}</Th>
        </Tr>
      </THead>
      <TBody>
        {rows.map((r, i) => (
          <Tr key={r.identity ?? "whole"}>
            <Td className="tabular-nums">{firstNo + i}</Td>
            <Th scope="row" className="min-w-[14rem] max-w-sm whitespace-normal font-normal">
              <span className="font-semibold">{r.label ?? t("whole")}</span>
              {r.text && <p className="mt-1 line-clamp-6 text-sm text-gray-700">{r.text}</p>}
            </Th>
            <Td className="text-right tabular-nums">{format.number(r.count)}</Td>
            <Td className="min-w-[16rem] max-w-md">
              {r.excerpts.length ? (
                <ol className="list-decimal space-y-1 pl-5 text-sm text-gray-800">
                  {r.excerpts.map((e, k) => (
                    <li key={k}>{e}</li>
                  ))}
                </ol>
              ) : (
                <span className="text-sm text-gray-600">{t("noExcerpts")}</span>
              )}
            </Td>
            <Td className="min-w-[16rem] max-w-md">
              <ul className="space-y-2 text-sm">
                {r.dispositions.map((d) => (
                  <li key={d.disposition ?? "pending"}>
                    <span className="font-medium text-gray-900">
                      {t("dispositionLine", {
                        disposition: d.disposition
                          ? terms(`disposition.${d.disposition}`)
                          : terms("opinionStatus.RECEIVED"),
                        count: d.count,
                      })}
                    </span>
                    {d.adoptedInto.length > 0 && (
                      <span className="text-gray-700">
                        {t("adoptedInto", {
                          places: d.adoptedInto.map((a) => `${a.version}${a.label}`).join(t("listSeparator")),
                        })}
                      </span>
                    )}
                    {(d.reasons.length > 0 || d.otherReasons > 0) && (
                      <ul className="mt-1 list-disc space-y-0.5 pl-5 text-gray-700">
                        {d.reasons.map((x) => (
                          <li key={x.reason}>{t("reasonLine", { reason: x.reason, count: x.count })}</li>
                        ))}
                        {d.otherReasons > 0 && <li>{t("otherReasons", { count: d.otherReasons })}</li>}
                      </ul>
                    )}
                  </li>
                ))}
              </ul>
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
