import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { ImportPanel } from "@/components/deputies/ImportPanel";
import { linkClasses } from "@/components/legislation/util";
import { buttonClasses, Card, CardBody, PageHeader } from "@/components/ui";
import { requireMember } from "@/lib/guards";
import { titled } from "@/lib/page-title";

export const generateMetadata = titled("deputies.import.title");

/** Import from .xlsx: the template, then the upload checked row by row. */
export default async function ImportDeputiesPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant, allowed } = await requireMember((await params).tenant, "deputy.manage");
  if (!allowed) return <NoAccess />;
  const [t, tf] = await Promise.all([getTranslations("deputies.import"), getTranslations("deputies.form")]);
  const base = `/${tenant.slug}/console/deputies`;
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} description={t("description")} />
      <Link href={base} className={linkClasses}>
        {tf("back")}
      </Link>
      <Card>
        <CardBody className="space-y-2">
          <a href={`${base}/import/template`} className={buttonClasses("secondary")} download>
            {t("template")}
          </a>
          <p className="text-sm text-gray-600">{t("templateHint")}</p>
        </CardBody>
      </Card>
      <Card>
        <CardBody>
          <ImportPanel uploadUrl={`${base}/import/upload`} listUrl={base} />
        </CardBody>
      </Card>
    </div>
  );
}
