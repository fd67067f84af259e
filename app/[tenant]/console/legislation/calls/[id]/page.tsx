import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { CallFunnel } from "@/components/legislation/CallFunnel";
import {
  PROPOSAL_STATUSES,
  ProposalStatusBadge,
  type ProposalStatus,
} from "@/components/legislation/ProposalStatusBadge";
import { dayDate, isUuid, linkClasses } from "@/components/legislation/util";
import {
  Button,
  Card,
  CardBody,
  CardHeader,
  CardTitle,
  EmptyState,
  PageHeader,
  Select,
  Table,
  TBody,
  Td,
  Th,
  THead,
  Tr,
} from "@/components/ui";
import { requireMember } from "@/lib/guards";
import { getCallSummary, listProposals } from "@/lib/modules/legislation";
import { objectTitle } from "@/lib/page-title";

type Props = { params: Promise<{ tenant: string; id: string }>; searchParams: Promise<{ status?: string }> };

export async function generateMetadata({ params }: Props) {
  const { tenant, id } = await params;
  return objectTitle(
    tenant,
    "legislation.view",
    { section: "legislation.calls.title" },
    async (tenantId) => (await getCallSummary(tenantId, id))?.call.title,
  );
}

/** One call: its funnel (how many proposals became which kind of plan item) and its proposals. */
export default async function CallPage({ params, searchParams }: Props) {
  const { tenant: slug, id } = await params;
  const { tenant, allowed } = await requireMember(slug, "legislation.view");
  if (!allowed) return <NoAccess />;
  const summary = isUuid(id) ? await getCallSummary(tenant.id, id) : null;
  if (!summary) notFound();
  const wanted = (await searchParams).status;
  const status: ProposalStatus | undefined = PROPOSAL_STATUSES.find((s) => s === wanted);
  const [t, terms, format, proposals] = await Promise.all([
    getTranslations("legislation.call"),
    getTranslations("legislationTerms"),
    getFormatter(),
    listProposals(tenant.id, { callId: id, status }),
  ]);
  const { call, funnel } = summary;
  const base = `/${tenant.slug}/console/legislation`;
  return (
    <div className="space-y-6">
      <PageHeader
        title={call.title}
        description={t("period", {
          from: format.dateTime(dayDate(call.opensOn), "date"),
          to: format.dateTime(dayDate(call.closesOn), "date"),
        })}
      />
      <p className="-mt-4 text-sm text-gray-700">
        <Link href={`${base}/calls`} className={linkClasses}>
          {t("back")}
        </Link>
        {call.channels.length > 0 && (
          <span className="ms-3">
            {t("channels", { channels: call.channels.map((c) => terms(`channel.${c}`)).join("、") })}
          </span>
        )}
      </p>
      {call.description && <p className="max-w-prose whitespace-pre-line text-gray-800">{call.description}</p>}
      <Card as="section" aria-labelledby="funnel">
        <CardHeader>
          <CardTitle id="funnel">{t("funnel")}</CardTitle>
        </CardHeader>
        <CardBody>
          <CallFunnel funnel={funnel} />
        </CardBody>
      </Card>
      <section aria-labelledby="proposals" className="space-y-3">
        <h2 id="proposals" className="text-lg font-semibold text-gray-900">
          {t("proposals", { count: proposals.length })}
        </h2>
        <form className="flex flex-wrap items-end gap-2" role="search" aria-label={t("filter")}>
          <Select name="status" defaultValue={status ?? ""} aria-label={t("status")} className="max-w-[12rem]">
            <option value="">{t("allStatuses")}</option>
            {PROPOSAL_STATUSES.map((s) => (
              <option key={s} value={s}>
                {terms(`proposalStatus.${s}`)}
              </option>
            ))}
          </Select>
          <Button type="submit" variant="secondary">
            {t("filter")}
          </Button>
        </form>
        {proposals.length === 0 ? (
          <EmptyState title={t("empty")} />
        ) : (
          <Table label={t("proposalsTable")}>
            <THead>
              <Tr>
                <Th>{t("proposalTitle")}</Th>
                <Th>{t("proposer")}</Th>
                <Th>{t("submittedAt")}</Th>
                <Th>{t("status")}</Th>
              </Tr>
            </THead>
            <TBody>
              {proposals.map((p) => (
                <Tr key={p.id}>
                  <Td>
                    <Link href={`${base}/proposals/${p.id}`} className={linkClasses}>
                      {p.title}
                    </Link>
                  </Td>
                  <Td>
                    {p.proposerName
                      ? t("proposerValue", { type: terms(`proposerType.${p.proposerType}`), name: p.proposerName })
                      : terms(`proposerType.${p.proposerType}`)}
                  </Td>
                  <Td className="whitespace-nowrap">{format.dateTime(p.createdAt, "date")}</Td>
                  <Td>
                    <ProposalStatusBadge status={p.status} category={p.planCategory} />
                  </Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
      </section>
    </div>
  );
}
