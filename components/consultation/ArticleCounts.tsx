import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { linkClasses } from "@/components/legislation/util";
import { EmptyState, Table, TBody, Td, Th, THead, Tr } from "@/components/ui";

type Row = {
  articleId: string | null;
  label: string | null;
  text: string;
  whole: boolean;
  total: number;
  pending: number;
};
type Props = { rows: Row[]; total: number; opinionsHref: (article: string) => string };

/** Opinions per article, most commented first, each with a bar for its share and a link to its opinions. */
export function ArticleCounts({ rows, total, opinionsHref }: Props) {
  const t = useTranslations("consultation.overview");
  const format = useFormatter();
  if (rows.length === 0) return <EmptyState title={t("noOpinions")} />;
  const max = Math.max(...rows.map((r) => r.total));
  return (
    <Table label={t("byArticle")}>
      <THead>
        <Tr>
          <Th>{t("article")}</Th>
          <Th>{t("articleText")}</Th>
          <Th className="text-right">{t("count")}</Th>
          <Th className="text-right">{t("pendingCount")}</Th>
        </Tr>
      </THead>
      <TBody>
        {rows.map((r) => {
          const key = r.whole ? "whole" : (r.articleId ?? "");
          const percent = total ? Math.round((r.total / total) * 1000) / 10 : 0;
          return (
            <Tr key={key || r.label}>
              <Th scope="row" className="whitespace-nowrap font-medium">
                {key ? (
                  <Link href={opinionsHref(key)} className={linkClasses}>
                    {r.whole ? t("whole") : r.label}
                  </Link>
                ) : (
                  r.label
                )}
              </Th>
              <Td className="max-w-xl">
                <p className="line-clamp-2 text-sm text-gray-700">{r.text}</p>
                <div className="mt-1 h-1.5 rounded bg-gray-100" aria-hidden="true">
                  <div className="h-1.5 rounded bg-brand-600" style={{ width: `${(r.total / max) * 100}%` }} />
                </div>
                <span className="sr-only">{t("share", { percent })}</span>
              </Td>
              <Td className="text-right tabular-nums">{format.number(r.total)}</Td>
              <Td className="text-right tabular-nums">{format.number(r.pending)}</Td>
            </Tr>
          );
        })}
      </TBody>
    </Table>
  );
}
