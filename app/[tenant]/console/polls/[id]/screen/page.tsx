import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { AutoRefresh } from "@/components/votes/AutoRefresh";
import { ResultsTable } from "@/components/votes/ResultsTable";
import { can } from "@/lib/authz";
import { requireMember } from "@/lib/guards";
import { getPollResults, getPollView } from "@/lib/modules/votes";
import { titled } from "@/lib/page-title";

export const generateMetadata = titled("votes.screen");

type Params = { params: Promise<{ tenant: string; id: string }> };

/** The room's big screen: large type readable from the back; while open only the turnout (refreshed every 3 s) —
 *  on a named vote 应到 / 出席 / 已投 and its pass rule — after close the results (a named vote's 通过 / 未通过 per
 *  item). It stays as the poll's archived record. */
export default async function PollScreenPage({ params }: Params) {
  const { tenant: slug, id } = await params;
  const { tenant, member, allowed } = await requireMember(slug, "poll.vote");
  if (!allowed) return <NoAccess />;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const view = await getPollView(tenant.id, member.id, id, can(member.roles, "poll.manage"));
  if (!view) notFound();
  const t = await getTranslations("votes");
  const { poll } = view;
  const named = poll.secrecy === "NAMED";
  const results = poll.status === "CLOSED" ? await getPollResults(tenant.id, poll.id) : null;
  return (
    <div className="space-y-8 bg-white p-4 md:p-10">
      {poll.status === "OPEN" && <AutoRefresh seconds={3} />}
      <h1 className="text-4xl font-bold text-gray-900 md:text-6xl">{poll.title}</h1>
      <p className="text-3xl text-gray-800 md:text-5xl" aria-live="polite">
        {t(`status.${poll.status}`)} ·{" "}
        {named
          ? t("screenCounts", { voters: view.voters, present: view.present, voted: view.voted })
          : t("turnout", { voted: view.voted, voters: view.voters })}
      </p>
      {named && poll.passRule && (
        <p className="text-2xl text-gray-800 md:text-4xl">
          {t("passRuleLine", { rule: t(`passRule.${poll.passRule}`) })}
          {poll.memberTotal != null && ` · ${t("memberTotalLine", { total: poll.memberTotal })}`}
        </p>
      )}
      {results ? (
        <ResultsTable r={results} large />
      ) : (
        <p className="text-3xl text-gray-700">{t("resultsAfterClose")}</p>
      )}
    </div>
  );
}
