import { Field } from "./Field";
import { Select } from "./Select";

export type FilterSelectProps = {
  label: string;
  name: string;
  /** The choice the form opens with ("" for all). */
  value: string;
  /** The first choice, which filters nothing ("全部区县"). */
  all: string;
  options: readonly { value: string; label: string }[];
};

/** A list filter's select in a plain GET form: "all", then the choices, inside a labelled Field. */
export function FilterSelect({ label, name, value, all, options }: FilterSelectProps) {
  return (
    <Field label={label}>
      <Select name={name} defaultValue={value}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
