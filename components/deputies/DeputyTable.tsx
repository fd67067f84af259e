// The console registry's table: on a phone it scrolls sideways inside its frame, with a visible hint.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Badge, Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import type { DeputyListRow } from "@/lib/modules/deputies/client";

const link = "font-medium text-brand-700 underline-offset-2 hover:underline";

export function DeputyTable({ rows, base }: { rows: DeputyListRow[]; base: string }) {
  const t = useTranslations("deputies.list");
  const levels = useTranslations("deputies.level");
  const statuses = useTranslations("deputies.status");
  const genders = useTranslations("deputies.gender");
  const d = useTranslations("deputies.detail");
  return (
    <div className="space-y-1">
      <p className="text-sm text-gray-600 md:hidden">{t("scrollHint")}</p>
      <Table label={t("tableLabel")}>
        <THead>
          <Tr>
            <Th>{t("name")}</Th>
            <Th>{d("gender")}</Th>
            <Th>{d("birthYear")}</Th>
            <Th>{t("level")}</Th>
            <Th>{t("term")}</Th>
            <Th>{t("delegation")}</Th>
            <Th>{t("constituency")}</Th>
            <Th>{t("phone")}</Th>
            <Th>{t("status")}</Th>
          </Tr>
        </THead>
        <TBody>
          {rows.map((r) => (
            <Tr key={r.id}>
              <Td className="whitespace-nowrap">
                <Link href={`${base}/${r.id}`} className={link}>
                  {r.name}
                </Link>
              </Td>
              <Td className="whitespace-nowrap">{genders(r.gender)}</Td>
              <Td className="tabular-nums">{r.birthYear}</Td>
              <Td className="whitespace-nowrap">{levels(r.level)}</Td>
              <Td className="whitespace-nowrap">{r.term}</Td>
              <Td className="min-w-32">{r.delegation}</Td>
              <Td className="min-w-40">{r.constituency ?? ""}</Td>
              <Td className="whitespace-nowrap font-mono">{r.phoneMasked}</Td>
              <Td className="whitespace-nowrap">
                {r.status === "IN_OFFICE" ? (
                  <Badge tone="success">{statuses(r.status)}</Badge>
                ) : (
                  <Badge>{statuses(r.status)}</Badge>
                )}
              </Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </div>
  );
}
