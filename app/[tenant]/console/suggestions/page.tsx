import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { paginationLabels } from "@/components/common/pagination-labels";
import { categoryLabel } from "@/components/suggestions/labels";
import { SuggestionFilters } from "@/components/suggestions/ops/SuggestionFilters";
import { SuggestionList } from "@/components/suggestions/ops/SuggestionList";
import { SuggestionTabs } from "@/components/suggestions/ops/SuggestionTabs";
import { buttonClasses, EmptyState, PageHeader, Pagination } from "@/components/ui";
import { can } from "@/lib/authz";
import { requireMember } from "@/lib/guards";
import {
  suggestionListChoices,
  listSuggestions,
  loadViewer,
  suggestionSearchParams,
  SUGGESTION_KINDS,
  suggestionListFilterSchema,
  suggestionSettings,
  suggestionTabsFor,
  viewFilter,
  type SuggestionTab,
} from "@/lib/modules/suggestions";
import { titled } from "@/lib/page-title";

export const generateMetadata = titled("suggestionsOps.list.title");

const FILTER_KEYS = ["year", "sessionId", "category", "unitId", "kind", "q"] as const;

/** 代表建议: the suggestions the member sees, by the tabs of their role and the filters in the URL, paged; a unit's
 *  account opens on its inbox (待办), the nearest deadline first, marked lead or assisting. */
export default async function SuggestionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ tenant: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { tenant, member, allowed } = await requireMember((await params).tenant, "suggestion.view");
  if (!allowed) return <NoAccess />;
  const raw = suggestionSearchParams(await searchParams);
  const viewer = await loadViewer(member);
  const tabs = suggestionTabsFor(viewer);
  const parsed = suggestionListFilterSchema.parse(raw);
  // The tab: as the URL names it when it is one of the member's, else their first.
  const tab: SuggestionTab = parsed.tab && tabs.includes(parsed.tab) ? parsed.tab : (tabs[0] ?? "all");
  const filter = { ...parsed, tab };
  const scope = viewFilter(viewer);
  const inbox = scope !== null && scope.unitIds.length > 0 && tabs[0] === "todo";
  const deputyOnly = scope !== null && !inbox && viewer.deputyId !== null && scope.committeeIds.length === 0;
  const [t, base, list, choices] = await Promise.all([
    getTranslations("suggestionsOps.list"),
    getTranslations("suggestions"),
    listSuggestions(tenant.id, viewer, filter),
    suggestionListChoices(tenant.id),
  ]);
  const path = `/${tenant.slug}/console/suggestions`;
  const query = FILTER_KEYS.flatMap((k) => (raw[k] ? [[k, raw[k]] as [string, string]] : []));
  const hrefFor = (p: number) => `${path}?${new URLSearchParams([...query, ["tab", tab], ["page", String(p)]])}`;
  const tabHref = (x: SuggestionTab) => `${path}?${new URLSearchParams([...query, ["tab", x]])}`;
  const cats = suggestionSettings(tenant.settings).categories.map((c) => ({
    value: c,
    label: categoryLabel((k) => base(`categories.${k}` as never), c),
  }));
  const manage = can(member.roles, "suggestion.manage");
  const actions = (
    <>
      {can(member.roles, "suggestion.submit") && (
        <Link href={`${path}/new`} className={buttonClasses("primary")}>
          {t("submit")}
        </Link>
      )}
      {can(member.roles, "suggestion.supervise") && (
        <Link href={`${path}/key`} className={buttonClasses("secondary")}>
          {t("keyBoard")}
        </Link>
      )}
      {manage && (
        <>
          <Link href={`${path}/letters`} className={buttonClasses("secondary")}>
            {t("letters")}
          </Link>
          <Link href={`${path}/sessions`} className={buttonClasses("secondary")}>
            {t("sessions")}
          </Link>
        </>
      )}
    </>
  );
  return (
    <div className="space-y-6">
      <PageHeader
        title={inbox ? t("inboxTitle") : deputyOnly ? t("deputyTitle") : t("title")}
        description={inbox ? t("inboxDescription") : deputyOnly ? t("deputyDescription") : t("description")}
        actions={actions}
      />
      {tabs.length > 1 && <SuggestionTabs tabs={tabs} current={tab} hrefFor={tabHref} />}
      <SuggestionFilters
        action={path}
        tab={tab}
        years={choices.years.map((y) => ({ value: String(y), label: String(y) }))}
        sessions={choices.sessions.map((s) => ({ value: s.id, label: s.name }))}
        categories={cats}
        units={scope === null ? choices.units.map((u) => ({ value: u.id, label: u.name })) : null}
        kinds={SUGGESTION_KINDS.map((k) => ({ value: k, label: base(`kindShort.${k}`) }))}
        value={raw}
      />
      <section aria-labelledby="suggestions" className="space-y-3">
        <h2 id="suggestions" className="text-lg font-semibold text-gray-900">
          {list.totalCapped ? t("countCapped", { count: list.total }) : t("count", { count: list.total })}
        </h2>
        {list.rows.length === 0 ? <EmptyState title={t("empty")} /> : <SuggestionList rows={list.rows} base={path} />}
        <Pagination
          page={list.page}
          pageCount={Math.ceil(list.total / list.pageSize)}
          hrefFor={hrefFor}
          labels={await paginationLabels()}
        />
      </section>
    </div>
  );
}
