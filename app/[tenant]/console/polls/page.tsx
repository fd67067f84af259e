import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { Badge, buttonClasses, Card, CardBody, CardHeader, CardTitle, PageHeader } from "@/components/ui";
import { can } from "@/lib/authz";
import { requireMember } from "@/lib/guards";
import { listPolls, pollsAwaiting } from "@/lib/modules/votes";
import { titled } from "@/lib/page-title";

export const generateMetadata = titled("votes.title");

type Params = { params: Promise<{ tenant: string }> };

/** The polls waiting for my vote (first, big, for a phone); for the committee and offices, every poll. */
export default async function PollsPage({ params }: Params) {
  const { tenant: slug } = await params;
  const { tenant, member, allowed } = await requireMember(slug, "poll.vote");
  if (!allowed) return <NoAccess />;
  const manager = can(member.roles, "poll.manage");
  const [t, mine, all] = await Promise.all([
    getTranslations("votes"),
    pollsAwaiting(tenant.id, member.id),
    manager ? listPolls(tenant.id) : Promise.resolve([]),
  ]);
  const base = `/${tenant.slug}/console/polls`;
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} />
      {manager && (
        <Link href={`${base}/new`} className={buttonClasses("primary")}>
          {t("new")}
        </Link>
      )}
      <Card as="section" aria-labelledby="mine">
        <CardHeader>
          <CardTitle id="mine">{t("myOpen")}</CardTitle>
        </CardHeader>
        <CardBody>
          {mine.length === 0 ? (
            <p className="text-gray-700">{t("none")}</p>
          ) : (
            <ul className="space-y-2">
              {mine.map((p) => (
                <li key={p.id}>
                  <Link
                    href={`${base}/${p.id}`}
                    className="block rounded-md border border-brand-600 px-4 py-3 text-lg font-medium text-brand-800"
                  >
                    {p.title}
                    <span className="block text-sm text-gray-700">{t(`kind.${p.kind}`)}</span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </CardBody>
      </Card>
      {manager && (
        <Card as="section" aria-labelledby="all">
          <CardHeader>
            <CardTitle id="all">{t("manage")}</CardTitle>
          </CardHeader>
          <CardBody>
            {all.length === 0 ? (
              <p className="text-gray-700">{t("none")}</p>
            ) : (
              <ul className="divide-y divide-gray-200">
                {all.map((p) => (
                  <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                    <Link href={`${base}/${p.id}`} className="font-medium text-brand-800 underline">
                      {p.title}
                    </Link>
                    <span className="flex gap-2 text-sm">
                      <Badge tone="info">{t(`kind.${p.kind}`)}</Badge>
                      <Badge tone={p.status === "OPEN" ? "success" : "neutral"}>{t(`status.${p.status}`)}</Badge>
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </CardBody>
        </Card>
      )}
    </div>
  );
}
