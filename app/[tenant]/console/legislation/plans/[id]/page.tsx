import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { PlanItemForm, type SourceItem } from "@/components/legislation/PlanItemForm";
import { PlanItemsTable } from "@/components/legislation/PlanItemsTable";
import { PublishButton } from "@/components/legislation/PublishButton";
import { linkClasses } from "@/components/legislation/util";
import {
  Alert,
  Badge,
  buttonClasses,
  Card,
  CardBody,
  CardHeader,
  CardTitle,
  EmptyState,
  PageHeader,
} from "@/components/ui";
import { can } from "@/lib/authz";
import { requireMember } from "@/lib/guards";
import { getPlan, listLegalFields, listPlans } from "@/lib/modules/legislation";
import { listCommittees, listUnits } from "@/lib/modules/tenancy";
import { objectTitle } from "@/lib/page-title";

export async function generateMetadata({ params }: { params: Promise<{ tenant: string; id: string }> }) {
  const { tenant, id } = await params;
  return objectTitle(
    tenant,
    "legislation.view",
    { section: "legislation.plans.title" },
    async (tenantId) => (await getPlan(tenantId, id))?.plan.title,
  );
}

/** A plan with its items and their progress; legislative staff add items and publish it. */
export default async function PlanPage({ params }: { params: Promise<{ tenant: string; id: string }> }) {
  const { tenant: slug, id } = await params;
  const { tenant, member, allowed } = await requireMember(slug, "legislation.view");
  if (!allowed) return <NoAccess />;
  const data = await getPlan(tenant.id, id);
  if (!data) notFound();
  const { plan, items } = data;
  const manage = can(member.roles, "legislation.manage");
  const [t, terms, format] = await Promise.all([
    getTranslations("legislation.plan"),
    getTranslations("legislationTerms.planKind"),
    getFormatter(),
  ]);
  const base = `/${tenant.slug}/console/legislation`;
  const years = Array.from({ length: plan.endYear - plan.startYear + 1 }, (_, i) => plan.startYear + i);
  return (
    <div className="space-y-6">
      <PageHeader
        title={plan.title}
        description={[
          terms(plan.kind),
          plan.term,
          years.length === 1
            ? t("oneYear", { year: plan.startYear })
            : t("yearRange", { from: plan.startYear, to: plan.endYear }),
        ]
          .filter(Boolean)
          .join(" · ")}
        actions={
          manage &&
          !plan.publishedAt &&
          items.length > 0 && (
            <PublishButton
              tenantSlug={tenant.slug}
              target={{ planId: plan.id }}
              label={t("publish")}
              accessibleName={t("publishNamed", { title: plan.title })}
            />
          )
        }
      />
      <div className="-mt-4 flex flex-wrap items-center gap-3 text-sm">
        {plan.publishedAt ? (
          <>
            <Badge tone="success">{t("publishedOn", { date: format.dateTime(plan.publishedAt, "date") })}</Badge>
            <Link href={`/${tenant.slug}/plans/${plan.id}`} className={linkClasses}>
              {t("publicLink")}
            </Link>
          </>
        ) : (
          <Badge>{t("unpublished")}</Badge>
        )}
        <Link href={`${base}/plans`} className={linkClasses}>
          {t("back")}
        </Link>
        {items.length > 0 && (
          <span className="flex gap-2">
            <a href={`${base}/plans/${plan.id}/export?format=docx`} className={buttonClasses("ghost")} download>
              {t("export.docx")}
            </a>
            <a href={`${base}/plans/${plan.id}/export?format=xlsx`} className={buttonClasses("ghost")} download>
              {t("export.xlsx")}
            </a>
          </span>
        )}
      </div>
      {manage && !plan.publishedAt && items.length === 0 && <Alert tone="info">{t("publishNeedsItems")}</Alert>}
      {plan.description && <p className="max-w-prose whitespace-pre-line text-gray-800">{plan.description}</p>}
      <section aria-labelledby="items" className="space-y-3">
        <h2 id="items" className="text-lg font-semibold text-gray-900">
          {t("items", { count: items.length })}
        </h2>
        {items.length === 0 ? (
          <EmptyState title={t("empty")} />
        ) : (
          <PlanItemsTable items={items} base={base} label={t("itemsTable")} />
        )}
      </section>
      {manage && (
        <Card as="section" aria-labelledby="add-item">
          <CardHeader>
            <CardTitle id="add-item">{t("addItem")}</CardTitle>
          </CardHeader>
          <CardBody>
            <PlanItemForm
              tenantSlug={tenant.slug}
              planId={plan.id}
              years={years}
              sources={plan.kind === "ANNUAL" ? await sourceItems(tenant.id, plan.startYear) : []}
              {...await choices(tenant.id)}
            />
          </CardBody>
        </Card>
      )}
    </div>
  );
}

/** Items of the five-year plans covering an annual plan's year: what the annual plan usually draws from. */
async function sourceItems(tenantId: string, year: number): Promise<SourceItem[]> {
  const fiveYear = (await listPlans(tenantId)).filter(
    (p) => p.kind === "FIVE_YEAR" && p.startYear <= year && year <= p.endYear,
  );
  const plans = await Promise.all(fiveYear.map((p) => getPlan(tenantId, p.id)));
  return plans.flatMap((p) =>
    (p?.items ?? []).map((i) => ({
      id: i.id,
      title: i.title,
      planTitle: p!.plan.title,
      category: i.category,
      fieldId: i.fieldId,
      draftingUnitId: i.draftingUnitId,
      leadCommitteeId: i.leadCommitteeId,
    })),
  );
}

async function choices(tenantId: string) {
  const [fields, units, committees] = await Promise.all([
    listLegalFields(tenantId),
    listUnits(tenantId),
    listCommittees(tenantId),
  ]);
  const pick = (rows: { id: string; name: string }[]) => rows.map((r) => ({ id: r.id, name: r.name }));
  return { fields: pick(fields), units: pick(units), committees: pick(committees) };
}
