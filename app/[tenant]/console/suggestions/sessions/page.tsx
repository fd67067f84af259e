// 人代会会议: the office records the sessions of the city's congress (suggestions made at one are due by its
// deadline and counted in its year) and corrects them. Phone first: each session a card.
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { SessionForm } from "@/components/suggestions/submit/SessionForm";
import {
  Badge,
  Card,
  CardBody,
  CardHeader,
  CardTitle,
  EmptyState,
  FactList,
  PageHeader,
  buttonClasses,
} from "@/components/ui";
import { requireMember } from "@/lib/guards";
import { listSessions } from "@/lib/modules/suggestions";
import { titled } from "@/lib/page-title";

export const generateMetadata = titled("suggestionsSubmit.sessions.title");

export default async function SessionsPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant, allowed } = await requireMember((await params).tenant, "suggestion.manage");
  if (!allowed) return <NoAccess />;
  const [t, format, sessions] = await Promise.all([
    getTranslations("suggestionsSubmit.sessions"),
    getFormatter(),
    listSessions(tenant.id),
  ]);
  const day = (d: string) => format.dateTime(new Date(`${d}T00:00:00+08:00`), "date");
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <Link href={`/${tenant.slug}/console/suggestions/new`} className={buttonClasses("secondary")}>
            {t("newSuggestion")}
          </Link>
        }
      />
      <Card as="section" aria-labelledby="new-session">
        <CardHeader>
          <CardTitle id="new-session">{t("new")}</CardTitle>
        </CardHeader>
        <CardBody>
          <SessionForm tenantSlug={tenant.slug} />
        </CardBody>
      </Card>
      <section aria-labelledby="session-list" className="space-y-4">
        <h2 id="session-list" className="text-lg font-semibold text-gray-900">
          {t("list")}
        </h2>
        {sessions.length === 0 && <EmptyState title={t("empty")} />}
        {sessions.map((s) => (
          <Card key={s.id} as="article" aria-labelledby={`session-${s.id}`}>
            <CardHeader>
              <div className="flex flex-wrap items-center gap-2">
                <CardTitle id={`session-${s.id}`}>{s.name}</CardTitle>
                <Badge tone={s.open ? "success" : "neutral"}>{s.open ? t("open") : t("closed")}</Badge>
              </div>
            </CardHeader>
            <CardBody className="space-y-3">
              <FactList
                compact
                rows={[
                  [t("termNumber"), t("termNumberValue", { term: s.term, number: s.number })],
                  [t("year"), String(s.year)],
                  [t("days"), `${day(s.opensOn)} – ${day(s.closesOn)}`],
                  [t("deadlineOn"), day(s.deadlineOn)],
                ]}
              />
              <details>
                <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("edit")}</summary>
                <div className="mt-3">
                  <SessionForm tenantSlug={tenant.slug} session={s} />
                </div>
              </details>
            </CardBody>
          </Card>
        ))}
      </section>
    </div>
  );
}
