import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { paginationLabels } from "@/components/common/pagination-labels";
import { linkClasses } from "@/components/legislation/util";
import { KeyBoardFilters } from "@/components/suggestions/ops/KeyBoardFilters";
import { KeyBoardList } from "@/components/suggestions/ops/KeyBoardList";
import { EmptyState, PageHeader, Pagination } from "@/components/ui";
import { requireMember } from "@/lib/guards";
import {
  keyBoard,
  keyBoardFilterSchema,
  suggestionListChoices,
  suggestionSearchParams,
} from "@/lib/modules/suggestions";
import { titled } from "@/lib/page-title";

export const generateMetadata = titled("suggestionsOps.key.title");

/** 重点督办: the key suggestions of the city for the leaders and the office — a leader's own with "mine", one
 *  committee's, by committee then the nearest deadline, with contacts, meetings, replies and ratings. */
export default async function KeySuggestionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ tenant: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { tenant, member, allowed } = await requireMember((await params).tenant, "suggestion.supervise");
  if (!allowed) return <NoAccess />;
  const raw = suggestionSearchParams(await searchParams);
  // A leader opens on their own; the office (and a leader who asks for everyone's) on the whole city's.
  const filter = keyBoardFilterSchema.parse({
    ...raw,
    mine: raw.mine ?? (member.roles.includes("leader") && !member.roles.includes("deputyAffairs") ? "1" : "0"),
  });
  const [t, l, board, choices] = await Promise.all([
    getTranslations("suggestionsOps.key"),
    getTranslations("suggestionsOps.list"),
    keyBoard(tenant.id, member.id, filter),
    suggestionListChoices(tenant.id),
  ]);
  const path = `/${tenant.slug}/console/suggestions`;
  const query = Object.entries({
    mine: filter.mine ? "1" : "0",
    committeeId: filter.committeeId,
    year: filter.year ? String(filter.year) : undefined,
    show: filter.show,
  }).flatMap(([k, v]) => (v ? [[k, v] as [string, string]] : []));
  const hrefFor = (p: number) => `${path}/key?${new URLSearchParams([...query, ["page", String(p)]])}`;
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <Link href={path} className={linkClasses}>
            {l("title")}
          </Link>
        }
      />
      <KeyBoardFilters
        action={`${path}/key`}
        committees={board.committees.map((c) => ({
          value: c.id,
          label: t("committeeCount", { name: c.name, count: c.count }),
        }))}
        years={choices.years.map((y) => ({ value: String(y), label: String(y) }))}
        value={filter}
      />
      <section aria-labelledby="key-suggestions" className="space-y-3">
        <h2 id="key-suggestions" className="text-lg font-semibold text-gray-900">
          {t("count", { count: board.total })}
        </h2>
        {board.rows.length === 0 ? <EmptyState title={t("empty")} /> : <KeyBoardList rows={board.rows} base={path} />}
        <Pagination
          page={board.page}
          pageCount={Math.ceil(board.total / board.pageSize)}
          hrefFor={hrefFor}
          labels={await paginationLabels()}
        />
      </section>
    </div>
  );
}
