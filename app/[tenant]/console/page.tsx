import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge, Card, CardBody, CardHeader, CardTitle, PageHeader } from "@/components/ui";
import { consoleNavFor } from "@/lib/console-nav";
import { requireMember } from "@/lib/guards";
import { consoleSummary } from "@/lib/modules/tenancy";

export default async function ConsoleHome({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant, member } = await requireMember((await params).tenant);
  const t = await getTranslations("console");
  const tAll = await getTranslations();
  const summary = await consoleSummary(tenant.id);
  const links = consoleNavFor(member.roles, tenant.slug).filter((l) => l.key !== "dashboard");
  return (
    <div className="space-y-6">
      <PageHeader title={t("home.title", { name: member.displayName })} description={tenant.fullName} />
      <Card>
        <CardHeader>
          <CardTitle>{t("home.yourRoles")}</CardTitle>
        </CardHeader>
        <CardBody className="flex flex-wrap gap-2">
          {member.roles.map((r) => (
            <Badge key={r} tone="info">
              {t(`roles.${r}`)}
            </Badge>
          ))}
        </CardBody>
      </Card>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {(["areas", "committees", "units", "users"] as const).map((k) => (
          <div key={k} className="rounded-lg border border-stone-200 bg-white p-4">
            <dt className="text-sm text-stone-700">{t(`home.count.${k}`)}</dt>
            <dd className="mt-1 text-2xl font-semibold">{summary[k]}</dd>
          </div>
        ))}
      </dl>
      {links.length > 0 && (
        <nav aria-label={t("home.shortcuts")} className="flex flex-wrap gap-3">
          {links.map((l) => (
            <Link
              key={l.key}
              href={l.href}
              className="rounded-md border border-stone-300 bg-white px-4 py-3 text-sm font-medium hover:border-brand-700"
            >
              {tAll(l.label as never)}
            </Link>
          ))}
        </nav>
      )}
    </div>
  );
}
