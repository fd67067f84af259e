// 民生实事项目: a year's candidates and chosen projects with budgets, level and area; the office enters candidates,
// opens the deputies' vote (a PROJECTS poll through the vote engine), applies the closed vote's results. Phone
// first: each project a card.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { ProjectCard } from "@/components/oversight/projects/ProjectCard";
import { ApplyResultsButton, OpenVoteForm, ProjectForm } from "@/components/oversight/projects/ProjectForms";
import { Badge, Card, CardBody, CardHeader, CardTitle, EmptyState, PageHeader, buttonClasses } from "@/components/ui";
import { can } from "@/lib/authz";
import { todayInShanghai } from "@/lib/dates";
import { requireMember } from "@/lib/guards";
import { deputyAccounts, listProjects, projectChoices, projectPolls, projectYears } from "@/lib/modules/oversight";
import { titled } from "@/lib/page-title";

export const generateMetadata = titled("oversightProjects.title");

export default async function ProjectsPage({
  params,
  searchParams,
}: {
  params: Promise<{ tenant: string }>;
  searchParams: Promise<{ year?: string }>;
}) {
  const { tenant, member, allowed } = await requireMember((await params).tenant, "oversight.view");
  if (!allowed) return <NoAccess />;
  const current = Number(todayInShanghai().slice(0, 4));
  const asked = Number((await searchParams).year);
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : current;
  const manages = can(member.roles, "project.manage");
  const [t, years, projects, polls, choices, deputies] = await Promise.all([
    getTranslations("oversightProjects"),
    projectYears(tenant.id, current),
    listProjects(tenant.id, { year }),
    projectPolls(tenant.id, year),
    manages ? projectChoices(tenant.id) : null,
    manages ? deputyAccounts(tenant.id) : null,
  ]);
  const base = `/${tenant.slug}/console/projects`;
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      <nav aria-label={t("year")} className="flex flex-wrap gap-2">
        {years.map((y) => (
          <Link
            key={y}
            href={`${base}?year=${y}`}
            aria-current={y === year ? "page" : undefined}
            className={buttonClasses(y === year ? "primary" : "secondary", "sm")}
          >
            {t("yearValue", { year: y })}
          </Link>
        ))}
      </nav>
      {polls.length > 0 && (
        <Card as="section" aria-labelledby="project-polls">
          <CardHeader>
            <CardTitle id="project-polls">{t("vote.polls")}</CardTitle>
          </CardHeader>
          <CardBody className="space-y-4">
            {polls.map((p) => (
              <div key={p.id} className="space-y-2 border-b border-gray-100 pb-3 last:border-0">
                <div className="flex flex-wrap items-center gap-2">
                  <span className="font-medium text-gray-900">{p.title}</span>
                  <Badge tone={p.status === "OPEN" ? "warning" : "neutral"}>
                    {t(`vote.pollStatus.${p.status}` as never)}
                  </Badge>
                  {p.applied && <Badge tone="success">{t("vote.applied")}</Badge>}
                </div>
                <div className="flex flex-wrap gap-2">
                  <Link href={`/${tenant.slug}/console/polls/${p.id}`} className={buttonClasses("secondary", "sm")}>
                    {t("vote.goPoll")}
                  </Link>
                  <Link
                    href={`/${tenant.slug}/console/polls/${p.id}/screen`}
                    className={buttonClasses("secondary", "sm")}
                  >
                    {t("vote.goScreen")}
                  </Link>
                </div>
                {manages && p.status === "CLOSED" && !p.applied && (
                  <ApplyResultsButton tenantSlug={tenant.slug} pollId={p.id} />
                )}
              </div>
            ))}
          </CardBody>
        </Card>
      )}
      <section aria-labelledby="project-list" className="space-y-4">
        <h2 id="project-list" className="text-lg font-semibold text-gray-900">
          {t("list")}
        </h2>
        {projects.length === 0 && <EmptyState title={t("empty")} />}
        <div className="grid gap-4 lg:grid-cols-2">
          {projects.map((p) => (
            <ProjectCard key={p.id} project={p} href={`${base}/${p.id}`} />
          ))}
        </div>
      </section>
      {manages && choices && deputies && (
        <>
          <Card as="section" aria-labelledby="project-vote">
            <CardHeader>
              <CardTitle id="project-vote">{t("vote.title")}</CardTitle>
            </CardHeader>
            <CardBody>
              <OpenVoteForm tenantSlug={tenant.slug} year={year} deputies={deputies} />
            </CardBody>
          </Card>
          <Card as="section" aria-labelledby="project-new">
            <CardHeader>
              <CardTitle id="project-new">{t("new")}</CardTitle>
            </CardHeader>
            <CardBody>
              <ProjectForm tenantSlug={tenant.slug} year={year} units={choices.units} areas={choices.areas} />
            </CardBody>
          </Card>
        </>
      )}
    </div>
  );
}
