import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { paginationLabels } from "@/components/common/pagination-labels";
import { ConsultationStateBadge } from "@/components/consultation/ConsultationStateBadge";
import { linkClasses } from "@/components/legislation/util";
import {
  buttonClasses,
  cx,
  EmptyState,
  PageHeader,
  Pagination,
  Table,
  TBody,
  Td,
  Th,
  THead,
  Tr,
} from "@/components/ui";
import { can } from "@/lib/authz";
import { requireMember } from "@/lib/guards";
import { CONSULTATION_STATES, listConsultations, parseConsultationState } from "@/lib/modules/consultation";
import { titled } from "@/lib/page-title";

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<Record<string, string>> };

export const generateMetadata = titled("consultation.list.title");

/** Every consultation of the city, latest window end first, with its state and how many opinions await disposal. */
export default async function ConsultationsPage({ params, searchParams }: Props) {
  const { tenant, member, allowed } = await requireMember((await params).tenant, "consultation.view");
  if (!allowed) return <NoAccess />;
  const query = await searchParams;
  const state = parseConsultationState(query.state);
  const page = Math.max(1, Math.min(10_000, Number.parseInt(query.page ?? "1", 10) || 1));
  const [t, terms, format, labels, list] = await Promise.all([
    getTranslations("consultation.list"),
    getTranslations("consultationTerms.state"),
    getFormatter(),
    paginationLabels(),
    listConsultations(tenant.id, { page, state }),
  ]);
  const base = `/${tenant.slug}/console/consultations`;
  const hrefFor = (p: number) => `${base}?${new URLSearchParams({ ...(state ? { state } : {}), page: String(p) })}`;
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("title")}
        description={t("total", { count: list.total })}
        actions={
          can(member.roles, "consultation.manage") && (
            <Link href={`${base}/new`} className={buttonClasses("primary")}>
              {t("new")}
            </Link>
          )
        }
      />
      <nav aria-label={t("stateFilter")}>
        <ul className="flex flex-wrap gap-2">
          {[undefined, ...CONSULTATION_STATES].map((s) => (
            <li key={s ?? "all"}>
              <Link
                href={s ? `${base}?state=${s}` : base}
                aria-current={s === state ? "page" : undefined}
                className={cx(buttonClasses(s === state ? "primary" : "secondary", "sm"))}
              >
                {s ? terms(s) : t("allStates")}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {list.rows.length === 0 ? (
        <EmptyState title={state ? t("emptyState") : t("empty")} />
      ) : (
        <Table label={t("title")}>
          <THead>
            <Tr>
              <Th>{t("columns.title")}</Th>
              <Th>{t("columns.state")}</Th>
              <Th>{t("columns.window")}</Th>
              <Th className="text-right">{t("columns.opinions")}</Th>
            </Tr>
          </THead>
          <TBody>
            {list.rows.map((c) => (
              <Tr key={c.id}>
                <Td className="max-w-xl">
                  <Link href={`${base}/${c.id}`} className={linkClasses}>
                    {c.title}
                  </Link>
                  <span className="mt-1 block text-xs text-gray-700">
                    {t("draftOf", { regulation: c.regulationTitle, draft: c.draftLabel })}
                  </span>
                </Td>
                <Td>
                  <ConsultationStateBadge state={c.state} />
                </Td>
                <Td className="whitespace-nowrap text-sm">
                  {t("window", {
                    start: format.dateTime(c.startsAt, "dateTime"),
                    end: format.dateTime(c.endsAt, "dateTime"),
                  })}
                </Td>
                <Td className="whitespace-nowrap text-right tabular-nums">
                  {t("opinionCount", { count: c.opinions })}
                  {c.pending > 0 && (
                    <span className="block text-xs text-amber-900">{t("pendingCount", { count: c.pending })}</span>
                  )}
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
      <Pagination page={page} pageCount={list.pageCount} hrefFor={hrefFor} labels={labels} />
    </div>
  );
}
