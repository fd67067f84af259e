// 我的立法建议: the proposals a deputy, unit or committee submitted from the console, with where each stands and the
// decision's reason. Cards, so it reads on a phone; each links to the public tracking page by its receipt code.
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { ProposalStatusBadge } from "@/components/legislation/ProposalStatusBadge";
import { buttonClasses, EmptyState, PageHeader } from "@/components/ui";
import { requireMember } from "@/lib/guards";
import { listMyProposals } from "@/lib/modules/legislation";
import { titled } from "@/lib/page-title";

export const generateMetadata = titled("legislation.myProposals.title");

export default async function MyProposalsPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant, member, allowed } = await requireMember((await params).tenant, "proposal.submit");
  if (!allowed) return <NoAccess />;
  const [t, format, proposals] = await Promise.all([
    getTranslations("legislation.myProposals"),
    getFormatter(),
    listMyProposals(tenant.id, member.id),
  ]);
  const propose = (
    <Link href={`/${tenant.slug}/console/legislation/propose`} className={buttonClasses("secondary")}>
      {t("propose")}
    </Link>
  );
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} description={t("description")} actions={propose} />
      {proposals.length === 0 ? (
        <EmptyState title={t("empty")} description={t("emptyBody")} />
      ) : (
        <>
          <p className="text-sm text-stone-700">{t("count", { count: proposals.length })}</p>
          <ul className="space-y-3">
            {proposals.map((p) => (
              <li key={p.id} className="rounded-lg border border-stone-200 bg-white p-4">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <h2 className="min-w-0 flex-1 font-medium text-stone-900">{p.title}</h2>
                  <ProposalStatusBadge status={p.status} category={p.planCategory} />
                </div>
                <p className="mt-1 text-sm text-stone-700">
                  {t("submittedOn", { date: format.dateTime(p.createdAt, "date") })}
                  {p.decidedOn && <> · {t("decidedOn", { date: format.dateTime(p.decidedOn, "date") })}</>}
                </p>
                {p.decisionReason && (
                  <p className="mt-2 text-sm text-stone-800">{t("reason", { reason: p.decisionReason })}</p>
                )}
                <p className="mt-2 flex flex-wrap items-center gap-x-3 text-sm text-stone-700">
                  <span>{t("receipt", { code: p.receiptCode })}</span>
                  <Link
                    href={`/${tenant.slug}/track/${p.receiptCode}`}
                    className="font-medium text-brand-700 underline"
                  >
                    {t("track")}
                  </Link>
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
