import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui";

/** Previous / next for a list read a page at a time without counting (the API's hasMore). */
export function PageLinks({
  page,
  hasMore,
  hrefFor,
}: {
  page: number;
  hasMore: boolean;
  hrefFor: (page: number) => string;
}) {
  const t = useTranslations("legislationPublic.regulations");
  if (page <= 1 && !hasMore) return null;
  return (
    <nav aria-label={t("pageNav")} className="mt-6 flex items-center justify-between gap-3">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev" className={buttonClasses("secondary")}>
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-gray-700" aria-current="page">
        {t("page", { page })}
      </span>
      {hasMore ? (
        <Link href={hrefFor(page + 1)} rel="next" className={buttonClasses("secondary")}>
          {t("next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
