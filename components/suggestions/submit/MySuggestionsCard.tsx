// The deputy's area links to their suggestions: make one, or see their own (the list shows their drafts too).
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClasses, Card, CardBody, CardHeader, CardTitle } from "@/components/ui";

export async function MySuggestionsCard({ tenantSlug }: { tenantSlug: string }) {
  const t = await getTranslations("suggestionsSubmit.myDeputy");
  return (
    <Card as="section" aria-labelledby="my-suggestions">
      <CardHeader>
        <CardTitle id="my-suggestions">{t("title")}</CardTitle>
      </CardHeader>
      <CardBody className="space-y-3">
        <p className="text-sm text-gray-700">{t("body")}</p>
        <div className="flex flex-wrap gap-2">
          <Link href={`/${tenantSlug}/console/suggestions/new`} className={buttonClasses("primary")}>
            {t("new")}
          </Link>
          <Link href={`/${tenantSlug}/console/suggestions`} className={buttonClasses("secondary")}>
            {t("mine")}
          </Link>
        </div>
      </CardBody>
    </Card>
  );
}
