// The directory's and calendar's filter: a plain GET form (works without script), district and (optionally) kind.
import { useTranslations } from "next-intl";
import { Button, Field, Select } from "@/components/ui";
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
      <Field label={t("district")}>
        <Select name="district" defaultValue={district ?? ""}>
          <option value="">{t("allDistricts")}</option>
          {districts.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </Select>
      </Field>
      {withKind && (
        <Field label={t("kind")}>
          <Select name="kind" defaultValue={kind ?? ""}>
            <option value="">{t("allKinds")}</option>
            {STATION_KINDS.map((k) => (
              <option key={k} value={k}>
                {kinds(k)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Button type="submit" variant="secondary">
        {t("apply")}
      </Button>
    </form>
  );
}
