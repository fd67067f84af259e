import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { Badge, Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import { PublishButton } from "./PublishButton";
import { linkClasses } from "./util";

type Draft = {
  id: string;
  versionNo: number;
  label: string;
  title: string;
  publishedAt: Date | null;
  createdAt: Date;
  warnings: string[];
};
type Props = { tenantSlug: string; base: string; drafts: Draft[]; canPublish: boolean };

/** The regulation's draft versions, oldest first, each with view / compare-with-previous / publish. */
export function DraftVersionList({ tenantSlug, base, drafts, canPublish }: Props) {
  const t = useTranslations("legislation.drafts");
  const format = useFormatter();
  return (
    <Table label={t("title")}>
      <THead>
        <Tr>
          <Th>{t("version")}</Th>
          <Th>{t("label")}</Th>
          <Th>{t("createdAt")}</Th>
          <Th>{t("status")}</Th>
          <Th>{t("actions")}</Th>
        </Tr>
      </THead>
      <TBody>
        {drafts.map((d, i) => {
          const previous = drafts[i - 1];
          return (
            <Tr key={d.id}>
              <Td className="whitespace-nowrap">{t("versionNo", { no: d.versionNo })}</Td>
              <Td>
                <Link href={`${base}/drafts/${d.id}`} className={linkClasses}>
                  {d.label}
                </Link>
                {d.warnings.length > 0 && (
                  <Badge tone="warning" className="ms-2">
                    {t("warnings", { count: d.warnings.length })}
                  </Badge>
                )}
              </Td>
              <Td className="whitespace-nowrap">{format.dateTime(d.createdAt, "date")}</Td>
              <Td>
                {d.publishedAt ? (
                  <Badge tone="success">{t("publishedOn", { date: format.dateTime(d.publishedAt, "date") })}</Badge>
                ) : (
                  <Badge tone="neutral">{t("unpublished")}</Badge>
                )}
              </Td>
              <Td>
                <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
                  <Link
                    href={`${base}/drafts/${d.id}`}
                    className={linkClasses}
                    aria-label={t("viewNamed", { label: d.label })}
                  >
                    {t("view")}
                  </Link>
                  {previous && (
                    <Link
                      href={`${base}/drafts/compare?from=${previous.id}&to=${d.id}`}
                      className={linkClasses}
                      aria-label={t("compareNamed", { from: previous.label, to: d.label })}
                    >
                      {t("compare")}
                    </Link>
                  )}
                  {canPublish && !d.publishedAt && (
                    <PublishButton
                      tenantSlug={tenantSlug}
                      target={{ draftVersionId: d.id }}
                      label={t("publish")}
                      accessibleName={t("publishNamed", { label: d.label })}
                    />
                  )}
                </div>
              </Td>
            </Tr>
          );
        })}
      </TBody>
    </Table>
  );
}
