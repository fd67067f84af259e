// One livelihood project as a card (phone first): status, level and area, budget, unit, votes and progress.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge, Card, CardBody, CardHeader, CardTitle, FactList, type BadgeTone } from "@/components/ui";
import type { ProjectRow } from "@/lib/modules/oversight/client";

const TONE: Record<string, BadgeTone> = {
  CANDIDATE: "neutral",
  CHOSEN: "info",
  NOT_CHOSEN: "neutral",
  UNDERWAY: "warning",
  DONE: "success",
};

export async function ProjectCard({ project: p, href }: { project: ProjectRow; href?: string }) {
  const t = await getTranslations("oversightProjects");
  const titleId = `project-${p.id}`;
  return (
    <Card as="article" aria-labelledby={titleId}>
      <CardHeader>
        <div className="flex flex-wrap items-center gap-2">
          <CardTitle id={titleId}>
            {href ? (
              <Link href={href} className="text-brand-700 hover:underline">
                {p.title}
              </Link>
            ) : (
              p.title
            )}
          </CardTitle>
          <Badge tone={TONE[p.status] ?? "neutral"}>{t(`statuses.${p.status}` as never)}</Badge>
        </div>
      </CardHeader>
      <CardBody className="space-y-3">
        {p.summary && <p className="text-sm text-gray-700">{p.summary}</p>}
        <FactList
          compact
          rows={[
            [t("fields.level"), `${t(`levels.${p.level}` as never)}${p.areaName ? ` · ${p.areaName}` : ""}`],
            [t("fields.budget"), t("budgetValue", { budget: p.budget })],
            [t("fields.unit"), p.unitName ?? t("fields.noUnit")],
            ...(p.votesFor != null
              ? ([[t("fields.votesFor"), `${p.votesFor}${p.rank ? ` · ${t("fields.rank")} ${p.rank}` : ""}`]] as [
                  string,
                  string,
                ][])
              : []),
            ...(["CHOSEN", "UNDERWAY", "DONE"].includes(p.status)
              ? ([[t("fields.progress"), t("percentValue", { percent: p.progressPercent })]] as [string, string][])
              : []),
            ...(p.completedOn ? ([[t("fields.completedOn"), p.completedOn]] as [string, string][]) : []),
          ]}
        />
        {["CHOSEN", "UNDERWAY", "DONE"].includes(p.status) && (
          <div
            className="h-2 w-full rounded bg-gray-200"
            role="progressbar"
            aria-label={t("fields.progress")}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={p.progressPercent}
          >
            <div className="h-2 rounded bg-brand-600" style={{ width: `${p.progressPercent}%` }} />
          </div>
        )}
      </CardBody>
    </Card>
  );
}
