import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { paginationLabels } from "@/components/common/pagination-labels";
import { SummaryTable } from "@/components/consultation/SummaryTable";
import { linkClasses } from "@/components/legislation/util";
import { buttonClasses, EmptyState, PageHeader, Pagination } from "@/components/ui";
import { requireMember } from "@/lib/guards";
import { isUuid } from "@/lib/ids";
import { getConsultation, SUMMARY_ROWS_PER_PAGE, summaryTablePage } from "@/lib/modules/consultation";
import { objectTitle } from "@/lib/page-title";

type Props = { params: Promise<{ tenant: string; id: string }>; searchParams: Promise<Record<string, string>> };

export async function generateMetadata({ params }: Props) {
  const { tenant, id } = await params;
  return objectTitle(
    tenant,
    "consultation.view",
    { page: "consultation.summary.title" },
    async (tenantId) => (await getConsultation(tenantId, id))?.title,
  );
}

/** 意见采纳情况汇总表 in the console, a few articles a page; the whole table downloads as .xlsx or .docx. */
export default async function SummaryPage({ params, searchParams }: Props) {
  const { tenant: slug, id } = await params;
  const { tenant, allowed } = await requireMember(slug, "consultation.view");
  if (!allowed) return <NoAccess />;
  if (!isUuid(id)) notFound();
  const page = Math.max(1, Math.min(10_000, Number.parseInt((await searchParams).page ?? "1", 10) || 1));
  const data = await summaryTablePage(tenant.id, id, page);
  if (!data) notFound();
  const [t, to, labels] = await Promise.all([
    getTranslations("consultation.summary"),
    getTranslations("consultation.overview"),
    paginationLabels(),
  ]);
  const { head } = data;
  const base = `/${tenant.slug}/console/consultations/${head.consultation.id}`;
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("title")}
        description={
          <Link href={base} className={linkClasses}>
            {head.consultation.title}
          </Link>
        }
        actions={
          <>
            <a href={`${base}/export?format=xlsx`} className={buttonClasses("primary")} download>
              {to("exportXlsx")}
            </a>
            <a href={`${base}/export?format=docx`} className={buttonClasses("secondary")} download>
              {to("exportDocx")}
            </a>
          </>
        }
      />
      <p className="text-sm text-gray-700">
        {t("totals", { total: head.total, disposed: head.total - head.pending, pending: head.pending })}
      </p>
      {data.rows.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <SummaryTable rows={data.rows} firstNo={(data.page - 1) * SUMMARY_ROWS_PER_PAGE + 1} />
      )}
      <Pagination
        page={data.page}
        pageCount={data.pageCount}
        hrefFor={(p) => `${base}/summary?page=${p}`}
        labels={labels}
      />
    </div>
  );
}
