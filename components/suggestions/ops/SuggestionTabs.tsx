// The list's tabs: links to the same list with another tab (the filters kept), the current one marked for
// assistive technology; they scroll sideways on a phone.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { cx } from "@/components/ui";
import type { SuggestionTab } from "@/lib/modules/suggestions/client";

export function SuggestionTabs({
  tabs,
  current,
  hrefFor,
}: {
  tabs: readonly SuggestionTab[];
  current: SuggestionTab;
  hrefFor: (tab: SuggestionTab) => string;
}) {
  const t = useTranslations("suggestionsOps");
  return (
    <nav aria-label={t("list.tabsLabel")} className="-mx-1 overflow-x-auto">
      <ul className="flex gap-1 whitespace-nowrap px-1 pb-1">
        {tabs.map((tab) => (
          <li key={tab}>
            <Link
              href={hrefFor(tab)}
              aria-current={tab === current ? "page" : undefined}
              className={cx(
                "inline-block rounded-md px-3 py-2 text-sm font-medium",
                tab === current ? "bg-brand-700 text-white" : "bg-gray-100 text-gray-800 hover:bg-gray-200",
              )}
            >
              {t(`tabs.${tab}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
