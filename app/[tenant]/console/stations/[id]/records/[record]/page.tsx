import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { dayDate, linkClasses } from "@/components/legislation/util";
import { IssueForm } from "@/components/stations/IssueForm";
import { IssueStatusSelect } from "@/components/stations/IssueStatusSelect";
import { Badge, Card, CardBody, CardHeader, CardTitle, FactList, PageHeader } from "@/components/ui";
import { can } from "@/lib/authz";
import { requireMember } from "@/lib/guards";
import { attachmentUrl } from "@/lib/modules/attachments/client";
import { getReceptionRecord, runsStation, seesStation } from "@/lib/modules/stations";
import { objectTitle } from "@/lib/page-title";

type Params = { params: Promise<{ tenant: string; id: string; record: string }> };

async function load(tenantId: string, member: Parameters<typeof seesStation>[0], id: string, recordId: string) {
  if (!seesStation(member, id)) return null;
  const record = await getReceptionRecord(tenantId, recordId);
  return record && record.stationId === id ? record : null;
}

export async function generateMetadata({ params }: Params) {
  const { tenant, id, record } = await params;
  return objectTitle(tenant, "station.view", { section: "stations.record.title" }, async (tenantId, member) => {
    const r = await load(tenantId, member, id, record);
    return r ? `${r.stationName} · ${r.day}` : null;
  });
}

/** One reception record: deputies present, people received, summary, issues (their status editable), photos. */
export default async function RecordPage({ params }: Params) {
  const { tenant: slug, id, record: recordId } = await params;
  const { tenant, member, allowed } = await requireMember(slug, "station.view");
  if (!allowed) return <NoAccess />;
  const record = await load(tenant.id, member, id, recordId);
  if (!record) notFound();
  const [t, categories, statuses, format] = await Promise.all([
    getTranslations("stations.record"),
    getTranslations("stations.category"),
    getTranslations("stations.issueStatus"),
    getFormatter(),
  ]);
  const runs = can(member.roles, "station.operate") && runsStation(member, id);
  return (
    <div className="space-y-6">
      <PageHeader title={format.dateTime(dayDate(record.day), "date")} description={record.stationName} />
      <Link href={`/${tenant.slug}/console/stations/${id}/records`} className={linkClasses}>
        {t("back")}
      </Link>
      <Card>
        <CardBody>
          <FactList
            rows={[
              [t("deputies"), record.deputies.map((d) => d.name).join("、")],
              [t("peopleReceived"), String(record.peopleReceived)],
              [t("summary"), record.summary],
            ]}
          />
        </CardBody>
      </Card>
      <Card as="section" aria-labelledby="issues">
        <CardHeader>
          <CardTitle id="issues">{t("issues", { count: record.issues.length })}</CardTitle>
        </CardHeader>
        <CardBody>
          {record.issues.length === 0 ? (
            <p className="text-sm text-gray-600">{t("noIssues")}</p>
          ) : (
            <ul className="divide-y divide-gray-200">
              {record.issues.map((i, n) => (
                <li key={i.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
                  <div className="min-w-0 grow basis-64">
                    <Badge tone="info">{categories(i.category as never)}</Badge>
                    <p className="mt-1 whitespace-pre-line text-gray-900">{i.content}</p>
                    {runs && <IssueForm tenantSlug={tenant.slug} issue={i} n={n + 1} />}
                  </div>
                  {runs ? (
                    <IssueStatusSelect
                      tenantSlug={tenant.slug}
                      id={i.id}
                      status={i.status}
                      label={t("statusOf", { n: n + 1 })}
                    />
                  ) : (
                    <Badge tone={i.status === "SOLVED" ? "success" : "warning"}>{statuses(i.status)}</Badge>
                  )}
                </li>
              ))}
            </ul>
          )}
        </CardBody>
      </Card>
      {record.photos.length > 0 && (
        <Card as="section" aria-labelledby="photos">
          <CardHeader>
            <CardTitle id="photos">{t("photos")}</CardTitle>
          </CardHeader>
          <CardBody>
            <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3">
              {record.photos.map((p, n) => (
                <li key={p.id}>
                  <a href={attachmentUrl(tenant.slug, p.id)}>
                    {/* eslint-disable-next-line @next/next/no-img-element -- an attachment download, not a static asset */}
                    <img
                      src={attachmentUrl(tenant.slug, p.id, p.phone ? "phone" : "original")}
                      alt={t("photoAlt", { n: n + 1 })}
                      className="aspect-square w-full rounded object-cover"
                    />
                  </a>
                </li>
              ))}
            </ul>
          </CardBody>
        </Card>
      )}
    </div>
  );
}
