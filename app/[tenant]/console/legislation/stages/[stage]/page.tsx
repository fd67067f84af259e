import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { paginationLabels } from "@/components/common/pagination-labels";
import { dayDate, linkClasses } from "@/components/legislation/util";
import { PageHeader, Pagination, Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import { requireMember } from "@/lib/guards";
import { boardFilterSchema, listRegulationsByStage, STAGES, type RegulationStage } from "@/lib/modules/legislation";
import { pageTitle } from "@/lib/page-title";

type Props = { params: Promise<{ tenant: string; stage: string }>; searchParams: Promise<Record<string, string>> };

export async function generateMetadata({ params }: Props) {
  const { stage } = await params;
  if (!(STAGES as readonly string[]).includes(stage)) return pageTitle("legislation.board.title");
  const terms = await getTranslations("legislationTerms");
  return pageTitle("legislation.board.stageTitle", { stage: terms(`stage.${stage}`) });
}

/** Every regulation in one stage: where the board's column (its 12 most recent cards) says "all N". */
export default async function StagePage({ params, searchParams }: Props) {
  const { tenant: slug, stage } = await params;
  const { tenant, allowed } = await requireMember(slug, "legislation.view");
  if (!allowed) return <NoAccess />;
  if (!(STAGES as readonly string[]).includes(stage)) notFound();
  const query = await searchParams;
  const filter = boardFilterSchema.parse(query);
  const page = Math.max(1, Math.min(10_000, Number.parseInt(query.page ?? "1", 10) || 1));
  const [t, terms, format, labels] = await Promise.all([
    getTranslations("legislation.board"),
    getTranslations("legislationTerms"),
    getFormatter(),
    paginationLabels(),
  ]);
  const { rows, total, pageCount } = await listRegulationsByStage(tenant.id, stage as RegulationStage, filter, page);
  const base = `/${tenant.slug}/console/legislation`;
  const hrefFor = (p: number) =>
    `${base}/stages/${stage}?${new URLSearchParams({
      ...Object.fromEntries(
        Object.entries(filter)
          .filter(([, v]) => v !== undefined)
          .map(([k, v]) => [k, String(v)]),
      ),
      page: String(p),
    })}`;
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("stageTitle", { stage: terms(`stage.${stage}`) })}
        description={t("total", { count: total })}
      />
      <Table label={t("stageTitle", { stage: terms(`stage.${stage}`) })}>
        <THead>
          <Tr>
            <Th>{t("regulationTitle")}</Th>
            <Th>{t("yearLabel")}</Th>
            <Th>{t("sinceLabel")}</Th>
          </Tr>
        </THead>
        <TBody>
          {rows.map((r) => (
            <Tr key={r.id}>
              <Td>
                <Link href={`${base}/regulations/${r.id}`} className={linkClasses}>
                  {r.title}
                </Link>
                {r.kind !== "NEW" && (
                  <span className="ml-2 text-xs text-gray-700">{terms(`regulationKind.${r.kind}`)}</span>
                )}
              </Td>
              <Td className="tabular-nums">{r.year}</Td>
              <Td className="whitespace-nowrap">{format.dateTime(dayDate(r.stageChangedOn), "date")}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
      <Pagination page={page} pageCount={pageCount} hrefFor={hrefFor} labels={labels} />
    </div>
  );
}
