import Link from "next/link";
import { cx, focusRing } from "./cx";

export type PaginationLabels = {
  /** aria-label of the <nav>, e.g. 分页 / Pagination. */
  nav: string;
  previous: string;
  next: string;
  /** Accessible name of a page-number link, e.g. (3) => "第 3 页" / "Page 3". */
  page: (page: number) => string;
};

export type PaginationProps = {
  /** 1-based current page. */
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  labels: PaginationLabels;
  className?: string;
};

const item = cx(
  "inline-flex min-h-11 min-w-11 items-center justify-center rounded-md px-3 text-sm font-medium",
  focusRing,
);
const link = cx(item, "border border-gray-300 bg-white text-gray-900 hover:bg-gray-50");
const disabled = cx(item, "border border-gray-200 bg-gray-50 text-gray-600");

/** First, last and the neighbours of the current page; null marks a gap. */
function pageWindow(page: number, pageCount: number): Array<number | null> {
  const wanted = new Set([1, pageCount, page - 1, page, page + 1]);
  const pages = [...wanted].filter((p) => p >= 1 && p <= pageCount).sort((a, b) => a - b);
  const out: Array<number | null> = [];
  pages.forEach((p, i) => {
    const prev = pages[i - 1];
    if (prev !== undefined && p - prev > 1) out.push(null);
    out.push(p);
  });
  return out;
}

/**
 * Phones see "‹ previous · 2 / 9 · next ›" (fits 360px); from md up the page numbers appear too.
 * At either end the previous/next item is plain text, not a link. Renders nothing for a single page.
 */
export function Pagination({ page, pageCount, hrefFor, labels, className }: PaginationProps) {
  if (pageCount <= 1) return null;
  const current = Math.min(Math.max(1, page), pageCount);

  return (
    <nav aria-label={labels.nav} className={cx("mt-6", className)}>
      <ul className="flex flex-wrap items-center justify-center gap-2">
        <li>
          {current > 1 ? (
            <Link href={hrefFor(current - 1)} rel="prev" className={link}>
              {labels.previous}
            </Link>
          ) : (
            <span className={disabled}>{labels.previous}</span>
          )}
        </li>
        <li className="md:hidden">
          <span aria-current="page" className={cx(item, "text-gray-900")}>
            {current} / {pageCount}
          </span>
        </li>
        {pageWindow(current, pageCount).map((p, i) => (
          <li key={p ?? `gap-${i}`} className="hidden md:block">
            {p === null ? (
              <span aria-hidden="true" className="px-1 text-gray-600">
                …
              </span>
            ) : p === current ? (
              // aria-label is not allowed on a plain span, so the spoken name is sr-only text.
              <span aria-current="page" className={cx(item, "bg-brand-600 text-white")}>
                <span className="sr-only">{labels.page(p)}</span>
                <span aria-hidden="true">{p}</span>
              </span>
            ) : (
              <Link href={hrefFor(p)} aria-label={labels.page(p)} className={link}>
                {p}
              </Link>
            )}
          </li>
        ))}
        <li>
          {current < pageCount ? (
            <Link href={hrefFor(current + 1)} rel="next" className={link}>
              {labels.next}
            </Link>
          ) : (
            <span className={disabled}>{labels.next}</span>
          )}
        </li>
      </ul>
    </nav>
  );
}
