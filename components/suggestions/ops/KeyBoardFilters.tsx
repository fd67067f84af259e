// The leaders' board's filters: a plain GET form — their own or every leader's, one committee, a year, open,
// overdue or all.
import { useTranslations } from "next-intl";
import { Button, Field, FilterSelect, Select } from "@/components/ui";

type Option = { value: string; label: string };

export function KeyBoardFilters({
  action,
  committees,
  years,
  value,
}: {
  action: string;
  committees: Option[];
  years: Option[];
  value: { mine: boolean; committeeId?: string; year?: number; show?: string };
}) {
  const t = useTranslations("suggestionsOps.key");
  return (
    <form method="get" action={action} className="grid gap-3 sm:grid-cols-5 sm:items-end">
      <Field label={t("leader")}>
        <Select name="mine" defaultValue={value.mine ? "1" : "0"}>
          <option value="0">{t("everyone")}</option>
          <option value="1">{t("mine")}</option>
        </Select>
      </Field>
      <FilterSelect
        label={t("committee")}
        name="committeeId"
        value={value.committeeId ?? ""}
        all={t("allCommittees")}
        options={committees}
      />
      <FilterSelect
        label={t("year")}
        name="year"
        value={value.year ? String(value.year) : ""}
        all={t("allYears")}
        options={years}
      />
      <Field label={t("show")}>
        <Select name="show" defaultValue={value.show ?? "open"}>
          <option value="open">{t("showOpen")}</option>
          <option value="overdue">{t("showOverdue")}</option>
          <option value="all">{t("showAll")}</option>
        </Select>
      </Field>
      <Button type="submit" variant="secondary">
        {t("apply")}
      </Button>
    </form>
  );
}
