import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { NoAccess } from "@/components/common/NoAccess";
import { RevealContact } from "@/components/common/RevealContact";
import { DecisionForm } from "@/components/legislation/DecisionForm";
import { ProposalStatusBadge } from "@/components/legislation/ProposalStatusBadge";
import { ScreeningStepForm } from "@/components/legislation/ScreeningStepForm";
import { ScreeningTimeline } from "@/components/legislation/ScreeningTimeline";
import { dayDate, linkClasses } from "@/components/legislation/util";
import { Card, CardBody, CardHeader, CardTitle, PageHeader, FactList } from "@/components/ui";
import { can } from "@/lib/authz";
import { dateToDay, todayInShanghai } from "@/lib/dates";
import { maskContact } from "@/lib/format";
import { requireMember } from "@/lib/guards";
import {
  getCallSummary,
  getProposal,
  listLegalFields,
  listPlans,
  listProposals,
  revealProposalContactAction,
} from "@/lib/modules/legislation";
import { listUnits } from "@/lib/modules/tenancy";
import { objectTitle } from "@/lib/page-title";

export async function generateMetadata({ params }: { params: Promise<{ tenant: string; id: string }> }) {
  const { tenant, id } = await params;
  return objectTitle(
    tenant,
    "legislation.view",
    { section: "legislation.calls.title" },
    async (tenantId) => (await getProposal(tenantId, id))?.proposal.title,
  );
}

/** A legislative proposal: its content and proposer, its screening so far, and (while open) the next step. */
export default async function ProposalPage({ params }: { params: Promise<{ tenant: string; id: string }> }) {
  const { tenant: slug, id } = await params;
  const { tenant, member, allowed } = await requireMember(slug, "legislation.view");
  if (!allowed) return <NoAccess />;
  const data = await getProposal(tenant.id, id);
  if (!data) notFound();
  const { proposal: p, steps, mergedInto, mergedFrom } = data;
  const open = p.status === "SUBMITTED" || p.status === "SCREENING";
  const mayDecide = open && can(member.roles, "legislation.manage");
  const [t, terms, format, call, fields, units, plans, siblings] = await Promise.all([
    getTranslations("legislation.proposal"),
    getTranslations("legislationTerms"),
    getFormatter(),
    getCallSummary(tenant.id, p.callId),
    listLegalFields(tenant.id),
    listUnits(tenant.id),
    mayDecide ? listPlans(tenant.id) : [],
    mayDecide ? listProposals(tenant.id, { callId: p.callId }) : [],
  ]);
  const base = `/${tenant.slug}/console/legislation`;
  const unitName = (unitId: string | null) => units.find((u) => u.id === unitId)?.name ?? null;
  const rows: [string, ReactNode][] = [
    [t("status"), <ProposalStatusBadge key="s" status={p.status} category={p.planCategory} />],
    [
      t("call"),
      call ? (
        <Link key="c" href={`${base}/calls/${p.callId}`} className={linkClasses}>
          {call.call.title}
        </Link>
      ) : (
        "—"
      ),
    ],
    [
      t("receiptCode"),
      <span key="r" className="font-mono">
        {p.receiptCode}
      </span>,
    ],
    [
      t("proposer"),
      [terms(`proposerType.${p.proposerType}`), p.proposerName, unitName(p.proposerUnitId)].filter(Boolean).join(" · "),
    ],
    // A citizen's phone is shown masked; staff holding contact.reveal may show it whole (audited).
    [
      t("contact"),
      <RevealContact
        key="contact"
        masked={maskContact(p.proposerContact)}
        label={t("contact")}
        reveal={
          can(member.roles, "contact.reveal")
            ? revealProposalContactAction.bind(null, tenant.slug, { proposalId: p.id })
            : undefined
        }
      />,
    ],
    [t("field"), fields.find((f) => f.id === p.fieldId)?.name ?? "—"],
    [t("submittedAt"), format.dateTime(p.createdAt, "dateTime")],
  ];
  if (p.decidedOn) rows.push([t("decidedOn"), format.dateTime(dayDate(dateToDay(p.decidedOn)), "date")]);
  if (p.decisionReason) rows.push([t("decisionReason"), p.decisionReason]);
  if (mergedInto)
    rows.push([
      t("mergedInto"),
      <Link key="m" href={`${base}/proposals/${mergedInto.id}`} className={linkClasses}>
        {mergedInto.title}
      </Link>,
    ]);
  if (mergedFrom.length > 0) {
    rows.push([
      t("mergedFrom"),
      <ul key="f" className="space-y-1">
        {mergedFrom.map((m) => (
          <li key={m.id}>
            <Link href={`${base}/proposals/${m.id}`} className={linkClasses}>
              {m.title}
            </Link>
          </li>
        ))}
      </ul>,
    ]);
  }
  // Merging needs a live target of the same call: not itself, not rejected or merged away, not merged into it.
  const candidates = siblings
    .filter((s) => s.id !== p.id && s.status !== "REJECTED" && s.status !== "MERGED" && s.mergedIntoId !== p.id)
    .map((s) => ({ id: s.id, title: s.title }));
  const today = todayInShanghai();
  return (
    <div className="space-y-6">
      <PageHeader title={p.title} />
      <Card>
        <CardBody>
          <FactList rows={rows} />
        </CardBody>
      </Card>
      {(
        [
          ["necessity", p.necessity],
          ["mainContent", p.mainContent],
        ] as const
      ).map(([key, text]) => (
        <Card as="section" key={key} aria-labelledby={key}>
          <CardHeader>
            <CardTitle id={key}>{t(key)}</CardTitle>
          </CardHeader>
          <CardBody>
            <p className="max-w-prose whitespace-pre-line text-gray-900">{text}</p>
          </CardBody>
        </Card>
      ))}
      <Card as="section" aria-labelledby="screening">
        <CardHeader>
          <CardTitle id="screening">{t("screening")}</CardTitle>
        </CardHeader>
        <CardBody>
          <ScreeningTimeline
            steps={steps.map((s) => ({
              id: s.id,
              kind: s.kind,
              occurredOn: s.occurredOn,
              organiser: s.organiser,
              participants: s.participants,
              unit: unitName(s.unitId),
              summary: s.summary,
            }))}
          />
        </CardBody>
      </Card>
      {mayDecide && (
        <>
          <Card as="section" aria-labelledby="record-step">
            <CardHeader>
              <CardTitle id="record-step">{t("recordStep")}</CardTitle>
            </CardHeader>
            <CardBody>
              <ScreeningStepForm
                tenantSlug={tenant.slug}
                proposalId={p.id}
                today={today}
                units={units.map((u) => ({ id: u.id, name: u.name }))}
              />
            </CardBody>
          </Card>
          <Card as="section" aria-labelledby="decide">
            <CardHeader>
              <CardTitle id="decide">{t("decide")}</CardTitle>
            </CardHeader>
            <CardBody>
              <DecisionForm
                tenantSlug={tenant.slug}
                proposalId={p.id}
                today={today}
                plans={plans.map((x) => ({ id: x.id, title: x.title, kind: x.kind }))}
                mergeCandidates={candidates}
              />
            </CardBody>
          </Card>
        </>
      )}
    </div>
  );
}
