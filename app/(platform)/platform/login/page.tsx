import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/common/LanguageSwitch";
import { LoginForm } from "@/components/identity/LoginForm";
import { PlatformShell } from "@/components/shell";
import { Card, CardBody, PageHeader } from "@/components/ui";
import { titled } from "@/lib/page-title";

export const generateMetadata = titled("platform.login.title");

export default async function PlatformLoginPage() {
  const t = await getTranslations("platform");
  return (
    <PlatformShell title={t("brand")} actions={<LanguageSwitch />}>
      <div className="mx-auto w-full max-w-sm">
        <PageHeader title={t("login.title")} />
        <Card>
          <CardBody>
            <LoginForm provider="platform" redirectTo="/platform" />
          </CardBody>
        </Card>
      </div>
    </PlatformShell>
  );
}
