import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { ContactPointForm } from "@/components/contact-points/ContactPointForm";
import { linkClasses } from "@/components/legislation/util";
import { Card, CardBody, PageHeader } from "@/components/ui";
import { todayInShanghai } from "@/lib/dates";
import { requireMember } from "@/lib/guards";
import { contactPointChoices } from "@/lib/modules/contact-points";
import { titled } from "@/lib/page-title";

export const generateMetadata = titled("contactPoints.form.newTitle");

/** Adds a point to the registry. */
export default async function NewContactPointPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant, allowed } = await requireMember((await params).tenant, "contactPoint.manage");
  if (!allowed) return <NoAccess />;
  const [t, choices] = await Promise.all([getTranslations("contactPoints.form"), contactPointChoices(tenant.id)]);
  return (
    <div className="space-y-4">
      <PageHeader title={t("newTitle")} description={t("newDescription")} />
      <Link href={`/${tenant.slug}/console/contact-points`} className={linkClasses}>
        {t("back")}
      </Link>
      <Card>
        <CardBody>
          <ContactPointForm
            tenantSlug={tenant.slug}
            areas={choices.areas}
            coordinators={choices.coordinators}
            today={todayInShanghai()}
          />
        </CardBody>
      </Card>
    </div>
  );
}
