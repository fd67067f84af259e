import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { ArticleChangeItem } from "@/components/legislation/ArticleChangeItem";
import { CompareChooser } from "@/components/legislation/CompareChooser";
import { isUuid, linkClasses } from "@/components/legislation/util";
import { EmptyState, PageHeader } from "@/components/ui";
import { requireMember } from "@/lib/guards";
import { compareDraftVersions, getDraftVersion, getRegulation } from "@/lib/modules/legislation";
import { objectTitle } from "@/lib/page-title";

type Props = {
  params: Promise<{ tenant: string }>;
  searchParams: Promise<{ from?: string; to?: string; all?: string }>;
};
const KINDS = ["changed", "added", "removed", "renumbered", "unchanged"] as const;

export async function generateMetadata({ params, searchParams }: Props) {
  const [{ tenant }, { from, to }] = await Promise.all([params, searchParams]);
  // The heading names both versions: read them (not their comparison) for a member who may see them.
  return objectTitle(tenant, "legislation.view", { section: "legislation.board.title" }, async (tenantId) => {
    if (!isUuid(from) || !isUuid(to)) return null;
    const [a, b, t] = await Promise.all([
      getDraftVersion(tenantId, from),
      getDraftVersion(tenantId, to),
      getTranslations("legislation.compare"),
    ]);
    if (!a || !b?.regulation || a.version.regulationId !== b.version.regulationId) return null;
    return t("title", { from: a.version.label, to: b.version.label });
  });
}

/** Two versions of one regulation compared article by article; unchanged articles are hidden unless asked for. */
export default async function CompareDraftsPage({ params, searchParams }: Props) {
  const { tenant, allowed } = await requireMember((await params).tenant, "legislation.view");
  if (!allowed) return <NoAccess />;
  const { from, to, all } = await searchParams;
  if (!isUuid(from) || !isUuid(to)) notFound();
  const result = await compareDraftVersions(tenant.id, from, to);
  if (!result?.regulation) notFound();
  const [t, reg] = await Promise.all([
    getTranslations("legislation.compare"),
    getRegulation(tenant.id, result.regulation.id),
  ]);
  const base = `/${tenant.slug}/console/legislation`;
  const counts = Object.fromEntries(KINDS.map((k) => [k, result.changes.filter((c) => c.kind === k).length]));
  const shown = all ? result.changes : result.changes.filter((c) => c.kind !== "unchanged");
  const toggle = `${base}/drafts/compare?from=${from}&to=${to}${all ? "" : "&all=1"}`;
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title", { from: result.from.label, to: result.to.label })}
        description={result.regulation.title}
      />
      <p className="-mt-4 text-sm">
        <Link href={`${base}/regulations/${result.regulation.id}`} className={linkClasses}>
          {t("backToRegulation")}
        </Link>
      </p>
      <CompareChooser
        drafts={(reg?.drafts ?? []).map((d) => ({
          id: d.id,
          label: t("versionOption", { no: d.versionNo, label: d.label }),
        }))}
        from={from}
        to={to}
      />
      <section aria-labelledby="summary" className="space-y-3">
        <h2 id="summary" className="text-lg font-semibold text-gray-900">
          {t("summary")}
        </h2>
        <dl className="grid grid-cols-2 gap-2 sm:grid-cols-5">
          {KINDS.map((k) => (
            <div key={k} className="rounded-lg border border-gray-200 bg-white p-3">
              <dt className="text-sm text-gray-700">{t(`kind.${k}`)}</dt>
              <dd className="text-xl font-semibold tabular-nums">{counts[k]}</dd>
            </div>
          ))}
        </dl>
        <p className="text-sm text-gray-700">
          {t.rich("legend", {
            ins: (chunks) => (
              <ins className="bg-green-100 underline decoration-green-800 decoration-2 underline-offset-4">
                {chunks}
              </ins>
            ),
            del: (chunks) => <del className="bg-red-100 line-through decoration-red-800 decoration-2">{chunks}</del>,
          })}
        </p>
      </section>
      <section aria-labelledby="articles" className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="articles" className="text-lg font-semibold text-gray-900">
            {t("articles")}
          </h2>
          <Link href={toggle} className={linkClasses}>
            {all ? t("hideUnchanged") : t("showAll", { count: counts.unchanged ?? 0 })}
          </Link>
        </div>
        {shown.length === 0 ? (
          <EmptyState title={t("noChanges")} />
        ) : (
          <ol className="space-y-3">
            {shown.map((c, i) => (
              <ArticleChangeItem key={i} change={c} />
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
