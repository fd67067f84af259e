import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button, Field, Input, Select } from "@/components/ui";
import { STAGES } from "@/lib/modules/legislation/client";
import { linkClasses } from "./format";

type Props = { action: string; stage?: string; year?: number; filtered: boolean };

/** A plain GET form: works without JavaScript (WeChat's browser), and the filtered list has its own link. */
export function RegulationFilters({ action, stage, year, filtered }: Props) {
  const t = useTranslations("legislationPublic.regulations");
  const terms = useTranslations("legislationTerms.stage");
  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-label={t("filterTitle")}
      className="mb-6 grid grid-cols-2 items-end gap-3 sm:flex sm:flex-wrap"
    >
      <Field label={t("stage")} className="col-span-2 sm:w-56">
        <Select name="stage" defaultValue={stage ?? ""}>
          <option value="">{t("allStages")}</option>
          {STAGES.map((s) => (
            <option key={s} value={s}>
              {terms(s)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("yearLabel")} className="sm:w-32">
        <Input
          name="year"
          inputMode="numeric"
          pattern="[0-9]{4}"
          maxLength={4}
          placeholder={t("yearHint")}
          defaultValue={year ? String(year) : ""}
        />
      </Field>
      <Button type="submit" variant="secondary">
        {t("apply")}
      </Button>
      {filtered && (
        <Link href={action} className={`${linkClasses} col-span-2 flex min-h-11 items-center text-sm`}>
          {t("clear")}
        </Link>
      )}
    </form>
  );
}
