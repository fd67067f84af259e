// The registry's two tables: every point with its record, and coverage by district. Server-rendered.
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { dayDate, linkClasses } from "@/components/legislation/util";
import { Badge, Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import type { ContactPointListRow } from "@/lib/modules/contact-points/client";

export function RegistryTable({ rows, base }: { rows: ContactPointListRow[]; base: string }) {
  const t = useTranslations("contactPoints.registry");
  const types = useTranslations("contactPoints.type");
  const format = useFormatter();
  return (
    <Table label={t("tableLabel")}>
      <THead>
        <Tr>
          <Th>{t("name")}</Th>
          <Th>{t("type")}</Th>
          <Th>{t("area")}</Th>
          <Th>{t("coordinator")}</Th>
          <Th>{t("establishedOn")}</Th>
          <Th className="text-right">{t("assignments")}</Th>
          <Th className="text-right">{t("opinions")}</Th>
          <Th className="text-right">{t("adopted")}</Th>
        </Tr>
      </THead>
      <TBody>
        {rows.map((p) => (
          <Tr key={p.id}>
            <Td className="min-w-56">
              <Link href={`${base}/${p.id}`} className={linkClasses}>
                {p.name}
              </Link>
              {!p.active && <Badge className="ms-2">{t("inactive")}</Badge>}
            </Td>
            <Td className="whitespace-nowrap">{types(p.type)}</Td>
            <Td className="min-w-32">{p.areaPath ?? t("cityWide")}</Td>
            <Td className="whitespace-nowrap">
              {p.coordinator?.displayName ?? <span className="text-gray-600">{t("noCoordinator")}</span>}
            </Td>
            <Td className="whitespace-nowrap">
              {p.establishedOn ? format.dateTime(dayDate(p.establishedOn), "date") : ""}
            </Td>
            <Td className="text-right tabular-nums">{p.stats.assignments}</Td>
            <Td className="text-right tabular-nums">{p.stats.opinions}</Td>
            <Td className="text-right tabular-nums">{p.stats.adopted}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}

type District = { id: string; name: string; points: string[] };

export function CoverageTable({ districts }: { districts: District[] }) {
  const t = useTranslations("contactPoints.coverage");
  return (
    <Table label={t("tableLabel")}>
      <THead>
        <Tr>
          <Th>{t("district")}</Th>
          <Th className="text-right">{t("count")}</Th>
          <Th>{t("points")}</Th>
        </Tr>
      </THead>
      <TBody>
        {districts.map((d) => (
          <Tr key={d.id}>
            <Th scope="row" className="font-medium">
              {d.name}
            </Th>
            <Td className="text-right tabular-nums">{d.points.length}</Td>
            <Td className="min-w-40 text-sm">
              {d.points.length ? d.points.join("、") : <Badge tone="danger">{t("none")}</Badge>}
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
