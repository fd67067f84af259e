// 民生实事项目公开 (no sign-in, phone first): a year's projects chosen by the deputies' vote, their budgets, the
// implementing unit, the votes for, the progress and the latest reports. ?year= picks the year (this one by
// default). Candidates not chosen and anything about who voted are never shown.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PublicShell } from "@/components/legislation-public/PublicShell";
import { ProjectCard } from "@/components/oversight/projects/ProjectCard";
import { EmptyState, PageHeader, buttonClasses } from "@/components/ui";
import { todayInShanghai } from "@/lib/dates";
import { requireTenant } from "@/lib/guards";
import { projectYears, publicProjects } from "@/lib/modules/oversight";
import { titled } from "@/lib/page-title";

export const generateMetadata = titled("oversightProjects.public.title");

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<{ year?: string | string[] }> };

export default async function PublicProjectsPage({ params, searchParams }: Props) {
  const tenant = await requireTenant((await params).tenant);
  const sp = await searchParams;
  const thisYear = Number(todayInShanghai().slice(0, 4));
  const asked = typeof sp.year === "string" ? Number.parseInt(sp.year, 10) : NaN;
  const year = asked >= 2000 && asked <= 2100 ? asked : thisYear;
  const [t, years, projects] = await Promise.all([
    getTranslations("oversightProjects"),
    projectYears(tenant.id, thisYear),
    publicProjects(tenant.id, year),
  ]);
  const choices = [...new Set([year, ...years])].sort((a, b) => b - a);
  return (
    <PublicShell tenant={tenant}>
      <div className="mx-auto max-w-3xl space-y-6">
        <PageHeader title={t("public.title")} description={t("public.description")} />
        <nav aria-label={t("year")} className="flex flex-wrap gap-2">
          {choices.map((y) => (
            <Link
              key={y}
              href={`/${tenant.slug}/oversight/projects?year=${y}`}
              aria-current={y === year ? "page" : undefined}
              className={buttonClasses(y === year ? "primary" : "secondary", "sm")}
            >
              {t("yearValue", { year: y })}
            </Link>
          ))}
        </nav>
        {projects.length === 0 && <EmptyState title={t("public.empty")} />}
        {projects.map((p) => (
          <div key={p.id} className="space-y-2">
            <ProjectCard project={p} />
            {p.progress.length > 0 && (
              <details className="rounded border border-gray-200 bg-white p-3">
                <summary className="cursor-pointer text-sm font-medium text-brand-700">
                  {t("public.latest")}：{p.progress[0]!.reportedOn} ·{" "}
                  {t("percentValue", { percent: p.progress[0]!.percent })}
                </summary>
                <ol className="mt-2 space-y-2">
                  {p.progress.map((r) => (
                    <li key={r.id} className="text-sm text-gray-700">
                      <span className="font-medium">
                        {r.reportedOn} · {t("percentValue", { percent: r.percent })}
                      </span>
                      <p className="whitespace-pre-line">{r.body}</p>
                    </li>
                  ))}
                </ol>
              </details>
            )}
          </div>
        ))}
      </div>
    </PublicShell>
  );
}
