// The consultations handed to a point (staff's point page, the coordinator's own page): state, due date, whether
// the point has answered, and how many opinions it sent. A table from md up; on a phone, where coordinators often
// work, one card per consultation so the due date is never scrolled out of view.
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { dayDate, linkClasses } from "@/components/legislation/util";
import { FactList, Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import type { ConsultationState } from "@/lib/modules/consultation/client";
import { ConsultationStateBadge, SubmissionBadge } from "./AssignmentStatus";

export type AssignmentRow = {
  id: string;
  title: string;
  state: ConsultationState;
  endsAt: Date;
  dueOn: string;
  submittedAt: Date | null;
  opinions: number;
  href?: string | null;
};

export function AssignmentsTable({ rows, today, label }: { rows: AssignmentRow[]; today: string; label: string }) {
  const t = useTranslations("contactPoints.assignments");
  const format = useFormatter();
  const title = (a: AssignmentRow) =>
    a.href ? (
      <Link href={a.href} className={linkClasses}>
        {a.title}
      </Link>
    ) : (
      a.title
    );
  const submission = (a: AssignmentRow) => (
    <>
      <SubmissionBadge dueOn={a.dueOn} submitted={!!a.submittedAt} today={today} />
      {a.submittedAt && <span className="ms-2 text-gray-600">{format.dateTime(a.submittedAt, "date")}</span>}
    </>
  );
  return (
    <>
      <ul className="space-y-3 md:hidden" aria-label={label}>
        {rows.map((a) => (
          <li key={a.id} className="space-y-2 rounded-md border border-gray-200 p-3">
            <p>{title(a)}</p>
            <FactList
              compact
              rows={[
                [t("state"), <ConsultationStateBadge key="s" state={a.state} />],
                [t("dueOn"), format.dateTime(dayDate(a.dueOn), "date")],
                [t("submission"), submission(a)],
                [t("endsAt"), format.dateTime(a.endsAt, "dateTime")],
                [t("opinions"), String(a.opinions)],
              ]}
            />
          </li>
        ))}
      </ul>
      <div className="hidden md:block">
        <Table label={label}>
          <THead>
            <Tr>
              <Th>{t("consultation")}</Th>
              <Th>{t("state")}</Th>
              <Th>{t("endsAt")}</Th>
              <Th>{t("dueOn")}</Th>
              <Th>{t("submission")}</Th>
              <Th className="text-right">{t("opinions")}</Th>
            </Tr>
          </THead>
          <TBody>
            {rows.map((a) => (
              <Tr key={a.id}>
                <Td className="min-w-56">{title(a)}</Td>
                <Td>
                  <ConsultationStateBadge state={a.state} />
                </Td>
                <Td className="whitespace-nowrap">{format.dateTime(a.endsAt, "dateTime")}</Td>
                <Td className="whitespace-nowrap">{format.dateTime(dayDate(a.dueOn), "date")}</Td>
                <Td className="whitespace-nowrap">{submission(a)}</Td>
                <Td className="text-right tabular-nums">{a.opinions}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      </div>
    </>
  );
}
