// 代表意见: the drafts open to deputies' comments now, each with how many opinions this deputy has sent.
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { buttonClasses, EmptyState, PageHeader } from "@/components/ui";
import { requireMember } from "@/lib/guards";
import { openDeputyConsultations } from "@/lib/modules/consultation";
import { titled } from "@/lib/page-title";

export const generateMetadata = titled("consultation.deputy.title");

type Props = { params: Promise<{ tenant: string }> };

export default async function DeputyConsultationsPage({ params }: Props) {
  const { tenant, member, allowed } = await requireMember((await params).tenant, "consultation.comment");
  if (!allowed) return <NoAccess />;
  const [t, format, rows] = await Promise.all([
    getTranslations("consultation.deputy"),
    getFormatter(),
    openDeputyConsultations(tenant.id, member.id),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("intro")} />
      {rows.length === 0 ? (
        <EmptyState title={t("none")} />
      ) : (
        <ul className="space-y-3">
          {rows.map((c) => (
            <li
              key={c.id}
              className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-gray-200 bg-white p-4"
            >
              <span className="min-w-0">
                <span className="block font-medium text-gray-900">{c.title}</span>
                <span className="text-sm text-gray-700">
                  {t("closes", { date: format.dateTime(c.endsAt, "date") })}
                  {c.mine > 0 && ` · ${t("mine", { count: c.mine })}`}
                </span>
              </span>
              <Link href={`/${tenant.slug}/console/consultations/deputy/${c.id}`} className={buttonClasses("primary")}>
                {t("open")}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
