import { getTranslations } from "next-intl/server";
import { categoryLabel } from "@/components/citizen-messages/labels";
import { MessageFilters } from "@/components/citizen-messages/MessageFilters";
import { MessageList } from "@/components/citizen-messages/MessageList";
import { MessageTabs, type MessageTab } from "@/components/citizen-messages/MessageTabs";
import { NoAccess } from "@/components/common/NoAccess";
import { paginationLabels } from "@/components/common/pagination-labels";
import { EmptyState, PageHeader, Pagination } from "@/components/ui";
import { requireMember } from "@/lib/guards";
import {
  isUnitInbox,
  listMessages,
  loadViewer,
  messageListFilterSchema,
  messageSettings,
  viewFilter,
} from "@/lib/modules/citizen-messages";
import { stationChoices } from "@/lib/modules/stations";
import { listUnits } from "@/lib/modules/tenancy";
import { titled } from "@/lib/page-title";

export const generateMetadata = titled("citizenMessagesConsole.list.title");

const FILTER_KEYS = ["stationId", "deputyId", "unitId", "category", "q"] as const;
const one = (v: unknown) => (typeof v === "string" ? v : undefined);

const TABS: MessageTab[] = [
  { key: "all", status: "all" },
  { key: "open", status: "open" },
  { key: "SUBMITTED", status: "SUBMITTED" },
  { key: "ACCEPTED", status: "ACCEPTED" },
  { key: "CLASSIFIED", status: "CLASSIFIED" },
  { key: "handling", status: "handling" },
  { key: "HANDBACK_REQUESTED", status: "HANDBACK_REQUESTED" },
  { key: "REPLIED", status: "REPLIED" },
  { key: "RELEASED", status: "RELEASED" },
  { key: "CLOSED", status: "CLOSED" },
  { key: "overdue", status: "overdue" },
];
/** A unit's tabs: its inbox first (the messages whose clock runs), by deadline. */
const UNIT_TABS: MessageTab[] = [
  { key: "inbox", status: "handling" },
  { key: "overdue", status: "overdue" },
  { key: "REPLIED", status: "REPLIED" },
  { key: "RELEASED", status: "RELEASED" },
  { key: "all", status: "all" },
];

/** 群众留言: the messages the member sees, by status tab and filters in the URL, paged; a unit's account gets
 *  its inbox (待办来件), nearest deadline first, with the overdue flag and the working days left. */
export default async function MessagesPage({
  params,
  searchParams,
}: {
  params: Promise<{ tenant: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { tenant, member, allowed } = await requireMember((await params).tenant, "message.view");
  if (!allowed) return <NoAccess />;
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, one(v)]));
  const viewer = await loadViewer(member);
  const inbox = isUnitInbox(viewer);
  const tabs = inbox ? UNIT_TABS : TABS;
  // The tab: as the URL names it, else the inbox for a unit and everything for the others.
  const current = tabs.some((t) => t.status === raw.status) ? raw.status! : inbox ? "handling" : "all";
  const filter = messageListFilterSchema.parse({ ...raw, status: current === "all" ? undefined : current });
  const scope = viewFilter(viewer);
  const [t, categories, list, stations, units] = await Promise.all([
    getTranslations("citizenMessagesConsole.list"),
    getTranslations("citizenMessages.categories"),
    listMessages(tenant.id, viewer, filter),
    inbox ? Promise.resolve(null) : stationChoices(tenant.id, scope ? scope.stationIds : null),
    scope === null ? listUnits(tenant.id) : Promise.resolve(null),
  ]);
  const base = `/${tenant.slug}/console/messages`;
  const query = FILTER_KEYS.flatMap((k) => (raw[k] ? [[k, raw[k]] as [string, string]] : []));
  const hrefFor = (p: number) => `${base}?${new URLSearchParams([...query, ["status", current], ["page", String(p)]])}`;
  const tabHref = (status: string) => `${base}?${new URLSearchParams([...query, ["status", status]])}`;
  const cats = messageSettings(tenant.settings).categories.map((c) => ({
    value: c,
    label: categoryLabel(categories, c),
  }));
  return (
    <div className="space-y-6">
      <PageHeader
        title={inbox ? t("inboxTitle") : t("title")}
        description={inbox ? t("inboxDescription") : t("description")}
      />
      <MessageTabs tabs={tabs} current={current} hrefFor={tabHref} />
      <MessageFilters
        action={base}
        status={current}
        stations={stations && stations.length > 1 ? stations.map((s) => ({ value: s.id, label: s.name })) : null}
        units={units ? units.map((u) => ({ value: u.id, label: u.name })) : null}
        categories={cats}
        value={raw}
      />
      <section aria-labelledby="messages" className="space-y-3">
        <h2 id="messages" className="text-lg font-semibold text-gray-900">
          {list.totalCapped ? t("countCapped", { count: list.total }) : t("count", { count: list.total })}
        </h2>
        {list.rows.length === 0 ? (
          <EmptyState title={t("empty")} />
        ) : (
          <MessageList rows={list.rows} base={base} showUnit={!inbox} />
        )}
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
