import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/identity/ChangePasswordForm";
import { Card, CardBody, PageHeader } from "@/components/ui";
import { requireMember } from "@/lib/guards";
import { titled } from "@/lib/page-title";

export const generateMetadata = titled("console.account.title");

export default async function AccountPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant, member } = await requireMember((await params).tenant, "account.changePassword");
  const t = await getTranslations("console.account");
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description", { username: member.username })} />
      <Card>
        <CardBody>
          <ChangePasswordForm tenantSlug={tenant.slug} />
        </CardBody>
      </Card>
    </div>
  );
}
