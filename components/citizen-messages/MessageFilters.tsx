// The list's filters: a plain GET form (the current tab kept), so a filtered list is a link and works without script.
import { useTranslations } from "next-intl";
import { Button, Field, FilterSelect, Input } from "@/components/ui";

type Option = { value: string; label: string };
type Props = {
  action: string;
  status: string;
  stations: Option[] | null;
  units: Option[] | null;
  categories: Option[];
  value: { stationId?: string; unitId?: string; category?: string; q?: string };
};

export function MessageFilters({ action, status, stations, units, categories, value }: Props) {
  const t = useTranslations("citizenMessagesConsole.filters");
  return (
    <form method="get" action={action} className="grid gap-3 sm:grid-cols-5 sm:items-end">
      {status && <input type="hidden" name="status" value={status} />}
      {stations && (
        <FilterSelect
          label={t("station")}
          name="stationId"
          value={value.stationId ?? ""}
          all={t("all")}
          options={stations}
        />
      )}
      {units && (
        <FilterSelect label={t("unit")} name="unitId" value={value.unitId ?? ""} all={t("all")} options={units} />
      )}
      <FilterSelect
        label={t("category")}
        name="category"
        value={value.category ?? ""}
        all={t("all")}
        options={categories}
      />
      <Field label={t("q")}>
        <Input name="q" defaultValue={value.q ?? ""} maxLength={50} type="search" />
      </Field>
      <Button type="submit" variant="secondary">
        {t("apply")}
      </Button>
    </form>
  );
}
