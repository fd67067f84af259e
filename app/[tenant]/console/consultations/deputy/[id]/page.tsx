// A deputy's comments on one draft under consultation: the form (an article or the whole draft, the opinion) and
// the opinions already sent with their receipt codes. An unknown or another city's consultation is 404 for
// everyone; a member who is not a deputy sees that the page is not theirs.
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { DeputyOpinionForm } from "@/components/consultation/DeputyOpinionForm";
import { Alert, Card, CardBody, CardHeader, CardTitle, PageHeader } from "@/components/ui";
import { can } from "@/lib/authz";
import { requireMember } from "@/lib/guards";
import { deputyConsultation } from "@/lib/modules/consultation";
import { titled } from "@/lib/page-title";

export const generateMetadata = titled("consultation.deputy.title");

type Props = { params: Promise<{ tenant: string; id: string }> };

export default async function DeputyConsultationPage({ params }: Props) {
  const { tenant: slug, id } = await params;
  const { tenant, member } = await requireMember(slug, "consultation.comment");
  const c = await deputyConsultation(tenant.id, member.id, id);
  if (!c) notFound();
  if (!can(member.roles, "consultation.comment")) return <NoAccess />;
  const [t, format] = await Promise.all([getTranslations("consultation.deputy"), getFormatter()]);
  const open = c.takesDeputies && c.state === "OPEN";
  return (
    <div className="space-y-6">
      <PageHeader title={c.title} description={t("closes", { date: format.dateTime(c.endsAt, "date") })} />
      <Link href={`/${tenant.slug}/console/consultations/deputy`} className="-mt-4 block text-brand-700 underline">
        {t("back")}
      </Link>
      {!c.takesDeputies ? (
        <Alert tone="info">{t("noChannel")}</Alert>
      ) : !open ? (
        <Alert tone="info">{t("notOpen")}</Alert>
      ) : (
        <DeputyOpinionForm
          tenantSlug={tenant.slug}
          consultationId={c.id}
          articles={c.articles.map((a) => ({ id: a.id, label: a.label, text: a.text.slice(0, 60) }))}
        />
      )}
      <Card as="section" aria-labelledby="mine">
        <CardHeader>
          <CardTitle id="mine">{t("myOpinions")}</CardTitle>
        </CardHeader>
        <CardBody>
          {c.mine.length === 0 ? (
            <p className="text-sm text-gray-600">{t("noMine")}</p>
          ) : (
            <ul className="divide-y divide-gray-100">
              {c.mine.map((o) => (
                <li key={o.receiptCode} className="space-y-1 py-3">
                  <p className="text-sm text-gray-700">
                    {o.articleLabel ?? t("whole")} · {format.dateTime(o.createdAt, "date")} ·{" "}
                    <Link
                      href={`/${tenant.slug}/track/${o.receiptCode}`}
                      className="font-mono text-brand-800 underline"
                    >
                      {o.receiptCode}
                    </Link>
                  </p>
                  <p className="whitespace-pre-line break-words text-gray-900">{o.content}</p>
                </li>
              ))}
            </ul>
          )}
        </CardBody>
      </Card>
    </div>
  );
}
