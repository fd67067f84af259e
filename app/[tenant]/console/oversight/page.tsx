// 监督工作计划: the year's oversight activities the member sees, by kind, with the plan's progress; staff who
// manage oversight add activities here.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { ActivityCards } from "@/components/oversight/activities/ActivityCards";
import { PlanProgressBar } from "@/components/oversight/activities/PlanProgressBar";
import { Button, buttonClasses, Card, CardBody, EmptyState, FilterSelect, PageHeader } from "@/components/ui";
import { can } from "@/lib/authz";
import { requireMember } from "@/lib/guards";
import { listActivities, loadActivityViewer, OVERSIGHT_KINDS, planKind, planYear } from "@/lib/modules/oversight";
import { titled } from "@/lib/page-title";

export const generateMetadata = titled("oversightActivities.list.title");

type Props = {
  params: Promise<{ tenant: string }>;
  searchParams: Promise<{ year?: string; kind?: string }>;
};

export default async function OversightPage({ params, searchParams }: Props) {
  const { tenant, member, allowed } = await requireMember((await params).tenant, "oversight.view");
  if (!allowed) return <NoAccess />;
  const sp = await searchParams;
  const year = planYear(sp.year);
  const kind = planKind(sp.kind);
  const [t, base, view] = await Promise.all([
    getTranslations("oversightActivities.list"),
    getTranslations("oversight"),
    listActivities(tenant.id, await loadActivityViewer(member), { year, kind }),
  ]);
  const detail = (p: typeof view.progress) =>
    t("progressDetail", { heard: p.heard, total: p.total - p.cancelled, done: p.done, percent: p.percent });
  return (
    <div className="space-y-6">
      <PageHeader
        title={view.plan?.title && view.plan.title !== String(year) ? view.plan.title : t("planTitle", { year })}
        description={t("description")}
        actions={
          <div className="flex flex-wrap gap-2">
            <Link href={`/${tenant.slug}/console/oversight/plan?year=${year}`} className={buttonClasses("secondary")}>
              {t("planTable")}
            </Link>
            {can(member.roles, "oversight.manage") && (
              <Link href={`/${tenant.slug}/console/oversight/new`} className={buttonClasses("primary")}>
                {t("new")}
              </Link>
            )}
          </div>
        }
      />
      <form method="get" className="grid gap-3 sm:grid-cols-3 sm:items-end" aria-label={t("filters")}>
        <FilterSelect
          label={t("year")}
          name="year"
          value={String(year)}
          all={String(year)}
          options={view.years.filter((y) => y !== year).map((y) => ({ value: String(y), label: String(y) }))}
        />
        <FilterSelect
          label={t("kind")}
          name="kind"
          value={kind ?? ""}
          all={t("allKinds")}
          options={OVERSIGHT_KINDS.map((k) => ({ value: k, label: base(`kind.${k}`) }))}
        />
        <Button type="submit" variant="secondary">
          {t("filter")}
        </Button>
      </form>
      <Card as="section" aria-label={t("progress")}>
        <CardBody className="space-y-4">
          <PlanProgressBar progress={view.progress} label={t("progress")} detail={detail(view.progress)} />
          {view.byKind.map((k) => (
            <PlanProgressBar
              key={k.kind}
              progress={k.progress}
              label={base(`kind.${k.kind}`)}
              detail={detail(k.progress)}
            />
          ))}
        </CardBody>
      </Card>
      {view.rows.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <ActivityCards rows={view.rows} href={(id) => `/${tenant.slug}/console/oversight/${id}`} />
      )}
    </div>
  );
}
