// The list's rows: a card per suggestion on a phone, a table on a wider screen — number, title, kind, lead deputy,
// lead unit, state, the deadline that concerns the reader with its working days left or the overdue flag, the key
// flag, and for a unit's reader whether it leads or assists.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { linkClasses } from "@/components/legislation/util";
import { Badge, Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import type { SuggestionListRow } from "@/lib/modules/suggestions/client";
import { DeadlineText } from "./DeadlineText";
import { rowNumber } from "./labels";

function Flags({ r }: { r: SuggestionListRow }) {
  const t = useTranslations("suggestionsOps.list");
  return (
    <>
      {r.isKey && <Badge tone="warning">{t("key")}</Badge>}
      {r.unitRole && (
        <Badge tone={r.unitRole === "LEAD" ? "info" : "neutral"}>
          {r.unitRole === "LEAD" ? t("unitLead") : t("unitAssist")}
        </Badge>
      )}
    </>
  );
}

export function SuggestionList({ rows, base }: { rows: SuggestionListRow[]; base: string }) {
  const t = useTranslations("suggestionsOps.list");
  const s = useTranslations("suggestions");
  const number = (r: SuggestionListRow) => rowNumber(t, s as never, r);
  return (
    <>
      <ul className="space-y-3 sm:hidden">
        {rows.map((r) => (
          <li key={r.id} className="rounded-lg border border-gray-200 bg-white p-4">
            <Link href={`${base}/${r.id}`} className={`${linkClasses} break-words`}>
              {r.title}
            </Link>
            <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-gray-700">
              <Badge tone={r.deadline?.overdue ? "danger" : "info"}>{s(`status.${r.status}`)}</Badge>
              <span>{s(`kindShort.${r.kind}`)}</span>
              <span className="font-mono text-xs">{number(r)}</span>
              <Flags r={r} />
            </p>
            <p className="mt-1 text-sm text-gray-700">
              {[r.leadDeputyName, r.leadUnitName].filter(Boolean).join(" · ")}
            </p>
            {r.deadline && (
              <p className="mt-1 text-sm">
                <DeadlineText d={r.deadline} none={t("none")} />
              </p>
            )}
          </li>
        ))}
      </ul>
      <div className="hidden sm:block">
        <Table label={t("tableLabel")}>
          <THead>
            <Tr>
              <Th>{t("number")}</Th>
              <Th>{t("subject")}</Th>
              <Th>{t("kind")}</Th>
              <Th>{t("leadDeputy")}</Th>
              <Th>{t("leadUnit")}</Th>
              <Th>{t("status")}</Th>
              <Th>{t("deadline")}</Th>
            </Tr>
          </THead>
          <TBody>
            {rows.map((r) => (
              <Tr key={r.id}>
                <Td className="whitespace-nowrap font-mono text-xs">{number(r)}</Td>
                <Td className="min-w-56">
                  <Link href={`${base}/${r.id}`} className={linkClasses}>
                    {r.title}
                  </Link>
                  <div className="mt-1 flex flex-wrap gap-1">
                    <Flags r={r} />
                  </div>
                </Td>
                <Td className="whitespace-nowrap">{s(`kindShort.${r.kind}`)}</Td>
                <Td className="whitespace-nowrap">{r.leadDeputyName}</Td>
                <Td className="min-w-32">{r.leadUnitName ?? t("none")}</Td>
                <Td className="whitespace-nowrap">
                  <Badge tone={r.deadline?.overdue ? "danger" : "info"}>{s(`status.${r.status}`)}</Badge>
                </Td>
                <Td className="min-w-36">
                  <DeadlineText d={r.deadline} none={t("none")} />
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      </div>
    </>
  );
}
