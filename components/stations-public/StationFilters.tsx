// The directory's and calendar's filter: a plain GET form (works without script), district and (optionally) kind.
import { useTranslations } from "next-intl";
import { Button, FilterSelect } from "@/components/ui";
import { STATION_KINDS } from "@/lib/modules/stations/client";

type Props = {
  action: string;
  districts: { id: string; name: string }[];
  district?: string;
  kind?: string;
  withKind?: boolean;
};

export function StationFilters({ action, districts, district, kind, withKind = true }: Props) {
  const t = useTranslations("stationsPublic.filter");
  const kinds = useTranslations("stationsPublic.kind");
  return (
    <form action={action} method="get" className="mb-6 grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
      <FilterSelect
        label={t("district")}
        name="district"
        value={district ?? ""}
        all={t("allDistricts")}
        options={districts.map((d) => ({ value: d.id, label: d.name }))}
      />
      {withKind && (
        <FilterSelect
          label={t("kind")}
          name="kind"
          value={kind ?? ""}
          all={t("allKinds")}
          options={STATION_KINDS.map((k) => ({ value: k, label: kinds(k) }))}
        />
      )}
      <Button type="submit" variant="secondary">
        {t("apply")}
      </Button>
    </form>
  );
}
