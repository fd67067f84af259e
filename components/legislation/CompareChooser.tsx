import { useTranslations } from "next-intl";
import { Button, Field, Select } from "@/components/ui";

type Props = { drafts: { id: string; label: string }[]; from: string; to: string };

/** Pick any two versions of the same regulation to compare (a GET form: the comparison has its own URL). */
export function CompareChooser({ drafts, from, to }: Props) {
  const t = useTranslations("legislation.compare");
  if (drafts.length < 2) return null;
  const options = drafts.map((d) => (
    <option key={d.id} value={d.id}>
      {d.label}
    </option>
  ));
  return (
    <form className="flex flex-wrap items-end gap-3" aria-label={t("choose")}>
      <Field label={t("from")} className="min-w-[12rem]">
        <Select name="from" defaultValue={from}>
          {options}
        </Select>
      </Field>
      <Field label={t("to")} className="min-w-[12rem]">
        <Select name="to" defaultValue={to}>
          {options}
        </Select>
      </Field>
      <Button type="submit" variant="secondary">
        {t("compareButton")}
      </Button>
    </form>
  );
}
