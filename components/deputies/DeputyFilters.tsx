// The registry's filters: a plain GET form (works without script), so a filtered list is a link to share.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button, Field, FilterSelect, Input } from "@/components/ui";
import { DEPUTY_LEVELS, DEPUTY_STATUSES, type DeputyListFilter } from "@/lib/modules/deputies/client";

type Props = {
  action: string;
  filter: DeputyListFilter;
  districts: { id: string; name: string }[];
  terms: string[];
  delegations: string[];
};

export function DeputyFilters({ action, filter, districts, terms, delegations }: Props) {
  const t = useTranslations("deputies.list");
  const levels = useTranslations("deputies.level");
  const statuses = useTranslations("deputies.status");
  return (
    <form
      action={action}
      role="search"
      aria-label={t("filter")}
      className="grid gap-3 rounded-lg border border-gray-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4"
    >
      <Field label={t("q")}>
        <Input name="q" defaultValue={filter.q} placeholder={t("qPlaceholder")} maxLength={50} autoComplete="off" />
      </Field>
      <FilterSelect
        label={t("district")}
        name="district"
        value={filter.district ?? ""}
        all={t("allDistricts")}
        options={districts.map((d) => ({ value: d.id, label: d.name }))}
      />
      <FilterSelect
        label={t("level")}
        name="level"
        value={filter.level ?? ""}
        all={t("allLevels")}
        options={DEPUTY_LEVELS.map((l) => ({ value: l, label: levels(l) }))}
      />
      <FilterSelect
        label={t("term")}
        name="term"
        value={filter.term ?? ""}
        all={t("allTerms")}
        options={terms.map((x) => ({ value: x, label: x }))}
      />
      <FilterSelect
        label={t("delegation")}
        name="delegation"
        value={filter.delegation ?? ""}
        all={t("allDelegations")}
        options={delegations.map((x) => ({ value: x, label: x }))}
      />
      <FilterSelect
        label={t("status")}
        name="status"
        value={filter.status ?? ""}
        all={t("allStatuses")}
        options={DEPUTY_STATUSES.map((s) => ({ value: s, label: statuses(s) }))}
      />
      <div className="flex items-end gap-3 sm:col-span-2">
        <Button type="submit">{t("apply")}</Button>
        <Link href={action} className="inline-flex min-h-11 items-center text-sm text-brand-700 underline">
          {t("reset")}
        </Link>
      </div>
    </form>
  );
}
