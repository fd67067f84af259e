// The city's published annual legislative plans as the points receive them (成都: "每年立法计划出台后，第一时间印送
// 联系点"): the latest with its items, earlier ones as links to their public pages.
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { linkClasses } from "@/components/legislation/util";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui";

type Plan = {
  id: string;
  title: string;
  year: number;
  publishedAt: Date | null;
  itemCount: number;
  items: { id: string; title: string; category: string; committee: string | null; draftingUnit: string | null }[];
};

export function AnnualPlans({ plans, tenantSlug }: { plans: Plan[]; tenantSlug: string }) {
  const t = useTranslations("contactPoints.plans");
  const categories = useTranslations("legislationTerms.category");
  const format = useFormatter();
  if (plans.length === 0) return <p className="text-gray-600">{t("empty")}</p>;
  const [latest, ...earlier] = plans;
  return (
    <div className="space-y-4">
      <div className="space-y-2">
        <h3 className="font-semibold text-gray-900">
          <Link href={`/${tenantSlug}/plans/${latest!.id}`} className={linkClasses}>
            {latest!.title}
          </Link>
        </h3>
        {latest!.publishedAt && (
          <p className="text-sm text-gray-600">
            {t("publishedOn", { date: format.dateTime(latest!.publishedAt, "date") })}
          </p>
        )}
        {latest!.items.length > 0 && (
          <Table label={t("itemsLabel", { title: latest!.title })}>
            <THead>
              <Tr>
                <Th>{t("item")}</Th>
                <Th>{t("category")}</Th>
                <Th>{t("committee")}</Th>
                <Th>{t("draftingUnit")}</Th>
              </Tr>
            </THead>
            <TBody>
              {latest!.items.map((i) => (
                <Tr key={i.id}>
                  <Td className="min-w-56">{i.title}</Td>
                  <Td className="whitespace-nowrap">{categories(i.category as never)}</Td>
                  <Td className="whitespace-nowrap">{i.committee ?? ""}</Td>
                  <Td className="min-w-32">{i.draftingUnit ?? ""}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
      </div>
      {earlier.length > 0 && (
        <ul className="list-disc space-y-1 ps-5">
          {earlier.map((p) => (
            <li key={p.id}>
              <Link href={`/${tenantSlug}/plans/${p.id}`} className={linkClasses}>
                {p.title}
              </Link>
              <span className="ms-2 text-sm text-gray-600">{t("itemCount", { count: p.itemCount })}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
