// The list's filters: a plain GET form (the current tab kept), so a filtered list is a link and works without script.
import { useTranslations } from "next-intl";
import { Button, Field, FilterSelect, Input } from "@/components/ui";

type Option = { value: string; label: string };
type Props = {
  action: string;
  tab: string;
  years: Option[];
  sessions: Option[];
  categories: Option[];
  units: Option[] | null;
  kinds: Option[];
  value: { year?: string; sessionId?: string; category?: string; unitId?: string; kind?: string; q?: string };
};

export function SuggestionFilters({ action, tab, years, sessions, categories, units, kinds, value }: Props) {
  const t = useTranslations("suggestionsOps.filters");
  return (
    <form method="get" action={action} className="grid gap-3 sm:grid-cols-3 sm:items-end lg:grid-cols-7">
      <input type="hidden" name="tab" value={tab} />
      <FilterSelect label={t("year")} name="year" value={value.year ?? ""} all={t("all")} options={years} />
      {sessions.length > 0 && (
        <FilterSelect
          label={t("session")}
          name="sessionId"
          value={value.sessionId ?? ""}
          all={t("all")}
          options={sessions}
        />
      )}
      <FilterSelect
        label={t("category")}
        name="category"
        value={value.category ?? ""}
        all={t("all")}
        options={categories}
      />
      {units && (
        <FilterSelect label={t("unit")} name="unitId" value={value.unitId ?? ""} all={t("all")} options={units} />
      )}
      <FilterSelect label={t("kind")} name="kind" value={value.kind ?? ""} all={t("all")} options={kinds} />
      <Field label={t("q")}>
        <Input name="q" defaultValue={value.q ?? ""} maxLength={50} type="search" />
      </Field>
      <Button type="submit" variant="secondary">
        {t("apply")}
      </Button>
    </form>
  );
}
