// 监督工作计划公开 (no sign-in, phone first): the year's published oversight activities by kind, each with its
// state, and the plan's progress. ?year= picks the year (this one by default), ?kind= one kind.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PublicShell } from "@/components/legislation-public/PublicShell";
import { ActivityCards } from "@/components/oversight/activities/ActivityCards";
import { PlanProgressBar } from "@/components/oversight/activities/PlanProgressBar";
import { Button, EmptyState, Field, PageHeader, Select } from "@/components/ui";
import { requireTenant } from "@/lib/guards";
import { OVERSIGHT_KINDS, planKind, planYear, publicInquiriesOfYear, publicPlan } from "@/lib/modules/oversight";
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
  const [t, ti, base, view, inquiries] = await Promise.all([
    getTranslations("oversightPublic"),
    getTranslations("oversightInquiry.public"),
    getTranslations("oversight"),
    publicPlan(tenant.id, { year, kind }),
    publicInquiriesOfYear(tenant.id, year),
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
        {inquiries.length > 0 && (
          <section aria-labelledby="inquiries" className="space-y-2 rounded-lg border border-gray-200 bg-white p-4">
            <h2 id="inquiries" className="text-base font-semibold text-gray-900">
              {ti("listHeading")}
            </h2>
            <ul className="space-y-1">
              {inquiries.map((q) => (
                <li key={q.id}>
                  <Link href={`/${tenant.slug}/oversight/inquiries/${q.id}`} className="text-brand-700 underline">
                    {q.title}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        )}
        {view.rows.length === 0 ? <EmptyState title={t("empty")} /> : <ActivityCards rows={view.rows} href={null} />}
      </div>
    </PublicShell>
  );
}
