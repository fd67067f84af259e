import { getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { UserForm } from "@/components/identity/UserForm";
import { Card, CardBody, PageHeader } from "@/components/ui";
import { requireMember } from "@/lib/guards";
import { listScopeChoices } from "@/lib/modules/identity";
import { titled } from "@/lib/page-title";

export const generateMetadata = titled("console.users.new");

export default async function NewUserPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant, allowed } = await requireMember((await params).tenant, "user.manage");
  if (!allowed) return <NoAccess />;
  const t = await getTranslations("console.users");
  const scopes = await listScopeChoices(tenant.id);
  return (
    <div className="space-y-4">
      <PageHeader title={t("new")} />
      <Card>
        <CardBody>
          <UserForm tenantSlug={tenant.slug} scopes={scopes} />
        </CardBody>
      </Card>
    </div>
  );
}
