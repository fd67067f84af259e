// The console's messages: a card per message on a phone, a table on a wider screen; the overdue flag and the
// working days left wherever a unit's clock runs. The phone comes masked (lists never carry the whole number).
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { linkClasses } from "@/components/legislation/util";
import { Badge, Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import type { MessageListRow } from "@/lib/modules/citizen-messages/client";
import { categoryLabel, clockLabel } from "./labels";

export function MessageList({ rows, base, showUnit }: { rows: MessageListRow[]; base: string; showUnit: boolean }) {
  const t = useTranslations("citizenMessagesConsole.list");
  const statuses = useTranslations("citizenMessages.status");
  const categories = useTranslations("citizenMessages.categories");
  const format = useFormatter();
  const due = (r: MessageListRow) =>
    r.dueOn ? format.dateTime(new Date(`${r.dueOn}T00:00:00+08:00`), "date") : t("none");
  const flag = (r: MessageListRow) => (
    <>
      {r.overdue && (
        <Badge tone="danger" className="ms-2">
          {t("overdue")}
        </Badge>
      )}
    </>
  );
  const left = (r: MessageListRow) => clockLabel(t, r.workingDaysLeft);
  return (
    <>
      <ul className="space-y-3 sm:hidden">
        {rows.map((r) => (
          <li key={r.id} className="rounded-lg border border-gray-200 bg-white p-4">
            <Link href={`${base}/${r.id}`} className={`${linkClasses} break-words`}>
              {r.title}
            </Link>
            <p className="mt-1 flex flex-wrap items-center gap-x-2 text-sm text-gray-700">
              <Badge tone={r.overdue ? "danger" : "info"}>{statuses(r.status)}</Badge>
              <span className="font-mono">{r.receiptCode}</span>
              {flag(r)}
            </p>
            <p className="mt-1 text-sm text-gray-700">
              {[categoryLabel(categories, r.category), r.stationName, r.deputyName, showUnit ? r.unitName : null]
                .filter(Boolean)
                .join(" · ")}
            </p>
            {r.dueOn && (
              <p className={`text-sm ${r.overdue ? "font-medium text-red-700" : "text-gray-700"}`}>
                {t("dueOn")} {due(r)}
                {left(r) && ` · ${left(r)}`}
              </p>
            )}
            <p className="text-sm text-gray-600">
              {format.dateTime(r.createdAt, "dateTime")}
              {r.phoneMasked && ` · ${r.phoneMasked}`}
            </p>
          </li>
        ))}
      </ul>
      <div className="hidden sm:block">
        <Table label={t("tableLabel")}>
          <THead>
            <Tr>
              <Th>{t("subject")}</Th>
              <Th>{t("status")}</Th>
              <Th>{t("category")}</Th>
              <Th>{t("station")}</Th>
              {showUnit && <Th>{t("unit")}</Th>}
              <Th>{t("dueOn")}</Th>
              <Th>{t("createdAt")}</Th>
              <Th>{t("phone")}</Th>
            </Tr>
          </THead>
          <TBody>
            {rows.map((r) => (
              <Tr key={r.id}>
                <Td className="min-w-56">
                  <Link href={`${base}/${r.id}`} className={linkClasses}>
                    {r.title}
                  </Link>
                  <div className="font-mono text-xs text-gray-600">{r.receiptCode}</div>
                </Td>
                <Td className="whitespace-nowrap">
                  {statuses(r.status)}
                  {flag(r)}
                </Td>
                <Td className="whitespace-nowrap">{categoryLabel(categories, r.category)}</Td>
                <Td className="min-w-32">
                  {r.stationName}
                  {r.deputyName && <div className="text-xs text-gray-600">{r.deputyName}</div>}
                </Td>
                {showUnit && <Td className="min-w-32">{r.unitName ?? t("none")}</Td>}
                <Td className={`whitespace-nowrap ${r.overdue ? "font-medium text-red-700" : ""}`}>
                  {due(r)}
                  {left(r) && <div className="text-xs">{left(r)}</div>}
                </Td>
                <Td className="whitespace-nowrap">{format.dateTime(r.createdAt, "dateTime")}</Td>
                <Td className="whitespace-nowrap font-mono">{r.phoneMasked || t("none")}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      </div>
    </>
  );
}
