// 备案审查: the city's filed normative documents the member sees (a unit only its own), filtered by year, state,
// overdue and a search; each a card with its number, issuer, deadline (overdue flagged) and finding. Phone first.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { Badge, Button, EmptyState, Input, PageHeader, Pagination, Select, buttonClasses } from "@/components/ui";
import { requireMember } from "@/lib/guards";
import { can } from "@/lib/authz";
import { FILING_STATUSES, filingYears, listFilings, type FilingStatus } from "@/lib/modules/filings";
import { titled } from "@/lib/page-title";

export const generateMetadata = titled("filings.title");

type Props = {
  params: Promise<{ tenant: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};
const PAGE_SIZE = 30;
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

export default async function FilingsPage({ params, searchParams }: Props) {
  const { tenant, member, allowed } = await requireMember((await params).tenant, "filing.view");
  if (!allowed) return <NoAccess />;
  const sp = await searchParams;
  const yearNum = Number.parseInt(one(sp.year) ?? "", 10);
  const year = yearNum >= 2000 && yearNum <= 2100 ? yearNum : undefined;
  const statusRaw = one(sp.status);
  const status = FILING_STATUSES.includes(statusRaw as FilingStatus) ? (statusRaw as FilingStatus) : undefined;
  const overdue = one(sp.overdue) === "1";
  const q = (one(sp.q) ?? "").trim().slice(0, 100) || undefined;
  const page = Math.min(10_000, Math.max(1, Number.parseInt(one(sp.page) ?? "1", 10) || 1));
  const [t, list, years] = await Promise.all([
    getTranslations("filings"),
    listFilings(tenant.id, member, { year, status, overdue, q }, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    filingYears(tenant.id),
  ]);
  const base = `/${tenant.slug}/console/filings`;
  const pageCount = Math.max(1, Math.ceil(list.total / PAGE_SIZE));
  const hrefFor = (p: number) => {
    const u = new URLSearchParams();
    if (year) u.set("year", String(year));
    if (status) u.set("status", status);
    if (overdue) u.set("overdue", "1");
    if (q) u.set("q", q);
    u.set("page", String(p));
    return `${base}?${u}`;
  };
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          can(member.roles, "filing.manage") ? (
            <Link href={`${base}/new`} className={buttonClasses("primary")}>
              {t("list.new")}
            </Link>
          ) : undefined
        }
      />
      <form method="get" className="grid gap-3 sm:grid-cols-5 sm:items-end">
        <label className="flex flex-col gap-1 text-sm font-medium text-gray-900">
          {t("fields.year")}
          <Select name="year" defaultValue={year ? String(year) : ""}>
            <option value="">{t("list.allYears")}</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </Select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium text-gray-900">
          {t("fields.status")}
          <Select name="status" defaultValue={status ?? ""}>
            <option value="">{t("list.all")}</option>
            {FILING_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </Select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium text-gray-900">
          {t("fields.q")}
          <Input name="q" defaultValue={q ?? ""} placeholder={t("list.qPlaceholder")} />
        </label>
        <label className="flex items-center gap-2 text-sm text-gray-900">
          <input type="checkbox" name="overdue" value="1" defaultChecked={overdue} className="h-4 w-4" />
          {t("list.overdueOnly")}
        </label>
        <Button type="submit" variant="secondary">
          {t("list.filter")}
        </Button>
      </form>
      <p className="text-sm text-gray-700">{t("list.count", { count: list.total })}</p>
      {list.rows.length === 0 ? (
        <EmptyState title={t("list.empty")} />
      ) : (
        <ul className="space-y-3" aria-label={t("list.caption")}>
          {list.rows.map((f) => (
            <li key={f.id} className="space-y-2 rounded-lg border border-gray-200 bg-white p-4">
              <h2 className="text-base font-semibold text-gray-900 [overflow-wrap:anywhere]">
                <Link href={`${base}/${f.id}`} className="hover:underline">
                  {f.title}
                </Link>
              </h2>
              <p className="text-sm text-gray-700 [overflow-wrap:anywhere]">
                {f.issuer} · {f.docNumber}
              </p>
              <div className="flex flex-wrap items-center gap-2 text-sm">
                <Badge tone={f.status === "CLOSED" ? "success" : "neutral"}>{t(`status.${f.status}`)}</Badge>
                {f.finding && (
                  <Badge tone={f.finding === "NO_PROBLEM" ? "success" : "warning"}>{t(`finding.${f.finding}`)}</Badge>
                )}
                {f.overdue && <Badge tone="danger">{t("list.overdue")}</Badge>}
                <span className="text-gray-600">{t("list.dueOn", { day: f.dueOn })}</span>
                {f.committee && <span className="text-gray-600">{f.committee}</span>}
              </div>
            </li>
          ))}
        </ul>
      )}
      {pageCount > 1 && (
        <Pagination
          page={Math.min(page, pageCount)}
          pageCount={pageCount}
          hrefFor={hrefFor}
          labels={{
            nav: t("list.pages"),
            previous: t("list.prev"),
            next: t("list.next"),
            page: (p) => t("list.page", { page: p }),
          }}
        />
      )}
    </div>
  );
}
