import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { PublicShell } from "@/components/legislation-public/PublicShell";
import { EmptyState, PageHeader, Pagination } from "@/components/ui";
import { requireTenant } from "@/lib/guards";
import { loadPublicBoard } from "@/lib/modules/citizen-messages";
import { titled } from "@/lib/page-title";

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<{ page?: string | string[] }> };

export const generateMetadata = titled("citizenMessagesPublic.board.title");

/** The public board: replied messages published with the writers' consent, anonymised; 404 unless the city has it on. */
export default async function MessageBoardPage({ params, searchParams }: Props) {
  const tenant = await requireTenant((await params).tenant);
  const raw = (await searchParams).page;
  const page = Math.min(10_000, Math.max(1, Number.parseInt(typeof raw === "string" ? raw : "1", 10) || 1));
  const board = await loadPublicBoard(tenant, page);
  if (!board) notFound();
  const [t, cm, format] = await Promise.all([
    getTranslations("citizenMessagesPublic.board"),
    getTranslations("citizenMessages"),
    getFormatter(),
  ]);
  const pageCount = Math.max(1, Math.ceil(board.total / board.pageSize));
  return (
    <PublicShell tenant={tenant}>
      <div className="mx-auto max-w-3xl">
        <PageHeader title={t("title")} description={t("description")} />
        {board.rows.length === 0 ? (
          <EmptyState title={t("empty")} />
        ) : (
          <>
            <p className="mb-3 text-sm text-gray-700">{t("count", { count: board.total })}</p>
            <ul className="space-y-4">
              {board.rows.map((m, i) => (
                <li key={m.id}>
                  <article
                    aria-labelledby={`board-${i}`}
                    className="space-y-3 rounded-lg border border-gray-200 bg-white p-4"
                  >
                    <h2 id={`board-${i}`} className="text-lg font-semibold text-gray-900 [overflow-wrap:anywhere]">
                      {m.title}
                    </h2>
                    <p className="text-sm text-gray-700">
                      {[
                        m.stationName,
                        m.categoryIsCode ? cm(`categories.${m.category}` as never) : m.category,
                        t("submittedOn", { date: format.dateTime(new Date(m.submittedAt), "date") }),
                      ]
                        .filter(Boolean)
                        .join(" · ")}
                    </p>
                    <p className="whitespace-pre-line leading-7 text-gray-900 [overflow-wrap:anywhere]">{m.body}</p>
                    {m.replies.map((r) => (
                      <div key={`${r.round}-${r.releasedAt}`} className="rounded-md bg-gray-50 p-3">
                        <h3 className="text-sm font-semibold text-gray-900">
                          {m.replies.length > 1 ? t("replyRound", { round: r.round }) : t("reply")}
                          <span className="ml-2 font-normal text-gray-700">
                            {format.dateTime(new Date(r.releasedAt), "date")}
                          </span>
                        </h3>
                        <p className="whitespace-pre-line leading-7 text-gray-900 [overflow-wrap:anywhere]">{r.body}</p>
                      </div>
                    ))}
                  </article>
                </li>
              ))}
            </ul>
            {pageCount > 1 && (
              <Pagination
                className="mt-6"
                page={Math.min(page, pageCount)}
                pageCount={pageCount}
                hrefFor={(p) => `/${tenant.slug}/messages?page=${p}`}
                labels={{
                  nav: t("pages"),
                  previous: t("prev"),
                  next: t("next"),
                  page: (p) => t("page", { page: p }),
                }}
              />
            )}
          </>
        )}
      </div>
    </PublicShell>
  );
}
