import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { AddDraftForm } from "@/components/legislation/AddDraftForm";
import { DraftVersionList } from "@/components/legislation/DraftVersionList";
import { RegulationFacts } from "@/components/legislation/RegulationFacts";
import { RegulationTimeline } from "@/components/legislation/RegulationTimeline";
import { TransitionForm } from "@/components/legislation/TransitionForm";
import { Alert, Card, CardBody, CardHeader, CardTitle, EmptyState, PageHeader } from "@/components/ui";
import { can } from "@/lib/authz";
import { todayInShanghai } from "@/lib/dates";
import { ConsultationStateBadge } from "@/components/consultation/ConsultationStateBadge";
import { consultationsOfRegulation } from "@/lib/modules/consultation";
import { requireMember } from "@/lib/guards";
import { localName, localNames } from "@/lib/i18n/local-name";
import {
  allowedTransitions,
  canActOnCommitteeRow,
  getRegulation,
  listLegalFields,
  requiresDraft,
  requiresMeeting,
} from "@/lib/modules/legislation";
import { listUnits } from "@/lib/modules/tenancy";
import { objectTitle } from "@/lib/page-title";

type Props = { params: Promise<{ tenant: string; id: string }>; searchParams: Promise<{ created?: string }> };

export async function generateMetadata({ params }: Props) {
  const { tenant, id } = await params;
  return objectTitle(
    tenant,
    "legislation.view",
    { section: "legislation.board.title" },
    async (tenantId) => (await getRegulation(tenantId, id))?.regulation.title,
  );
}

/** One regulation project: its facts, its timeline, the next step (for those who may take it) and its drafts. */
export default async function RegulationPage({ params, searchParams }: Props) {
  const { tenant: slug, id } = await params;
  const { tenant, member, allowed } = await requireMember(slug, "legislation.view");
  if (!allowed) return <NoAccess />;
  const data = await getRegulation(tenant.id, id);
  if (!data) notFound();
  const { regulation: r, timeline, drafts, target, changedBy } = data;
  const [t, locale, fields, units, consultations] = await Promise.all([
    getTranslations("legislation.regulation"),
    getLocale(),
    listLegalFields(tenant.id),
    listUnits(tenant.id),
    consultationsOfRegulation(tenant.id, r.id),
  ]);
  const consultationBase = can(member.roles, "consultation.view") ? `/${tenant.slug}/console/consultations` : undefined;
  const base = `/${tenant.slug}/console/legislation`;
  const mayAct = can(member.roles, "legislation.committee") && canActOnCommitteeRow(member, r.committeeId);
  // What each allowed move must record; workflow.ts has no helper for the two last rules (see the report).
  const options = allowedTransitions(r.stage).map((to) => ({
    to,
    meeting: requiresMeeting(to),
    draft: requiresDraft(to),
    note: to === "WITHDRAWN" || to === "SHELVED",
    effective: to === "PROMULGATED",
  }));
  const newestFirst = [...drafts].reverse().map((d) => ({ id: d.id, label: d.label }));
  return (
    <div className="space-y-6">
      <PageHeader title={r.title} />
      {(await searchParams).created && <Alert tone="success">{t("created")}</Alert>}
      <Card>
        <CardBody>
          <RegulationFacts
            base={base}
            regulation={r}
            committee={r.committee ? localName(r.committee, locale) : null}
            field={localNames(fields, locale).find((f) => f.id === r.fieldId)?.name ?? null}
            draftingUnit={units.find((u) => u.id === r.draftingUnitId)?.name ?? null}
            target={target}
            changedBy={changedBy}
          />
        </CardBody>
      </Card>
      <Card as="section" aria-labelledby="timeline">
        <CardHeader>
          <CardTitle id="timeline">{t("timeline")}</CardTitle>
        </CardHeader>
        <CardBody>
          <RegulationTimeline
            events={timeline}
            drafts={drafts}
            changedBy={changedBy}
            base={base}
            consultationBase={consultationBase}
            consultations={consultations.map((c) => ({
              id: c.id,
              title: c.title,
              startsOn: todayInShanghai(c.startsAt),
              endsOn: todayInShanghai(c.endsAt),
              opinions: c.opinions,
              published: c.dispositionsPublishedAt !== null,
            }))}
          />
        </CardBody>
      </Card>
      {consultations.length > 0 && (
        <Card as="section" aria-labelledby="consultations">
          <CardHeader>
            <CardTitle id="consultations">{t("consultations")}</CardTitle>
          </CardHeader>
          <CardBody>
            <ul className="divide-y divide-gray-100">
              {consultations.map((c) => (
                <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span className="min-w-0">
                    {consultationBase ? (
                      <Link href={`${consultationBase}/${c.id}`} className="font-medium text-brand-800 underline">
                        {c.title}
                      </Link>
                    ) : (
                      <span className="font-medium text-gray-900">{c.title}</span>
                    )}
                    <span className="block text-sm text-gray-700">
                      {t("consultationWindow", {
                        draft: c.draftLabel,
                        start: todayInShanghai(c.startsAt),
                        end: todayInShanghai(c.endsAt),
                        opinions: c.opinions,
                        pending: c.pending,
                      })}
                    </span>
                  </span>
                  <ConsultationStateBadge state={c.state} />
                </li>
              ))}
            </ul>
          </CardBody>
        </Card>
      )}
      {mayAct && (
        <Card as="section" aria-labelledby="next-stage">
          <CardHeader>
            <CardTitle id="next-stage">{t("nextStage")}</CardTitle>
          </CardHeader>
          <CardBody>
            {options.length === 0 ? (
              <p className="text-gray-700">{t("finalStage")}</p>
            ) : (
              <TransitionForm
                tenantSlug={tenant.slug}
                regulationId={r.id}
                today={todayInShanghai()}
                options={options}
                drafts={newestFirst}
              />
            )}
          </CardBody>
        </Card>
      )}
      <Card as="section" aria-labelledby="drafts">
        <CardHeader>
          <CardTitle id="drafts">{t("drafts")}</CardTitle>
        </CardHeader>
        <CardBody className="space-y-6">
          {drafts.length === 0 ? (
            <EmptyState title={t("noDrafts")} />
          ) : (
            <DraftVersionList tenantSlug={tenant.slug} base={base} drafts={drafts} canPublish={mayAct} />
          )}
          {mayAct && (
            <section aria-labelledby="add-draft" className="space-y-3 border-t border-gray-200 pt-4">
              <h3 id="add-draft" className="text-base font-semibold text-gray-900">
                {t("addDraft")}
              </h3>
              <AddDraftForm tenantSlug={tenant.slug} regulationId={r.id} base={base} />
            </section>
          )}
        </CardBody>
      </Card>
    </div>
  );
}
