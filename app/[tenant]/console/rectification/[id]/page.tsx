import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { DecideForm, ReportForm } from "@/components/oversight/rectification/TaskForms";
import { STATUS_TONE } from "@/components/oversight/rectification/TaskTable";
import { Badge, Card, CardBody, CardHeader, CardTitle, FactList, PageHeader } from "@/components/ui";
import { todayInShanghai } from "@/lib/dates";
import { requireMember } from "@/lib/guards";
import { getTask } from "@/lib/modules/oversight";
import { titled } from "@/lib/page-title";

export const generateMetadata = titled("oversightRectification.task.title");

type Params = { params: Promise<{ tenant: string; id: string }> };

/** One rectification task: the problem, the unit and deadline, the reports with their evidence, the forms the
 *  member may use (the unit reports; the committee accepts or sends back), and its history. */
export default async function TaskPage({ params }: Params) {
  const { tenant: slug, id } = await params;
  const { tenant, member, allowed } = await requireMember(slug, "rectification.view");
  if (!allowed) return <NoAccess />;
  const task = await getTask(tenant.id, member, id, todayInShanghai());
  if (!task) notFound();
  const [t, o, format] = await Promise.all([
    getTranslations("oversightRectification"),
    getTranslations("oversight"),
    getFormatter(),
  ]);
  const at = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="space-y-6">
      <PageHeader title={`${t("task.title")} · ${task.problemSeq}`} description={task.activityTitle} />
      <div className="-mt-4 flex flex-wrap gap-2">
        <Badge tone={STATUS_TONE[task.status]}>{o(`rectificationStatus.${task.status}`)}</Badge>
        {task.overdue && <Badge tone="danger">{t("board.overdueFlag")}</Badge>}
      </div>
      <Card>
        <CardBody>
          <FactList
            rows={[
              [t("task.problem"), task.problem],
              [
                t("task.activity"),
                <Link
                  key="a"
                  href={`/${tenant.slug}/console/oversight/${task.activityId}`}
                  className="text-blue-800 underline"
                >
                  {task.activityTitle}
                </Link>,
              ],
              [t("task.unit"), task.unitName],
              [t("task.dueOn"), task.dueOn],
              [t("task.reason"), task.reason || null],
            ]}
          />
        </CardBody>
      </Card>
      {task.can.report && <ReportForm tenantSlug={tenant.slug} id={task.id} />}
      {(task.can.accept || task.can.sendBack) && <DecideForm tenantSlug={tenant.slug} id={task.id} />}
      <Card>
        <CardHeader>
          <CardTitle>{t("task.reports")}</CardTitle>
        </CardHeader>
        <CardBody>
          {task.reports.length === 0 ? (
            <p className="text-sm text-gray-600">{t("task.noReports")}</p>
          ) : (
            <ol className="space-y-3">
              {task.reports.map((r) => (
                <li key={r.id} className="rounded border border-gray-100 p-3">
                  <p className="text-xs text-gray-600">
                    {r.final ? t("task.final") : t("task.progress")} · {r.author} · {at(r.createdAt)}
                  </p>
                  <p className="mt-1 whitespace-pre-wrap text-sm text-gray-900">{r.body}</p>
                  {r.attachmentId && (
                    <a
                      href={`/api/v1/${tenant.slug}/attachments/${r.attachmentId}`}
                      className="mt-1 inline-block text-sm text-blue-800 underline"
                    >
                      {t("task.evidence")}
                    </a>
                  )}
                </li>
              ))}
            </ol>
          )}
        </CardBody>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t("task.timeline")}</CardTitle>
        </CardHeader>
        <CardBody>
          <ol className="space-y-2 text-sm">
            {task.events.map((e) => (
              <li key={e.id}>
                <span className="text-gray-600">{at(e.createdAt)}</span> ·{" "}
                {e.fromStatus ? o(`rectificationStatus.${e.toStatus}`) : t("task.created")}
                {e.actor && ` · ${e.actor}`}
                {e.reason && <span className="block text-gray-700">{e.reason}</span>}
              </li>
            ))}
          </ol>
        </CardBody>
      </Card>
    </div>
  );
}
