// A special inquiry's part of the activity page: its state and moves, the research figures and the session's
// day and place (editable by whoever manages the activity), the respondent units and their officials, how many
// questions are recorded with the way into the live recording page, and the public record once it is out.
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import {
  MoveInquiry,
  RemoveRespondent,
  RespondentForm,
  ResearchForm,
} from "@/components/oversight/inquiry/InquiryForms";
import { Badge, buttonClasses, Card, CardBody, CardHeader, CardTitle, FactList } from "@/components/ui";
import { can } from "@/lib/authz";
import { activityChoices, getInquiryView } from "@/lib/modules/oversight";
import {
  INQUIRY_TRANSITIONS,
  inquiryIsPublic,
  recordsQuestions,
  respondentsEditable,
} from "@/lib/modules/oversight/client";
import type { PanelProps } from "./panel-props";

export async function InquiryPanel({ tenant, member, activity }: PanelProps) {
  if (activity.kind !== "SPECIAL_INQUIRY") return null;
  const q = await getInquiryView(tenant.id, { activityId: activity.id });
  if (!q) return null;
  const manage = activity.manage;
  const [t, base, format, choices] = await Promise.all([
    getTranslations("oversightInquiry"),
    getTranslations("oversight"),
    getFormatter(),
    manage && respondentsEditable(q.status) ? activityChoices(tenant.id) : null,
  ]);
  const records = can(member.roles, "inquiry.record") && recordsQuestions(q.status);
  const taken = new Set(q.respondents.map((r) => r.unitId));
  const day = q.sessionOn ? format.dateTime(new Date(`${q.sessionOn}T00:00:00+08:00`), "date") : null;
  return (
    <Card as="section" aria-labelledby="inquiry">
      <CardHeader>
        <CardTitle id="inquiry">{t("panel.heading")}</CardTitle>
      </CardHeader>
      <CardBody className="space-y-5">
        <div className="flex flex-wrap items-center gap-3">
          <Badge tone={q.status === "SESSION" || q.status === "VOTING" ? "success" : "info"}>
            {base(`inquiryStatus.${q.status}`)}
          </Badge>
          {records && (
            <Link
              href={`/${tenant.slug}/console/oversight/${activity.id}/session`}
              className={buttonClasses("primary")}
            >
              {t("panel.record")}
            </Link>
          )}
          {inquiryIsPublic(q.status, activity.published) && (
            <Link href={`/${tenant.slug}/oversight/inquiries/${q.id}`} className="text-brand-700 hover:underline">
              {t("panel.publicRecord")}
            </Link>
          )}
        </div>
        <FactList
          rows={[
            [t("panel.reasons"), q.reasons ? <span className="whitespace-pre-wrap">{q.reasons}</span> : null],
            [
              t("panel.research"),
              t("panel.researchValue", {
                sent: q.questionnaires,
                returned: q.questionnaireResponses,
                forums: q.forums,
                visits: q.visits,
              }),
            ],
            [t("panel.session"), day ? t("panel.sessionValue", { day, place: q.sessionPlace }) : t("panel.noSession")],
            [t("panel.questions"), t("panel.questionsValue", { count: q.questions.length })],
          ]}
        />
        {q.researchNote && <p className="whitespace-pre-wrap text-sm text-gray-800">{q.researchNote}</p>}

        <section aria-labelledby="inquiry-respondents" className="space-y-2">
          <h3 id="inquiry-respondents" className="text-base font-semibold text-gray-900">
            {t("panel.respondents")}
          </h3>
          {q.respondents.length === 0 ? (
            <p className="text-sm text-gray-600">{t("panel.noRespondents")}</p>
          ) : (
            <ul className="divide-y divide-gray-100">
              {q.respondents.map((r) => (
                <li key={r.id} className="flex flex-wrap items-start justify-between gap-2 py-2 text-sm">
                  <span>
                    <span className="font-medium text-gray-900">{r.unitName}</span>
                    <span className="block text-gray-700">{r.officials}</span>
                  </span>
                  {choices && <RemoveRespondent tenantSlug={tenant.slug} inquiryId={q.id} respondentId={r.id} />}
                </li>
              ))}
            </ul>
          )}
          {choices && (
            <RespondentForm
              tenantSlug={tenant.slug}
              inquiryId={q.id}
              units={choices.units.filter((u) => !taken.has(u.id))}
            />
          )}
        </section>

        {manage && INQUIRY_TRANSITIONS[q.status].length > 0 && (
          <div className="space-y-2 border-t border-gray-100 pt-4">
            {q.status === "SESSION" && <p className="text-sm text-gray-700">{t("panel.voteHint")}</p>}
            <div className="flex flex-wrap gap-3">
              {INQUIRY_TRANSITIONS[q.status].map((to) => (
                <MoveInquiry key={to} tenantSlug={tenant.slug} inquiryId={q.id} from={q.status} to={to} />
              ))}
            </div>
          </div>
        )}

        {manage && q.status !== "CLOSED" && (
          <details className="rounded-lg border border-gray-200 p-3">
            <summary className="cursor-pointer font-medium text-brand-800">{t("panel.edit")}</summary>
            <div className="mt-3">
              <ResearchForm tenantSlug={tenant.slug} inquiryId={q.id} values={q} />
            </div>
          </details>
        )}
      </CardBody>
    </Card>
  );
}
