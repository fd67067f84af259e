import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/common/LanguageSwitch";
import { SignOutButton } from "@/components/common/SignOutButton";
import { CreateTenantForm } from "@/components/platform/CreateTenantForm";
import { PlatformShell } from "@/components/shell";
import {
  Badge,
  Card,
  CardBody,
  CardHeader,
  CardTitle,
  PageHeader,
  Table,
  TBody,
  Td,
  Th,
  THead,
  Tr,
} from "@/components/ui";
import { requireOperator } from "@/lib/guards";
import { listAllTenants } from "@/lib/modules/tenancy";
import { titled } from "@/lib/page-title";

export const dynamic = "force-dynamic";

export const generateMetadata = titled("platform.admin.title");

export default async function PlatformAdminPage() {
  const operator = await requireOperator();
  const [t, format, tenants] = await Promise.all([getTranslations("platform"), getFormatter(), listAllTenants()]);
  return (
    <PlatformShell
      title={t("brand")}
      actions={
        <>
          <LanguageSwitch />
          <SignOutButton callbackUrl="/platform/login" />
        </>
      }
    >
      <PageHeader title={t("admin.title")} description={t("admin.signedInAs", { name: operator.displayName })} />
      <div className="space-y-6">
        <Table label={t("admin.tenants")}>
          <THead>
            <Tr>
              <Th>{t("admin.fullName")}</Th>
              <Th>{t("admin.slug")}</Th>
              <Th>{t("admin.province")}</Th>
              <Th>{t("admin.users")}</Th>
              <Th>{t("admin.status")}</Th>
              <Th>{t("admin.created")}</Th>
            </Tr>
          </THead>
          <TBody>
            {tenants.map((x) => (
              <Tr key={x.id}>
                <Td>
                  <Link href={`/${x.slug}`} className="text-brand-700 underline-offset-2 hover:underline">
                    {x.fullName}
                  </Link>
                </Td>
                <Td>
                  <code>{x.slug}</code>
                </Td>
                <Td>{x.province}</Td>
                <Td className="tabular-nums">{x.userCount}</Td>
                <Td>
                  {x.active ? <Badge tone="success">{t("admin.active")}</Badge> : <Badge>{t("admin.inactive")}</Badge>}
                </Td>
                <Td>{format.dateTime(x.createdAt, "date")}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
        <Card as="section">
          <CardHeader>
            <CardTitle>{t("admin.createTitle")}</CardTitle>
          </CardHeader>
          <CardBody>
            <CreateTenantForm />
          </CardBody>
        </Card>
      </div>
    </PlatformShell>
  );
}
