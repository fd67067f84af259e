import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { BoardFilters } from "@/components/legislation/BoardFilters";
import { PipelineBoard } from "@/components/legislation/PipelineBoard";
import { buttonClasses, PageHeader } from "@/components/ui";
import { can } from "@/lib/authz";
import { requireMember } from "@/lib/guards";
import { localNames } from "@/lib/i18n/local-name";
import { boardFilterSchema, listLegalFields, pipelineBoard } from "@/lib/modules/legislation";
import { listCommittees } from "@/lib/modules/tenancy";
import { titled } from "@/lib/page-title";

/** The board's filters carried to a stage's full list. */
function boardQuery(filter: Record<string, string | number | undefined>) {
  const q = new URLSearchParams(
    Object.entries(filter)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, String(v)]),
  );
  return q.size ? `?${q}` : "";
}

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<Record<string, string>> };

export const generateMetadata = titled("legislation.board.title");

/** The pipeline board: every regulation project by stage, filtered by year, committee and field. */
export default async function LegislationBoardPage({ params, searchParams }: Props) {
  const { tenant, member, allowed } = await requireMember((await params).tenant, "legislation.view");
  if (!allowed) return <NoAccess />;
  const filter = boardFilterSchema.parse(await searchParams);
  const [t, locale, board, committees, fields] = await Promise.all([
    getTranslations("legislation.board"),
    getLocale(),
    pipelineBoard(tenant.id, filter),
    listCommittees(tenant.id),
    listLegalFields(tenant.id),
  ]);
  const base = `/${tenant.slug}/console/legislation`;
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        description={t("total", { count: board.total })}
        actions={
          can(member.roles, "legislation.manage") && (
            <Link href={`${base}/regulations/new`} className={buttonClasses("primary")}>
              {t("new")}
            </Link>
          )
        }
      />
      <BoardFilters filter={filter} committees={localNames(committees, locale)} fields={localNames(fields, locale)} />
      <PipelineBoard columns={board.columns} base={base} query={boardQuery(filter)} />
    </div>
  );
}
