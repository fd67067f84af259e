// No station in the link (or one that takes no messages): the city's open stations to choose from. A plain GET
// form back to the same page, so it works before (or without) any script.
import { useTranslations } from "next-intl";
import { Alert, Button, Field, Select } from "@/components/ui";

type Props = {
  action: string;
  stations: { id: string; name: string; district: string | null }[];
  unavailable: boolean;
};

export function StationPicker({ action, stations, unavailable }: Props) {
  const t = useTranslations("citizenMessagesIntake.picker");
  return (
    <section aria-labelledby="station-picker" className="space-y-4">
      <h2 id="station-picker" className="text-lg font-semibold text-gray-900">
        {t("title")}
      </h2>
      {unavailable && <Alert tone="warning">{t("unavailable")}</Alert>}
      {stations.length === 0 ? (
        <Alert tone="info">{t("none")}</Alert>
      ) : (
        <form method="get" action={action} className="space-y-4">
          <Field label={t("label")} hint={t("hint")} required>
            <Select name="station" defaultValue="">
              <option value="" disabled>
                {t("choose")}
              </option>
              {stations.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.district ? `${s.district} · ${s.name}` : s.name}
                </option>
              ))}
            </Select>
          </Field>
          <Button type="submit" className="w-full sm:w-auto">
            {t("next")}
          </Button>
        </form>
      )}
    </section>
  );
}
