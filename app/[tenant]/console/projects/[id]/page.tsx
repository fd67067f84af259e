// One livelihood project: its facts, its votes, its progress reports; the implementing unit reports progress
// (percent and text) while it is chosen or underway. Another city's project is a 404.
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { ProjectCard } from "@/components/oversight/projects/ProjectCard";
import { ProgressForm } from "@/components/oversight/projects/ProjectForms";
import { Card, CardBody, CardHeader, CardTitle, EmptyState, PageHeader, buttonClasses } from "@/components/ui";
import { can } from "@/lib/authz";
import { requireMember } from "@/lib/guards";
import { getProject, takesReports } from "@/lib/modules/oversight";
import { titled } from "@/lib/page-title";

export const generateMetadata = titled("oversightProjects.title");

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function ProjectPage({ params }: { params: Promise<{ tenant: string; id: string }> }) {
  const { tenant: slug, id } = await params;
  const { tenant, member, allowed } = await requireMember(slug, "oversight.view");
  if (!allowed) return <NoAccess />;
  if (!UUID.test(id)) notFound();
  const project = await getProject(tenant.id, id);
  if (!project) notFound();
  const t = await getTranslations("oversightProjects");
  const reports =
    can(member.roles, "project.report") &&
    takesReports(project.status) &&
    member.scopes.some((s) => s.role === "unit" && s.scopeId !== null && s.scopeId === project.unitId);
  return (
    <div className="space-y-6">
      <PageHeader
        title={project.title}
        actions={
          <Link href={`/${tenant.slug}/console/projects?year=${project.year}`} className={buttonClasses("secondary")}>
            {t("back")}
          </Link>
        }
      />
      <ProjectCard project={project} />
      <Card as="section" aria-labelledby="project-progress">
        <CardHeader>
          <CardTitle id="project-progress">{t("progress.title")}</CardTitle>
        </CardHeader>
        <CardBody className="space-y-4">
          {project.progress.length === 0 && <EmptyState title={t("progress.empty")} />}
          <ol className="space-y-3">
            {project.progress.map((p) => (
              <li key={p.id} className="rounded border border-gray-200 p-3">
                <p className="text-sm font-medium text-gray-900">
                  {p.reportedOn} · {t("percentValue", { percent: p.percent })}
                </p>
                <p className="mt-1 text-sm whitespace-pre-line text-gray-700">{p.body}</p>
              </li>
            ))}
          </ol>
          {reports && (
            <ProgressForm tenantSlug={tenant.slug} projectId={project.id} minPercent={project.progressPercent} />
          )}
        </CardBody>
      </Card>
    </div>
  );
}
