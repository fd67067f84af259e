import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { ResetPasswordForm } from "@/components/identity/ResetPasswordForm";
import { UserForm } from "@/components/identity/UserForm";
import { Alert, Card, CardBody, CardHeader, CardTitle, PageHeader } from "@/components/ui";
import { can } from "@/lib/authz";
import { maskContact, maskPhone } from "@/lib/format";
import { requireMember } from "@/lib/guards";
import { getUser, listScopeChoices, revealUserPhoneAction } from "@/lib/modules/identity";
import { objectTitle } from "@/lib/page-title";

type Props = { params: Promise<{ tenant: string; id: string }>; searchParams: Promise<{ created?: string }> };

export async function generateMetadata({ params }: Props) {
  const { tenant, id } = await params;
  return objectTitle(
    tenant,
    "user.manage",
    { section: "console.users.title" },
    async (tenantId) => (await getUser(tenantId, id))?.displayName,
  );
}

export default async function EditUserPage({ params, searchParams }: Props) {
  const { tenant: slug, id } = await params;
  const { tenant, member, allowed } = await requireMember(slug, "user.manage");
  if (!allowed) return <NoAccess />;
  const user = await getUser(tenant.id, id);
  if (!user) notFound();
  const t = await getTranslations("console.users");
  const scopes = await listScopeChoices(tenant.id);
  return (
    <div className="space-y-6">
      <PageHeader title={user.displayName} description={`${t("username")}: ${user.username}`} />
      {(await searchParams).created && <Alert tone="success">{t("created")}</Alert>}
      <Card>
        <CardBody>
          <UserForm
            tenantSlug={tenant.slug}
            scopes={scopes}
            revealPhone={
              user.phone && can(member.roles, "contact.reveal")
                ? revealUserPhoneAction.bind(null, tenant.slug, { userId: user.id })
                : undefined
            }
            user={{
              id: user.id,
              username: user.username,
              displayName: user.displayName,
              // Masked: the whole number reaches the page only through the audited reveal.
              phone: maskPhone(user.phone) || null,
              email: maskContact(user.email) || null,
              active: user.active,
              roles: user.roles,
            }}
          />
        </CardBody>
      </Card>
      <Card as="section">
        <CardHeader>
          <CardTitle>{t("resetPassword")}</CardTitle>
        </CardHeader>
        <CardBody>
          <ResetPasswordForm tenantSlug={tenant.slug} userId={user.id} />
        </CardBody>
      </Card>
    </div>
  );
}
