import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { PlanForm } from "@/components/legislation/PlanForm";
import { linkClasses } from "@/components/legislation/util";
import {
  Badge,
  Card,
  CardBody,
  CardHeader,
  CardTitle,
  EmptyState,
  PageHeader,
  Table,
  TBody,
  Td,
  Th,
  THead,
  Tr,
} from "@/components/ui";
import { can } from "@/lib/authz";
import { todayInShanghai } from "@/lib/dates";
import { requireMember } from "@/lib/guards";
import { listPlans } from "@/lib/modules/legislation";
import { titled } from "@/lib/page-title";

export const generateMetadata = titled("legislation.plans.title");

/** Five-year plans and annual plans, and (for legislative staff) a new one. */
export default async function PlansPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant, member, allowed } = await requireMember((await params).tenant, "legislation.view");
  if (!allowed) return <NoAccess />;
  const [t, terms, format, plans] = await Promise.all([
    getTranslations("legislation.plans"),
    getTranslations("legislationTerms.planKind"),
    getFormatter(),
    listPlans(tenant.id),
  ]);
  const base = `/${tenant.slug}/console/legislation/plans`;
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      {plans.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <Table label={t("title")}>
          <THead>
            <Tr>
              <Th>{t("planTitle")}</Th>
              <Th>{t("kind")}</Th>
              <Th>{t("years")}</Th>
              <Th className="text-right">{t("items")}</Th>
              <Th>{t("status")}</Th>
            </Tr>
          </THead>
          <TBody>
            {plans.map((p) => (
              <Tr key={p.id}>
                <Td>
                  <Link href={`${base}/${p.id}`} className={linkClasses}>
                    {p.title}
                  </Link>
                  {p.term && <span className="ms-2 text-sm text-gray-600">{p.term}</span>}
                </Td>
                <Td className="whitespace-nowrap">{terms(p.kind)}</Td>
                <Td className="whitespace-nowrap tabular-nums">
                  {p.startYear === p.endYear
                    ? t("oneYear", { year: p.startYear })
                    : t("yearRange", { from: p.startYear, to: p.endYear })}
                </Td>
                <Td className="text-right tabular-nums">{p.items}</Td>
                <Td>
                  {p.publishedAt ? (
                    <Badge tone="success">{t("publishedOn", { date: format.dateTime(p.publishedAt, "date") })}</Badge>
                  ) : (
                    <Badge>{t("unpublished")}</Badge>
                  )}
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
      {can(member.roles, "legislation.manage") && (
        <Card as="section" aria-labelledby="new-plan">
          <CardHeader>
            <CardTitle id="new-plan">{t("new")}</CardTitle>
          </CardHeader>
          <CardBody>
            <PlanForm tenantSlug={tenant.slug} thisYear={Number(todayInShanghai().slice(0, 4))} />
          </CardBody>
        </Card>
      )}
    </div>
  );
}
