// The list's tabs: links to the same list with another status group (the other filters kept), the current one
// marked for assistive technology.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { cx } from "@/components/ui";

export type MessageTab = { key: string; status: string };

export function MessageTabs({
  tabs,
  current,
  hrefFor,
}: {
  tabs: MessageTab[];
  current: string;
  hrefFor: (status: string) => string;
}) {
  const t = useTranslations("citizenMessagesConsole");
  return (
    <nav aria-label={t("list.tabsLabel")} className="-mx-1 overflow-x-auto">
      <ul className="flex gap-1 whitespace-nowrap px-1 pb-1">
        {tabs.map((tab) => {
          const active = tab.status === current;
          return (
            <li key={tab.key}>
              <Link
                href={hrefFor(tab.status)}
                aria-current={active ? "page" : undefined}
                className={cx(
                  "inline-block rounded-md px-3 py-2 text-sm font-medium",
                  active ? "bg-brand-700 text-white" : "bg-gray-100 text-gray-800 hover:bg-gray-200",
                )}
              >
                {t(`tabs.${tab.key}` as never)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
