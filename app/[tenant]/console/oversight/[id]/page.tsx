// One oversight activity: its facts and state, the moves its manager may make, participants, points visited,
// problems found (with photos), the report heard, the deliberation opinions sent to units and their reports
// back; then each part's panel (the special inquiry, the polls, rectification) and the timeline.
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import {
  MoveForm,
  OpinionsForm,
  ParticipantForm,
  PointForm,
  ProblemForm,
  RemoveParticipant,
  ReportForm,
  UnitReportForm,
} from "@/components/oversight/activities/ActivityForms";
import { InquiryPanel } from "@/components/oversight/InquiryPanel";
import { RectificationPanel } from "@/components/oversight/RectificationPanel";
import { PollsPanel } from "@/components/votes/PollsPanel";
import {
  Badge,
  buttonClasses,
  Card,
  CardBody,
  CardHeader,
  CardTitle,
  EmptyState,
  FactList,
  PageHeader,
} from "@/components/ui";
import { todayInShanghai } from "@/lib/dates";
import { requireMember } from "@/lib/guards";
import { attachmentUrl } from "@/lib/modules/attachments/client";
import {
  activityChoices,
  activityEvents,
  activityRows,
  getActivity,
  listProblems,
  oversightSettings,
} from "@/lib/modules/oversight";
import { objectTitle } from "@/lib/page-title";

type Params = { params: Promise<{ tenant: string; id: string }> };

export async function generateMetadata({ params }: Params) {
  const { tenant, id } = await params;
  return objectTitle(
    tenant,
    "oversight.view",
    { section: "console.nav.oversight" },
    async (tenantId, member) => (await getActivity(tenantId, member, id))?.title,
  );
}

