// 监督工作计划公开 (no sign-in, phone first): the year's published oversight activities by kind, each with its
// state, and the plan's progress. ?year= picks the year (this one by default), ?kind= one kind.
import { getTranslations } from "next-intl/server";
import { PublicShell } from "@/components/legislation-public/PublicShell";
import { ActivityCards } from "@/components/oversight/activities/ActivityCards";
import { PlanProgressBar } from "@/components/oversight/activities/PlanProgressBar";
import { Button, EmptyState, Field, PageHeader, Select } from "@/components/ui";
import { requireTenant } from "@/lib/guards";
import { OVERSIGHT_KINDS, planKind, planYear, publicPlan } from "@/lib/modules/oversight";
import { titled } from "@/lib/page-title";

export const generateMetadata = titled("oversightPublic.title");

type Props = {
  params: Promise<{ tenant: string }>;
  searchParams: Promise<{ year?: string | string[]; kind?: string | string[] }>;
};

export default async function PublicOversightPage({ params, searchParams }: Props) {
  const tenant = await requireTenant((await params).tenant);
  const sp = await searchParams;
  const year = planYear(typeof sp.year === "string" ? sp.year : null);
  const kind = planKind(typeof sp.kind === "string" ? sp.kind : null);
  const [t, base, view] = await Promise.all([
    getTranslations("oversightPublic"),
    getTranslations("oversight"),
    publicPlan(tenant.id, { year, kind }),
  ]);
  const p = view.progress;
  return (
    <PublicShell tenant={tenant}>
      <div className="mx-auto max-w-3xl space-y-6">
        <PageHeader title={t("heading", { year })} description={t("description", { city: tenant.shortName })} />
        <form method="get" className="grid grid-cols-2 items-end gap-3 sm:grid-cols-3">
          <Field label={t("year")}>
            <Select name="year" defaultValue={String(year)}>
              {view.years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t("kind")}>
            <Select name="kind" defaultValue={kind ?? ""}>
              <option value="">{t("allKinds")}</option>
              {OVERSIGHT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {base(`kind.${k}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Button type="submit" variant="secondary">
            {t("show")}
          </Button>
        </form>
        {view.plan?.note && <p className="whitespace-pre-wrap text-gray-800">{view.plan.note}</p>}
        <section aria-label={t("progress")} className="space-y-4 rounded-lg border border-gray-200 bg-white p-4">
          <PlanProgressBar
            progress={p}
            label={t("progress")}
            detail={t("progressDetail", {
              heard: p.heard,
              total: p.total - p.cancelled,
              done: p.done,
              percent: p.percent,
            })}
          />
          {view.byKind.map((k) => (
            <PlanProgressBar
              key={k.kind}
              progress={k.progress}
              label={base(`kind.${k.kind}`)}
              detail={t("progressDetail", {
                heard: k.progress.heard,
                total: k.progress.total - k.progress.cancelled,
                done: k.progress.done,
                percent: k.progress.percent,
              })}
            />
          ))}
        </section>
        {view.rows.length === 0 ? <EmptyState title={t("empty")} /> : <ActivityCards rows={view.rows} href={null} />}
      </div>
    </PublicShell>
  );
}
