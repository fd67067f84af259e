import { useTranslations } from "next-intl";
import { Button, Input, Select } from "@/components/ui";
import type { BoardFilter } from "@/lib/modules/legislation/client";

type Option = { id: string; name: string };

/** A plain GET form: the filter lives in the URL, so a filtered board can be bookmarked and shared. */
export function BoardFilters({
  filter,
  committees,
  fields,
}: {
  filter: BoardFilter;
  committees: Option[];
  fields: Option[];
}) {
  const t = useTranslations("legislation.board");
  return (
    <form className="flex flex-wrap items-end gap-2" role="search" aria-label={t("filter")}>
      <Input
        name="year"
        type="number"
        inputMode="numeric"
        min={1980}
        max={2100}
        defaultValue={filter.year ?? ""}
        placeholder={t("allYears")}
        aria-label={t("yearLabel")}
        className="max-w-[9rem]"
      />
      <Select
        name="committeeId"
        defaultValue={filter.committeeId ?? ""}
        aria-label={t("committee")}
        className="max-w-[16rem]"
      >
        <option value="">{t("allCommittees")}</option>
        {committees.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </Select>
      <Select name="fieldId" defaultValue={filter.fieldId ?? ""} aria-label={t("field")} className="max-w-[12rem]">
        <option value="">{t("allFields")}</option>
        {fields.map((f) => (
          <option key={f.id} value={f.id}>
            {f.name}
          </option>
        ))}
      </Select>
      <Button type="submit" variant="secondary">
        {t("filter")}
      </Button>
    </form>
  );
}
