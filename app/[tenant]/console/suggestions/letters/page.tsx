import { getFormatter, getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { linkClasses } from "@/components/legislation/util";
import { IssueLettersForm } from "@/components/suggestions/review/IssueLettersForm";
import {
  buttonClasses,
  Card,
  CardBody,
  CardHeader,
  CardTitle,
  EmptyState,
  Label,
  PageHeader,
  Select,
} from "@/components/ui";
import { can } from "@/lib/authz";
import { requireMember } from "@/lib/guards";
import { letterBatchChoices, listLetters, pendingLetterAssignments, viewerUnitIds } from "@/lib/modules/suggestions";
import { titled } from "@/lib/page-title";

export const generateMetadata = titled("suggestionsReview.letters.title");

type Params = { params: Promise<{ tenant: string }> };

/** 交办函: the office issues letters for the assignments not yet in one and downloads them (one, or a year's or a
 *  session's batch as a .zip); a unit sees and downloads the letters sent to it. */
export default async function SuggestionLettersPage({ params }: Params) {
  const { tenant: slug } = await params;
  const { tenant, member, allowed } = await requireMember(slug, "suggestion.view");
  const office = can(member.roles, "suggestion.manage");
  const units = viewerUnitIds(member);
  if (!allowed || (!office && units.length === 0)) return <NoAccess />;
  const [t, format, letters, pending, choices] = await Promise.all([
    getTranslations("suggestionsReview.letters"),
    getFormatter(),
    listLetters(tenant.id, office ? undefined : units),
    office ? pendingLetterAssignments(tenant.id) : [],
    office ? letterBatchChoices(tenant.id) : null,
  ]);
  const base = `/${tenant.slug}/console/suggestions/letters`;
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      {office && (
        <Card as="section" aria-labelledby="issue-letters">
          <CardHeader>
            <CardTitle id="issue-letters">{t("issueTitle")}</CardTitle>
          </CardHeader>
          <CardBody>
            <IssueLettersForm tenantSlug={tenant.slug} pending={pending.length} />
          </CardBody>
        </Card>
      )}
      {choices && choices.years.length > 0 && (
        <Card as="section" aria-labelledby="batch-letters">
          <CardHeader>
            <CardTitle id="batch-letters">{t("batchTitle")}</CardTitle>
          </CardHeader>
          <CardBody>
            <form method="get" action={`${base}/batch`} className="flex flex-col gap-3 sm:flex-row sm:items-end">
              <div>
                <Label htmlFor="batch-year">{t("year")}</Label>
                <Select id="batch-year" name="year" defaultValue={String(choices.years[0])}>
                  {choices.years.map((y) => (
                    <option key={y} value={y}>
                      {y}
                    </option>
                  ))}
                </Select>
              </div>
              <div>
                <Label htmlFor="batch-session">{t("session")}</Label>
                <Select id="batch-session" name="session" defaultValue="">
                  <option value="">{t("allSessions")}</option>
                  {choices.sessions.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name}
                    </option>
                  ))}
                </Select>
              </div>
              <button type="submit" className={buttonClasses("secondary")}>
                {t("downloadBatch")}
              </button>
            </form>
          </CardBody>
        </Card>
      )}
      <section aria-labelledby="letter-list" className="space-y-3">
        <h2 id="letter-list" className="text-lg font-semibold text-gray-900">
          {t("listTitle")}
        </h2>
        {letters.length === 0 ? (
          <EmptyState title={t("empty")} />
        ) : (
          <ul className="divide-y divide-gray-200 rounded-lg border border-gray-200 bg-white">
            {letters.map((l) => (
              <li key={l.id} className="flex flex-col gap-1 p-4 sm:flex-row sm:items-center sm:justify-between">
                <div className="min-w-0">
                  <div className="font-medium text-gray-900">
                    {t("number", { year: l.year, number: l.number })} · {l.unitName}
                  </div>
                  <div className="text-sm text-gray-600">
                    {t("facts", { count: l.count, date: format.dateTime(l.issuedAt, "date") })}
                  </div>
                </div>
                <a href={`${base}/${l.id}`} className={linkClasses} aria-label={t("downloadOne", { unit: l.unitName })}>
                  {t("download")}
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
