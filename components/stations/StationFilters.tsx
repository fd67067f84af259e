// The registry's filters: a plain GET form, so a filtered list is a link and works without script.
import { useTranslations } from "next-intl";
import { Button, Field, FilterSelect, Input, Select } from "@/components/ui";
import { STATION_KINDS } from "@/lib/modules/stations/client";

type Props = {
  action: string;
  districts: { id: string; name: string }[];
  value: { district?: string; kind?: string; active?: string; q?: string };
};

export function StationFilters({ action, districts, value }: Props) {
  const t = useTranslations("stations.filters");
  const kinds = useTranslations("stations.kind");
  return (
    <form method="get" action={action} className="grid gap-3 sm:grid-cols-5 sm:items-end">
      <FilterSelect
        label={t("district")}
        name="district"
        value={value.district ?? ""}
        all={t("all")}
        options={districts.map((d) => ({ value: d.id, label: d.name }))}
      />
      <FilterSelect
        label={t("kind")}
        name="kind"
        value={value.kind ?? ""}
        all={t("all")}
        options={STATION_KINDS.map((k) => ({ value: k, label: kinds(k) }))}
      />
      <Field label={t("active")}>
        <Select name="active" defaultValue={value.active ?? ""}>
          <option value="">{t("all")}</option>
          <option value="1">{t("activeOnly")}</option>
          <option value="0">{t("inactiveOnly")}</option>
        </Select>
      </Field>
      <Field label={t("q")}>
        <Input name="q" defaultValue={value.q ?? ""} maxLength={50} type="search" />
      </Field>
      <Button type="submit" variant="secondary">
        {t("apply")}
      </Button>
    </form>
  );
}
