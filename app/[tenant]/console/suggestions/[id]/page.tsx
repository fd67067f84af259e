import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { linkClasses } from "@/components/legislation/util";
import { HandlingPanel } from "@/components/suggestions/HandlingPanel";
import { categoryLabel, numberLabel } from "@/components/suggestions/labels";
import { ReviewPanel } from "@/components/suggestions/ReviewPanel";
import { PublishPanel } from "@/components/suggestions/stats/PublishPanel";
import { SubmitPanel } from "@/components/suggestions/SubmitPanel";
import { SuggestionTimeline } from "@/components/suggestions/SuggestionTimeline";
import { Badge, Card, CardBody, CardHeader, CardTitle, FactList, PageHeader } from "@/components/ui";
import { requireMember } from "@/lib/guards";
import { getSuggestion, loadViewer } from "@/lib/modules/suggestions";
import { objectTitle } from "@/lib/page-title";

type Params = { params: Promise<{ tenant: string; id: string }> };

export async function generateMetadata({ params }: Params) {
  const { tenant, id } = await params;
  return objectTitle(
    tenant,
    "suggestion.view",
    { section: "console.nav.suggestions" },
    async (tenantId, member) => (await getSuggestion(tenantId, await loadViewer(member), id))?.title,
  );
}

/** One suggestion: its text and signers, its units, and each part's panel (the drafting and co-signing, the
 *  office's review and assignment, the units' handling and the deputy's rating), then its timeline. */
export default async function SuggestionPage({ params }: Params) {
  const { tenant: slug, id } = await params;
  const { tenant, member, allowed } = await requireMember(slug, "suggestion.view");
  if (!allowed) return <NoAccess />;
  const viewer = await loadViewer(member);
  // Not seen by this member, or another city's: the same 404 as an id that does not exist.
  const s = await getSuggestion(tenant.id, viewer, id);
  if (!s) notFound();
  const [t, base, format] = await Promise.all([
    getTranslations("suggestions.detail"),
    getTranslations("suggestions"),
    getFormatter(),
  ]);
  const day = (d: string) => format.dateTime(new Date(`${d}T00:00:00+08:00`), "date");
  const panel = { tenant, member, viewer, s };
  const active = s.assignments.filter((a) => a.active);
  return (
    <div className="space-y-6">
      <PageHeader
        title={s.title}
        description={[
          numberLabel(base, s),
          base(`kind.${s.kind}`),
          base(`timing.${s.timing}`),
          categoryLabel((k) => base(`categories.${k}` as never), s.category),
        ]
          .filter(Boolean)
          .join(" · ")}
      />
      <div className="-mt-4 flex flex-wrap items-center gap-3 text-sm">
        <Badge tone="info">{base(`status.${s.status}`)}</Badge>
        {s.isKey && <Badge tone="warning">{t("key")}</Badge>}
        {s.replyCategory && <Badge tone="success">{base(`replyCategoryShort.${s.replyCategory}`)}</Badge>}
        <Link href={`/${tenant.slug}/console/suggestions`} className={linkClasses}>
          {t("back")}
        </Link>
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <Card as="section" aria-labelledby="facts">
            <CardHeader>
              <CardTitle id="facts">{t("facts")}</CardTitle>
            </CardHeader>
            <CardBody className="space-y-4">
              <p className="whitespace-pre-wrap break-words text-gray-900">{s.body}</p>
              <FactList
                rows={[
                  [t("reason"), s.reason],
                  [t("onBehalf"), s.onBehalf ? "✓" : null],
                ]}
              />
            </CardBody>
          </Card>
          <Card as="section" aria-labelledby="signers">
            <CardHeader>
              <CardTitle id="signers">{t("signers")}</CardTitle>
            </CardHeader>
            <CardBody>
              <ul className="flex flex-wrap gap-2 text-sm">
                {s.signers.map((x) => (
                  <li key={x.id} className="rounded-md border border-gray-200 px-2 py-1">
                    <span className="font-medium text-gray-900">{x.name}</span>{" "}
                    <span className="text-gray-600">
                      {base(`signerRole.${x.role}`)}
                      {x.role === "COSIGNER" &&
                        ` · ${x.confirmedAt ? t("confirmed") : x.declinedAt ? t("declined") : t("pending")}`}
                    </span>
                  </li>
                ))}
              </ul>
            </CardBody>
          </Card>
          {active.length > 0 && (
            <Card as="section" aria-labelledby="units">
              <CardHeader>
                <CardTitle id="units">{t("units")}</CardTitle>
              </CardHeader>
              <CardBody>
                <FactList
                  rows={active.map((a) => [
                    base(`assignmentRole.${a.role}`),
                    `${a.unitName} · ${t("dueOn")} ${day(a.role === "LEAD" ? a.dueOn : (a.viewDueOn ?? a.dueOn))}`,
                  ])}
                />
              </CardBody>
            </Card>
          )}
          <SubmitPanel {...panel} />
          <ReviewPanel {...panel} />
          <HandlingPanel {...panel} />
        </div>
        <div className="min-w-0 space-y-6">
          <PublishPanel {...panel} />
          <Card as="section" aria-labelledby="timeline">
            <CardHeader>
              <CardTitle id="timeline">{t("timeline")}</CardTitle>
            </CardHeader>
            <CardBody>
              <SuggestionTimeline events={s.events} />
            </CardBody>
          </Card>
        </div>
      </div>
    </div>
  );
}
