import { getFormatter, getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { paginationLabels } from "@/components/common/pagination-labels";
import {
  Button,
  EmptyState,
  Input,
  PageHeader,
  Pagination,
  Select,
  Table,
  TBody,
  Td,
  Th,
  THead,
  Tr,
} from "@/components/ui";
import { requireMember } from "@/lib/guards";
import { auditFacets, auditFilterSchema, listAuditEvents } from "@/lib/modules/audit";

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<Record<string, string>> };

function summarize(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = JSON.stringify(value);
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

export default async function AuditPage({ params, searchParams }: Props) {
  const { tenant, allowed } = await requireMember((await params).tenant, "audit.view");
  if (!allowed) return <NoAccess />;
  const filter = auditFilterSchema.parse(await searchParams);
  const [t, format] = await Promise.all([getTranslations("console.audit"), getFormatter()]);
  const [{ events, pageCount, total }, facets] = await Promise.all([
    listAuditEvents(tenant.id, filter),
    auditFacets(tenant.id),
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
          {facets.actions.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </Select>
        <Select name="entityType" defaultValue={filter.entityType ?? ""} aria-label={t("entity")}>
          <option value="">{t("allEntities")}</option>
          {facets.entityTypes.map((e) => (
            <option key={e} value={e}>
              {e}
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
        <Table label={t("title")}>
          <THead>
            <Tr>
              <Th>{t("time")}</Th>
              <Th>{t("actor")}</Th>
              <Th>{t("action")}</Th>
              <Th>{t("entity")}</Th>
              <Th>{t("change")}</Th>
              <Th>{t("source")}</Th>
            </Tr>
          </THead>
          <TBody>
            {events.map((e) => (
              <Tr key={e.id}>
                <Td className="whitespace-nowrap">{format.dateTime(e.createdAt, "dateTime")}</Td>
                <Td>{e.actorName ?? t(`actorKind.${e.actorKind}`)}</Td>
                <Td>
                  <code className="text-xs">{e.action}</code>
                </Td>
                <Td className="text-xs">
                  {e.entityType}
                  {e.entityId ? ` · ${e.entityId.slice(0, 8)}` : ""}
                </Td>
                <Td className="max-w-md break-all font-mono text-xs text-stone-700">
                  {summarize(e.after ?? e.before)}
                </Td>
                <Td className="text-xs text-stone-700">
                  {[e.ip, e.requestId?.slice(0, 8)].filter(Boolean).join(" · ")}
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
      <Pagination page={filter.page} pageCount={pageCount} hrefFor={hrefFor} labels={await paginationLabels()} />
    </div>
  );
}
