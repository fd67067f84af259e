// The workbench (工作台): what is waiting for this member, from every module (lib/workbench.ts), most urgent first;
// then their roles and the parts of the console they may open.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { WorkItemList } from "@/components/workbench/WorkItemList";
import { Badge, Card, CardBody, CardHeader, CardTitle, EmptyState, PageHeader } from "@/components/ui";
import { can } from "@/lib/authz";
import { consoleNavFor } from "@/lib/console-nav";
import { requireMember } from "@/lib/guards";
import { byUrgency, workbenchFor } from "@/lib/workbench";
import { titled } from "@/lib/page-title";

export const generateMetadata = titled("console.nav.dashboard");

export default async function ConsoleHome({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant, member } = await requireMember((await params).tenant);
  const [t, tAll, sections] = await Promise.all([
    getTranslations("console"),
    getTranslations(),
    workbenchFor(tenant, member),
  ]);
  const items = sections.flatMap((s) => s.items).sort(byUrgency);
  const links = consoleNavFor(member.roles, tenant.slug).filter((l) => l.key !== "dashboard");
  const calendarHref = can(member.roles, "calendar.view") ? `/${tenant.slug}/console/calendar` : undefined;
  return (
    <div className="space-y-6">
      <PageHeader title={t("home.title", { name: member.displayName })} description={tenant.fullName} />
      <section aria-labelledby="work" className="space-y-3">
        <h2 id="work" className="text-xl font-semibold text-stone-900">
          {t("home.work")}
        </h2>
        {items.length > 0 ? (
          <WorkItemList items={items} calendarHref={calendarHref} />
        ) : (
          <EmptyState title={t("home.nothing")} description={t("home.nothingBody")} />
        )}
      </section>
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
