import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { Alert, Badge, buttonClasses, Card, CardBody, PageHeader } from "@/components/ui";
import { PollControls } from "@/components/votes/PollControls";
import { RecordRegulationVote } from "@/components/votes/RecordRegulationVote";
import { RollCall } from "@/components/votes/RollCall";
import { ResultsTable } from "@/components/votes/ResultsTable";
import { VoteForm } from "@/components/votes/VoteForm";
import { can } from "@/lib/authz";
import { requireMember } from "@/lib/guards";
import { getPollResults, getPollView } from "@/lib/modules/votes";
import { titled } from "@/lib/page-title";

export const generateMetadata = titled("votes.title");

type Params = { params: Promise<{ tenant: string; id: string }> };

/** One poll: on a phone, the ballot (one tap per option, then 您的投票已记录); for the clerk, open/close and turnout,
 *  and on a named vote the roll call (出席 / 缺席 per voter, read-only once closed); after close, the results. Not a
 *  voter and not running polls, or another city's: 404. */
export default async function PollPage({ params }: Params) {
  const { tenant: slug, id } = await params;
  const { tenant, member, allowed } = await requireMember(slug, "poll.vote");
  if (!allowed) return <NoAccess />;
  const manager = can(member.roles, "poll.manage");
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const view = await getPollView(tenant.id, member.id, id, manager, { roll: true });
  if (!view) notFound();
  const t = await getTranslations("votes");
  const { poll } = view;
  const results = poll.status === "CLOSED" ? await getPollResults(tenant.id, poll.id) : null;
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <PageHeader title={poll.title} description={[t(`kind.${poll.kind}`), poll.meeting].filter(Boolean).join(" · ")} />
      <div className="-mt-2 flex flex-wrap items-center gap-2 text-sm">
        <Badge tone={poll.status === "OPEN" ? "success" : "neutral"}>{t(`status.${poll.status}`)}</Badge>
        <Badge tone="info">{t(`secrecy.${poll.secrecy}`)}</Badge>
        <span className="text-gray-700">{t("turnout", { voted: view.voted, voters: view.voters })}</span>
      </div>
      {poll.description && <p className="whitespace-pre-wrap text-gray-900">{poll.description}</p>}
      {poll.secrecy === "ANONYMOUS" && <p className="text-sm text-gray-700">{t("pseudoAnonymous")}</p>}
      {poll.status === "OPEN" && view.me && !view.me.voted && (
        <VoteForm
          tenantSlug={tenant.slug}
          pollId={poll.id}
          items={view.items.map((i) => ({ id: i.id, label: i.label, detail: i.detail }))}
          options={view.options}
          maxApprovals={poll.maxApprovals}
        />
      )}
      {view.me?.voted && <Alert tone="success">{t("alreadyVoted")}</Alert>}
      {!view.me && poll.status === "OPEN" && <Alert tone="info">{t("notVoter")}</Alert>}
      {results ? (
        <Card>
          <CardBody>
            <ResultsTable r={results} />
          </CardBody>
        </Card>
      ) : (
        poll.status !== "DRAFT" && <p className="text-sm text-gray-700">{t("resultsAfterClose")}</p>
      )}
      {view.roll && (
        <RollCall tenantSlug={tenant.slug} pollId={poll.id} roll={view.roll} readOnly={poll.status === "CLOSED"} />
      )}
      {manager && (
        <div className="flex flex-wrap items-start gap-3">
          <PollControls tenantSlug={tenant.slug} pollId={poll.id} status={poll.status} />
          <Link href={`/${tenant.slug}/console/polls/${poll.id}/screen`} className={buttonClasses("secondary")}>
            {t("screen")}
          </Link>
          {poll.status === "CLOSED" && poll.secrecy === "NAMED" && poll.regulationId && (
            <RecordRegulationVote tenantSlug={tenant.slug} pollId={poll.id} regulationId={poll.regulationId} />
          )}
        </div>
      )}
    </div>
  );
}
