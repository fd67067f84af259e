// 专题询问公开记录 (no sign-in, phone first): a finished special inquiry — its topic and reasons, the research,
// the units that answered, every question with its answer and follow-ups in the order asked, the satisfaction
// vote's results and the rectification's progress. Unfinished, unpublished or another city's → 404.
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { PublicShell } from "@/components/legislation-public/PublicShell";
import { ResultsTable } from "@/components/votes/ResultsTable";
import { FactList, PageHeader } from "@/components/ui";
import { requireTenant } from "@/lib/guards";
import { publicInquiry } from "@/lib/modules/oversight";
import { titled } from "@/lib/page-title";

export const generateMetadata = titled("oversightInquiry.public.title");

type Props = { params: Promise<{ tenant: string; id: string }> };

export default async function PublicInquiryPage({ params }: Props) {
  const { tenant: slug, id } = await params;
  const tenant = await requireTenant(slug);
  const r = await publicInquiry(tenant.id, id);
  if (!r) notFound();
  const [t, votes, format] = await Promise.all([
    getTranslations("oversightInquiry.public"),
    getTranslations("votes"),
    getFormatter(),
  ]);
  const v = r.view;
  const day = v.sessionOn ? format.dateTime(new Date(`${v.sessionOn}T00:00:00+08:00`), "date") : null;
  const rect = r.rectification;
  return (
    <PublicShell tenant={tenant}>
      <article className="mx-auto max-w-3xl space-y-8">
        <PageHeader
          title={r.topic}
          description={[t("title"), r.committee, String(r.year)].filter(Boolean).join(" · ")}
        />
        <Link href={`/${tenant.slug}/oversight?year=${r.year}`} className="-mt-4 block text-brand-700 underline">
          {t("back")}
        </Link>
        {r.summary && <p className="whitespace-pre-wrap break-words text-gray-900">{r.summary}</p>}
        <FactList
          rows={[
            [t("reasons"), v.reasons ? <span className="whitespace-pre-wrap">{v.reasons}</span> : null],
            [
              t("research"),
              (await getTranslations("oversightInquiry.panel"))("researchValue", {
                sent: v.questionnaires,
                returned: v.questionnaireResponses,
                forums: v.forums,
                visits: v.visits,
              }),
            ],
            [t("session"), day ? [day, v.sessionPlace].filter(Boolean).join(" ") : null],
          ]}
        />

        <section aria-labelledby="respondents" className="space-y-2">
          <h2 id="respondents" className="text-lg font-semibold text-gray-900">
            {t("respondents")}
          </h2>
          <ul className="space-y-1 text-gray-800">
            {v.respondents.map((x) => (
              <li key={x.id}>
                <span className="font-medium">{x.unitName}</span> {x.officials}
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="qa" className="space-y-3">
          <h2 id="qa" className="text-lg font-semibold text-gray-900">
            {t("qa")}
          </h2>
          <ol className="space-y-4">
            {v.questions.map((x) => (
              <li
                key={x.id}
                className={`rounded-lg border border-gray-200 bg-white p-4 ${x.parentId ? "ml-4 sm:ml-8" : ""}`}
              >
                <p className="text-sm font-medium text-gray-900">
                  {x.parentId ? `${t("followUp")} · ` : ""}
                  {t("asks", { name: x.questionerName })}
                </p>
                <p className="mt-1 whitespace-pre-wrap break-words text-gray-900">{x.question}</p>
                {x.answer && (
                  <>
                    <p className="mt-3 text-sm font-medium text-gray-900">
                      {t("answers", {
                        name: [x.respondentName, x.answererName].filter(Boolean).join(" ") || "—",
                      })}
                    </p>
                    <p className="mt-1 whitespace-pre-wrap break-words text-gray-800">{x.answer}</p>
                  </>
                )}
              </li>
            ))}
          </ol>
        </section>

        {r.votes.length > 0 && (
          <section aria-labelledby="votes" className="space-y-3">
            <h2 id="votes" className="text-lg font-semibold text-gray-900">
              {t("votes")}
            </h2>
            {r.votes.map((p) => (
              <div key={p.pollId} className="space-y-2">
                <p className="text-sm text-gray-800">{t("turnout", { voters: p.voters, voted: p.voted })}</p>
                <p className="text-xs text-gray-600">{votes("pseudoAnonymous")}</p>
                <ResultsTable r={p} />
              </div>
            ))}
          </section>
        )}

        <section aria-labelledby="rectification" className="space-y-2">
          <h2 id="rectification" className="text-lg font-semibold text-gray-900">
            {t("rectification")}
          </h2>
          <p className="text-gray-800">
            {rect.total === 0
              ? t("noRectification")
              : t("rectificationValue", {
                  total: rect.total,
                  accepted: rect.byStatus.ACCEPTED,
                  open: rect.byStatus.OPEN + rect.byStatus.RETURNED + rect.byStatus.REOPENED,
                  submitted: rect.byStatus.SUBMITTED,
                  overdue: rect.overdue,
                })}
          </p>
        </section>
      </article>
    </PublicShell>
  );
}
