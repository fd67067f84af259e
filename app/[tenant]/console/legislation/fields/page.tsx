import { getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { FieldNameForm } from "@/components/legislation/FieldNameForm";
import { Card, CardBody, EmptyState, PageHeader } from "@/components/ui";
import { can } from "@/lib/authz";
import { requireMember } from "@/lib/guards";
import { listLegalFields } from "@/lib/modules/legislation";
import { titled } from "@/lib/page-title";

export const generateMetadata = titled("legislation.fields.title");

/** 立法领域: the city's own classification of proposals, plan items and regulations. */
export default async function FieldsPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant, member, allowed } = await requireMember((await params).tenant, "legislation.view");
  if (!allowed) return <NoAccess />;
  const [t, fields] = await Promise.all([getTranslations("legislation.fields"), listLegalFields(tenant.id)]);
  const manage = can(member.roles, "legislation.manage");
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      {fields.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <ul className="space-y-3">
          {fields.map((f) => (
            <li key={f.id}>
              <Card>
                <CardBody>
                  {manage ? (
                    <FieldNameForm tenantSlug={tenant.slug} field={f} />
                  ) : (
                    <span className="font-medium">{f.name}</span>
                  )}
                </CardBody>
              </Card>
            </li>
          ))}
        </ul>
      )}
      {manage && (
        <Card as="section">
          <CardBody>
            <FieldNameForm tenantSlug={tenant.slug} />
          </CardBody>
        </Card>
      )}
    </div>
  );
}
