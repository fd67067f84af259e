import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { linkClasses } from "@/components/legislation/util";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import type { CampaignSummary } from "@/lib/modules/consultation/client";

/** The largest groups of identical texts, each linked to its copies (where the group is disposed at once). */
export function CampaignTable({
  rows,
  hrefFor,
}: {
  rows: CampaignSummary[];
  hrefFor: (contentHash: string) => string;
}) {
  const t = useTranslations("consultation.overview");
  const format = useFormatter();
  if (rows.length === 0) return <p className="text-sm text-gray-700">{t("noCampaigns")}</p>;
  return (
    <Table label={t("campaignList")}>
      <THead>
        <Tr>
          <Th>{t("campaignContent")}</Th>
          <Th className="text-right">{t("campaignSize")}</Th>
          <Th>
            <span className="sr-only">{t("campaignOpen")}</span>
          </Th>
        </Tr>
      </THead>
      <TBody>
        {rows.map((c) => (
          <Tr key={c.contentHash}>
            <Td className="max-w-2xl">
              <p className="line-clamp-3 text-gray-900">{c.content}</p>
            </Td>
            <Td className="text-right tabular-nums">{format.number(c.size)}</Td>
            <Td className="whitespace-nowrap">
              <Link href={hrefFor(c.contentHash)} className={linkClasses}>
                {t("campaignOpen")}
              </Link>
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