export default async function ActivityPage({ params }: Params) {
  const { tenant: slug, id } = await params;
  const { tenant, member, allowed } = await requireMember(slug, "oversight.view");
  if (!allowed) return <NoAccess />;
  // Not seen by this member, or another city's: the same 404 as an id that does not exist.
  const a = await getActivity(tenant.id, member, id);
  if (!a) notFound();
  const [t, base, format, rows, problems, events, choices] = await Promise.all([
    getTranslations("oversightActivities.detail"),
    getTranslations("oversight"),
    getFormatter(),
    activityRows(tenant.id, a.id),
    listProblems(tenant.id, a.id),
    activityEvents(tenant.id, a.id),
    a.may.manage ? activityChoices(tenant.id) : null,
  ]);
  const day = (d: string | null) => (d ? format.dateTime(new Date(`${d}T00:00:00+08:00`), "date") : null);
  const today = todayInShanghai();
  const head = {
    id: a.id,
    year: a.year,
    kind: a.kind,
    status: a.status,
    title: a.title,
    committeeId: a.committeeId,
    published: a.published,
    manage: a.may.manage,
  };
  const panel = { tenant, member, activity: head };
  const pointOptions = rows.points.map((p) => ({ id: p.id, name: `${p.place}（${p.visitedOn}）` }));
  const mineToReport = rows.unitReports.filter((r) => a.may.reportUnitIds.includes(r.unitId) && !r.reportedAt);
  return (
    <div className="space-y-6">
      <PageHeader
        title={a.title}
        description={[base(`kind.${a.kind}`), a.committeeName, String(a.year)].filter(Boolean).join(" · ")}
        actions={
          a.may.manage ? (
            <Link href={`/${tenant.slug}/console/oversight/${a.id}/edit`} className={buttonClasses("secondary")}>
              {t("edit")}
            </Link>
          ) : undefined
        }
      />
      <div className="-mt-4 flex flex-wrap items-center gap-3 text-sm">
        <Badge tone="info">{base(`status.${a.status}`)}</Badge>
        {a.published && <Badge tone="success">{t("published")}</Badge>}
        <Link href={`/${tenant.slug}/console/oversight?year=${a.year}`} className="text-brand-700 hover:underline">
          {t("back")}
        </Link>
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <Card as="section" aria-labelledby="facts">
            <CardHeader>
              <CardTitle id="facts">{t("facts")}</CardTitle>
            </CardHeader>
            <CardBody className="space-y-4">
              {a.summary && <p className="whitespace-pre-wrap break-words text-gray-900">{a.summary}</p>}
              <FactList
                rows={[
                  [t("law"), a.lawName],
                  [
                    t("regulation"),
                    a.regulationId && a.regulationTitle ? (
                      <Link
                        href={`/${tenant.slug}/console/legislation/${a.regulationId}`}
                        className="text-brand-700 hover:underline"
                      >
                        {a.regulationTitle}
                      </Link>
                    ) : null,
                  ],
                  [t("quarter"), a.plannedQuarter ? t("quarterValue", { q: a.plannedQuarter }) : null],
                  [t("days"), a.startOn ? [day(a.startOn), day(a.endOn)].filter(Boolean).join(" – ") : null],
                  [
                    t("counts"),
                    t("countsValue", {
                      participants: a.counts.participants,
                      points: a.counts.points,
                      problems: a.counts.problems,
                    }),
                  ],
                ]}
              />
            </CardBody>
          </Card>

          <Card as="section" aria-labelledby="participants">
            <CardHeader>
              <CardTitle id="participants">{t("participants")}</CardTitle>
            </CardHeader>
            <CardBody className="space-y-3">
              {rows.participants.length === 0 ? (
                <p className="text-sm text-gray-600">{t("noParticipants")}</p>
              ) : (
                <ul className="divide-y divide-gray-100">
                  {rows.participants.map((p) => (
                    <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                      <span>
                        <span className="font-medium text-gray-900">{p.name}</span>{" "}
                        <span className="text-gray-600">
                          {[base(`participantKind.${p.kind}`), p.role].filter(Boolean).join(" · ")}
                        </span>
                      </span>
                      {a.may.manage && (
                        <RemoveParticipant
                          tenantSlug={tenant.slug}
                          id={a.id}
                          participantId={p.id}
                          label={t("remove")}
                        />
                      )}
                    </li>
                  ))}
                </ul>
              )}
              {choices && (
                <ParticipantForm
                  tenantSlug={tenant.slug}
                  id={a.id}
                  users={choices.users.map((u) => ({ id: u.id, name: u.displayName }))}
                  deputies={choices.deputies}
                />
              )}
            </CardBody>
          </Card>

          <Card as="section" aria-labelledby="points">
            <CardHeader>
              <CardTitle id="points">{t("points")}</CardTitle>
            </CardHeader>
            <CardBody className="space-y-3">
              {rows.points.length === 0 ? (
                <p className="text-sm text-gray-600">{t("noPoints")}</p>
              ) : (
                <ul className="divide-y divide-gray-100">
                  {rows.points.map((p) => (
                    <li key={p.id} className="py-2 text-sm">
                      <p className="font-medium text-gray-900">{p.place}</p>
                      <p className="text-gray-700">{[day(p.visitedOn), p.visitors].filter(Boolean).join(" · ")}</p>
                      {p.note && <p className="text-gray-700">{p.note}</p>}
                    </li>
                  ))}
                </ul>
              )}
              {a.may.manage && <PointForm tenantSlug={tenant.slug} id={a.id} today={today} />}
            </CardBody>
          </Card>

          <Card as="section" aria-labelledby="problems">
            <CardHeader>
              <CardTitle id="problems">{t("problems", { count: problems.length })}</CardTitle>
            </CardHeader>
            <CardBody className="space-y-3">
              {problems.length === 0 ? (
                <p className="text-sm text-gray-600">{t("noProblems")}</p>
              ) : (
                <ol className="divide-y divide-gray-100">
                  {problems.map((p) => (
                    <li key={p.id} className="flex gap-3 py-3 text-sm">
                      <span className="font-semibold text-gray-900">{p.seq}.</span>
                      <div className="min-w-0 flex-1 space-y-1">
                        <p className="break-words text-gray-900">{p.description}</p>
                        <p className="flex flex-wrap gap-2 text-gray-700">
                          <Badge
                            tone={
                              p.severity === "SERIOUS" ? "danger" : p.severity === "MODERATE" ? "warning" : "neutral"
                            }
                          >
                            {base(`severity.${p.severity}`)}
                          </Badge>
                          <span>{base(`problemCategories.${p.category}` as never)}</span>
                          {p.pointPlace && <span>{p.pointPlace}</span>}
                          {p.unitName && <span>{p.unitName}</span>}
                        </p>
                        {p.photoAttachmentId && (
                          <a
                            href={attachmentUrl(tenant.slug, p.photoAttachmentId)}
                            className="text-brand-700 hover:underline"
                          >
                            {t("photo", { seq: p.seq })}
                          </a>
                        )}
                      </div>
                    </li>
                  ))}
                </ol>
              )}
              {choices && (
                <ProblemForm tenantSlug={tenant.slug} id={a.id} points={pointOptions} units={choices.units} />
              )}
            </CardBody>
          </Card>

          <Card as="section" aria-labelledby="report">
            <CardHeader>
              <CardTitle id="report">{t("report")}</CardTitle>
            </CardHeader>
            <CardBody className="space-y-3">
              {a.reportedOn ? (
                <>
                  <FactList
                    rows={[
                      [t("meeting"), a.meeting],
                      [t("reportedOn"), day(a.reportedOn)],
                    ]}
                  />
                  {a.reportBody && <p className="whitespace-pre-wrap break-words text-gray-900">{a.reportBody}</p>}
                  {a.reportAttachmentId && (
                    <a
                      href={attachmentUrl(tenant.slug, a.reportAttachmentId)}
                      className="text-brand-700 hover:underline"
                    >
                      {t("reportFile")}
                    </a>
                  )}
                </>
              ) : (
                <p className="text-sm text-gray-600">{t("noReport")}</p>
              )}
              {a.may.manage && !["PLANNED", "CANCELLED"].includes(a.status) && (
                <ReportForm tenantSlug={tenant.slug} id={a.id} values={a} />
              )}
            </CardBody>
          </Card>

          <Card as="section" aria-labelledby="opinions">
            <CardHeader>
              <CardTitle id="opinions">{t("opinions")}</CardTitle>
            </CardHeader>
            <CardBody className="space-y-3">
              {a.opinionsSentOn ? (
                <>
                  <FactList
                    rows={[
                      [t("opinionsSentOn"), day(a.opinionsSentOn)],
                      [
                        t("reportBackDays"),
                        a.reportBackWorkingDays ? t("workingDays", { n: a.reportBackWorkingDays }) : null,
                      ],
                    ]}
                  />
                  <p className="whitespace-pre-wrap break-words text-gray-900">{a.opinionsBody}</p>
                </>
              ) : (
                <p className="text-sm text-gray-600">{t("noOpinions")}</p>
              )}
              {rows.unitReports.length > 0 && (
                <ul className="divide-y divide-gray-100">
                  {rows.unitReports.map((r) => {
                    const overdue = !r.reportedAt && r.dueOn < today;
                    return (
                      <li key={r.id} className="space-y-1 py-3 text-sm">
                        <p className="flex flex-wrap items-center gap-2">
                          <span className="font-medium text-gray-900">{r.unitName}</span>
                          <Badge tone={r.reportedAt ? "success" : overdue ? "danger" : "warning"}>
                            {r.reportedAt ? t("unitReported") : overdue ? t("unitOverdue") : t("unitPending")}
                          </Badge>
                          <span className="text-gray-700">{t("dueOn", { day: day(r.dueOn) ?? "" })}</span>
                        </p>
                        {r.body && <p className="whitespace-pre-wrap break-words text-gray-900">{r.body}</p>}
                        {r.attachmentId && (
                          <a
                            href={attachmentUrl(tenant.slug, r.attachmentId)}
                            className="text-brand-700 hover:underline"
                          >
                            {t("unitReportFile")}
                          </a>
                        )}
                      </li>
                    );
                  })}
                </ul>
              )}
              {choices && ["REPORTED", "OPINIONS_SENT", "RECTIFYING"].includes(a.status) && (
                <OpinionsForm
                  tenantSlug={tenant.slug}
                  id={a.id}
                  units={choices.units}
                  sentUnitIds={rows.unitReports.map((r) => r.unitId)}
                  values={a}
                  defaultDays={a.reportBackWorkingDays ?? oversightSettings(tenant.settings).reportBackWorkingDays}
                  today={today}
                />
              )}
              {mineToReport.map((r) => (
                <UnitReportForm key={r.id} tenantSlug={tenant.slug} id={a.id} unitId={r.unitId} unitName={r.unitName} />
              ))}
            </CardBody>
          </Card>

          <InquiryPanel {...panel} />
          <PollsPanel {...panel} />
          <RectificationPanel {...panel} />
        </div>
        <aside className="min-w-0 space-y-6">
          {a.may.moves.length > 0 && (
            <Card as="section" aria-labelledby="moves">
              <CardHeader>
                <CardTitle id="moves">{t("moves")}</CardTitle>
              </CardHeader>
              <CardBody className="space-y-3">
                {a.may.moves.map((to) => (
                  <MoveForm key={to} tenantSlug={tenant.slug} id={a.id} from={a.status} to={to} />
                ))}
              </CardBody>
            </Card>
          )}
          <Card as="section" aria-labelledby="timeline">
            <CardHeader>
              <CardTitle id="timeline">{t("timeline")}</CardTitle>
            </CardHeader>
            <CardBody>
              {events.length === 0 ? (
                <EmptyState title={t("noEvents")} />
              ) : (
                <ol className="space-y-2 text-sm">
                  {events.map((e) => (
                    <li key={e.id}>
                      <p className="font-medium text-gray-900">{base(`status.${e.to}`)}</p>
                      <p className="text-gray-700">
                        {[format.dateTime(e.at, "dateTime"), e.actor].filter(Boolean).join(" · ")}
                      </p>
                      {e.note && <p className="text-gray-700">{e.note}</p>}
                    </li>
                  ))}
                </ol>
              )}
            </CardBody>
          </Card>
        </aside>
      </div>
    </div>
  );
}
