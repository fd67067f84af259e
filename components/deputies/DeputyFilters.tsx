// The registry's filters: a plain GET form (works without script), so a filtered list is a link to share.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button, Field, Input, Select } from "@/components/ui";
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
      <Field label={t("district")}>
        <Select name="district" defaultValue={filter.district ?? ""}>
          <option value="">{t("allDistricts")}</option>
          {districts.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("level")}>
        <Select name="level" defaultValue={filter.level ?? ""}>
          <option value="">{t("allLevels")}</option>
          {DEPUTY_LEVELS.map((l) => (
            <option key={l} value={l}>
              {levels(l)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("term")}>
        <Select name="term" defaultValue={filter.term ?? ""}>
          <option value="">{t("allTerms")}</option>
          {terms.map((x) => (
            <option key={x} value={x}>
              {x}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("delegation")}>
        <Select name="delegation" defaultValue={filter.delegation ?? ""}>
          <option value="">{t("allDelegations")}</option>
          {delegations.map((x) => (
            <option key={x} value={x}>
              {x}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("status")}>
        <Select name="status" defaultValue={filter.status ?? ""}>
          <option value="">{t("allStatuses")}</option>
          {DEPUTY_STATUSES.map((s) => (
            <option key={s} value={s}>
              {statuses(s)}
            </option>
          ))}
        </Select>
      </Field>
      <div className="flex items-end gap-3 sm:col-span-2">
        <Button type="submit">{t("apply")}</Button>
        <Link href={action} className="inline-flex min-h-11 items-center text-sm text-brand-700 underline">
          {t("reset")}
        </Link>
      </div>
    </form>
  );
}
