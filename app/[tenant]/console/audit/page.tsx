import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { paginationLabels } from "@/components/common/pagination-labels";
import { Button, EmptyState, Input, PageHeader, Pagination, Select } from "@/components/ui";
import { requireMember } from "@/lib/guards";
import { isLocale } from "@/lib/i18n/config";
import { auditFilterOptions, auditFilterSchema, listReadableAuditEvents } from "@/lib/modules/audit";
import type { ReadableAuditEvent } from "@/lib/modules/audit";
import { titled } from "@/lib/page-title";

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<Record<string, string>> };
type T = Awaited<ReturnType<typeof getTranslations<"console.audit">>>;

export const generateMetadata = titled("console.audit.title");

/** Desktop columns; on a phone each event is a card, its parts labelled (the header row is hidden there). */
const COLUMNS = "md:grid-cols-[8.5rem_9rem_10rem_minmax(9rem,14rem)_minmax(0,1fr)]";

function Part({ label, children, className }: { label: string; children: React.ReactNode; className?: string }) {
  return (
    <div className={`min-w-0 ${className ?? ""}`}>
      <dt className="text-xs text-gray-600 md:sr-only">{label}</dt>
      <dd className="[overflow-wrap:anywhere]">{children}</dd>
    </div>
  );
}

function actorText(e: ReadableAuditEvent, t: T): string {
  const kind = t(`actorKind.${e.actor.kind}`);
  if (e.actor.kind === "USER") return e.actor.name ?? kind;
  return e.actor.name ? t("format.actorWithName", { kind, name: e.actor.name }) : kind;
}

function changeText(c: ReadableAuditEvent["changes"][number], t: T): string {
  if (c.before !== undefined && c.after !== undefined)
    return t("format.changed", { field: c.field, before: c.before, after: c.after });
  if (c.after !== undefined) return t("format.set", { field: c.field, after: c.after });
  return t("format.was", { field: c.field, before: c.before ?? "" });
}

export default async function AuditPage({ params, searchParams }: Props) {
  const { tenant, allowed } = await requireMember((await params).tenant, "audit.view");
  if (!allowed) return <NoAccess />;
  const filter = auditFilterSchema.parse(await searchParams);
  const found = await getLocale();
  const locale = isLocale(found) ? found : "zh-CN";
  const [t, format] = await Promise.all([getTranslations("console.audit"), getFormatter()]);
  const [{ events, pageCount, total }, options] = await Promise.all([
    listReadableAuditEvents(tenant, filter, locale),
    auditFilterOptions(tenant.id, locale),
  ]);
  const base = `/${tenant.slug}/console/audit`;
  const hrefFor = (page: number) => {
    const p = new URLSearchParams(
      Object.entries({ ...filter, page: String(page) }).filter(([, v]) => v !== undefined && v !== "") as [
        string,
        string,
      ][],
    );
    return `${base}?${p}`;
  };
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} description={t("total", { count: total })} />
      <form className="grid grid-cols-1 gap-2 sm:grid-cols-3 lg:grid-cols-6" role="search" aria-label={t("filter")}>
        <Select name="action" defaultValue={filter.action ?? ""} aria-label={t("action")}>
          <option value="">{t("allActions")}</option>
          {options.actions.map((a) => (
            <option key={a.value} value={a.value}>
              {a.label}
            </option>
          ))}
        </Select>
        <Select name="entityType" defaultValue={filter.entityType ?? ""} aria-label={t("entity")}>
          <option value="">{t("allEntities")}</option>
          {options.entityTypes.map((e) => (
            <option key={e.value} value={e.value}>
              {e.label}
            </option>
          ))}
        </Select>
        <Input name="actor" defaultValue={filter.actor} placeholder={t("actor")} aria-label={t("actor")} />
        <Input name="from" type="date" defaultValue={filter.from} aria-label={t("from")} />
        <Input name="to" type="date" defaultValue={filter.to} aria-label={t("to")} />
        <Button type="submit" variant="secondary">
          {t("filter")}
        </Button>
      </form>
      {events.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <section aria-label={t("title")} className="rounded-lg border border-gray-200 bg-white text-sm">
          <div
            aria-hidden
            className={`hidden gap-x-4 border-b border-gray-200 bg-gray-50 px-4 py-2 font-medium text-gray-700 md:grid ${COLUMNS}`}
          >
            <span>{t("time")}</span>
            <span>{t("actor")}</span>
            <span>{t("action")}</span>
            <span>{t("entity")}</span>
            <span>{t("change")}</span>
          </div>
          <ol className="divide-y divide-gray-200">
            {events.map((e) => (
              <li key={e.id} className="px-3 py-3 md:px-4">
                <dl className={`grid grid-cols-1 gap-x-4 gap-y-1.5 ${COLUMNS}`}>
                  <Part label={t("time")}>
                    <time dateTime={e.createdAt.toISOString()} className="whitespace-nowrap">
                      {format.dateTime(e.createdAt, "dateTime")}
                    </time>
                    {(e.source.ip || e.source.requestId) && (
                      <span className="block text-xs text-gray-600" title={t("source")}>
                        {[e.source.ip, e.source.requestId?.slice(0, 8)].filter(Boolean).join(" · ")}
                      </span>
                    )}
                  </Part>
                  <Part label={t("actor")}>{actorText(e, t)}</Part>
                  <Part label={t("action")}>
                    {e.action.name ? (
                      <span title={e.action.code}>{e.action.name}</span>
                    ) : (
                      <code className="text-xs">{e.action.code}</code>
                    )}
                  </Part>
                  <Part label={t("entity")}>
                    <span className="text-gray-700">{e.object.typeName ?? e.object.type}</span>
                    {e.object.href && e.object.label ? (
                      <Link href={e.object.href} className="block font-medium text-brand-700 hover:underline">
                        {e.object.label}
                      </Link>
                    ) : e.object.label ? (
                      <span className="block">{e.object.label}</span>
                    ) : e.object.id ? (
                      <span className="block font-mono text-xs text-gray-600">…{e.object.id.slice(-6)}</span>
                    ) : null}
                  </Part>
                  <Part label={t("change")}>
                    {e.changes.length === 0 ? (
                      <span className="text-gray-600">{t("format.noChanges")}</span>
                    ) : (
                      <ul className="space-y-0.5 text-gray-800">
                        {e.changes.map((c, i) => (
                          <li key={i}>{changeText(c, t)}</li>
                        ))}
                      </ul>
                    )}
                  </Part>
                </dl>
              </li>
            ))}
          </ol>
        </section>
      )}
      <Pagination page={filter.page} pageCount={pageCount} hrefFor={hrefFor} labels={await paginationLabels()} />
    </div>
  );
}
