// The polls of an oversight activity (its satisfaction votes, its voted appraisal), on the activity's page: each
// with its state and a link to its page and big screen. Renders nothing when the activity has none.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { PanelProps } from "@/components/oversight/panel-props";
import { Badge, Card, CardBody, CardHeader, CardTitle } from "@/components/ui";
import { listPolls } from "@/lib/modules/votes";

export async function PollsPanel({ tenant, activity }: PanelProps) {
  const polls = await listPolls(tenant.id, { activityId: activity.id });
  if (polls.length === 0) return null;
  const t = await getTranslations("votes");
  const base = `/${tenant.slug}/console/polls`;
  return (
    <Card as="section" aria-labelledby="activity-polls">
      <CardHeader>
        <CardTitle id="activity-polls">{t("title")}</CardTitle>
      </CardHeader>
      <CardBody>
        <ul className="divide-y divide-gray-200">
          {polls.map((p) => (
            <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <Link href={`${base}/${p.id}`} className="font-medium text-brand-800 underline">
                {p.title}
              </Link>
              <span className="flex items-center gap-2 text-sm">
                <Badge tone={p.status === "OPEN" ? "success" : "neutral"}>{t(`status.${p.status}`)}</Badge>
                <Link href={`${base}/${p.id}/screen`} className="text-brand-800 underline">
                  {t("screen")}
                </Link>
              </span>
            </li>
          ))}
        </ul>
      </CardBody>
    </Card>
  );
}
