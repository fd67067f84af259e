// The station registry: a table on a wide screen, a card per station on a phone. Server-rendered.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { linkClasses } from "@/components/legislation/util";
import { Badge, Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import type { StationListRow } from "@/lib/modules/stations/client";

type Row = StationListRow;

export function StationList({ rows, base, total }: { rows: Row[]; base: string; total: number }) {
  const t = useTranslations("stations.list");
  const kinds = useTranslations("stations.kind");
  const completion = (r: Row) => t("completionValue", { met: r.met, total });
  return (
    <>
      <ul className="space-y-3 sm:hidden">
        {rows.map((r) => (
          <li key={r.id} className="rounded-lg border border-gray-200 bg-white p-4">
            <Link href={`${base}/${r.id}`} className={linkClasses}>
              {r.name}
            </Link>
            {!r.active && <Badge className="ms-2">{t("inactive")}</Badge>}
            <p className="mt-1 text-sm text-gray-700">{[kinds(r.kind), r.areaPath ?? t("noArea")].join(" · ")}</p>
            <p className="text-sm text-gray-700">
              {t("deputiesValue", { count: r.deputies })} · {t("completion")} {completion(r)}
            </p>
          </li>
        ))}
      </ul>
      <div className="hidden sm:block">
        <Table label={t("tableLabel")}>
          <THead>
            <Tr>
              <Th>{t("name")}</Th>
              <Th>{t("kind")}</Th>
              <Th>{t("area")}</Th>
              <Th className="text-right">{t("deputies")}</Th>
              <Th className="text-right">{t("completion")}</Th>
            </Tr>
          </THead>
          <TBody>
            {rows.map((r) => (
              <Tr key={r.id}>
                <Td className="min-w-56">
                  <Link href={`${base}/${r.id}`} className={linkClasses}>
                    {r.name}
                  </Link>
                  {!r.active && <Badge className="ms-2">{t("inactive")}</Badge>}
                </Td>
                <Td className="whitespace-nowrap">{kinds(r.kind)}</Td>
                <Td className="min-w-32">{r.areaPath ?? t("noArea")}</Td>
                <Td className="text-right tabular-nums">{r.deputies}</Td>
                <Td className="text-right tabular-nums">{completion(r)}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      </div>
    </>
  );
}
