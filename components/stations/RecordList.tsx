// A station's reception records: a table on a wide screen, a card per record on a phone. Server-rendered.
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { dayDate, linkClasses } from "@/components/legislation/util";
import { Badge, Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import type { ReceptionRecordRow } from "@/lib/modules/stations/client";

export function RecordList({ rows, base }: { rows: ReceptionRecordRow[]; base: string }) {
  const t = useTranslations("stations.records");
  const format = useFormatter();
  const date = (r: ReceptionRecordRow) => format.dateTime(dayDate(r.day), "date");
  const open = (r: ReceptionRecordRow) =>
    r.openIssues > 0 ? <Badge tone="warning">{t("openValue", { count: r.openIssues })}</Badge> : null;
  return (
    <>
      <ul className="space-y-3 sm:hidden">
        {rows.map((r) => (
          <li key={r.id} className="rounded-lg border border-gray-200 bg-white p-4">
            <Link href={`${base}/${r.id}`} className={linkClasses}>
              {date(r)}
            </Link>
            <p className="mt-1 text-sm text-gray-700">
              {t("figures", { people: r.peopleReceived, deputies: r.deputies, issues: r.issues })}
            </p>
            {open(r)}
          </li>
        ))}
      </ul>
      <div className="hidden sm:block">
        <Table label={t("tableLabel")}>
          <THead>
            <Tr>
              <Th>{t("day")}</Th>
              <Th className="text-right">{t("people")}</Th>
              <Th className="text-right">{t("deputies")}</Th>
              <Th className="text-right">{t("issues")}</Th>
              <Th>{t("summary")}</Th>
            </Tr>
          </THead>
          <TBody>
            {rows.map((r) => (
              <Tr key={r.id}>
                <Td className="whitespace-nowrap">
                  <Link href={`${base}/${r.id}`} className={linkClasses}>
                    {date(r)}
                  </Link>
                </Td>
                <Td className="text-right tabular-nums">{r.peopleReceived}</Td>
                <Td className="text-right tabular-nums">{r.deputies}</Td>
                <Td className="text-right tabular-nums">
                  {r.issues} {open(r)}
                </Td>
                <Td className="min-w-64 text-sm">{r.summary.slice(0, 80)}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      </div>
    </>
  );
}
