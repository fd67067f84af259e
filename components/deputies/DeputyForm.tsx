"use client";
// Registers a deputy, or edits one (given `deputy`). The whole phone never comes to this form: editing shows it
// masked and a blank field keeps it. The server checks again that the constituency is this city's and the
// account holds the deputy role and is nobody else's.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { formObject, useActionForm } from "@/components/forms/useActionForm";
import { FormAlert } from "@/components/legislation/FormAlert";
import { Button, Checkbox, Field, Input, Select } from "@/components/ui";
import {
  createDeputyAction,
  DEPUTY_LEVELS,
  DEPUTY_LIMITS,
  GENDERS,
  updateDeputyAction,
  type DeputyInput,
} from "@/lib/modules/deputies/client";

/** The deputy as the form edits it: the schema's fields, the phone only masked. */
export type DeputyFormValues = Omit<DeputyInput, "phone"> & { id: string; phoneMasked: string };
type Props = {
  tenantSlug: string;
  deputy?: DeputyFormValues;
  areas: { id: string; name: string; depth: number }[];
  accounts: { id: string; displayName: string; username: string }[];
};
const FIELDS = [
  "name",
  "gender",
  "ethnicity",
  "birthYear",
  "party",
  "occupation",
  "workUnit",
  "level",
  "term",
  "delegation",
  "constituencyId",
  "phone",
  "userId",
];

export function DeputyForm({ tenantSlug, deputy, areas, accounts }: Props) {
  const t = useTranslations("deputies.form");
  const levels = useTranslations("deputies.level");
  const genders = useTranslations("deputies.gender");
  const router = useRouter();
  const { pending, error, submit, fieldError } = useActionForm((input) =>
    deputy ? updateDeputyAction(tenantSlug, input) : createDeputyAction(tenantSlug, input),
  );

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const { clearPhone, ...f } = formObject(e.currentTarget);
    const input = deputy ? { ...f, id: deputy.id, clearPhone: clearPhone === "on" } : f;
    submit(input, (data) => {
      router.push(`/${tenantSlug}/console/deputies/${data.id}`);
      router.refresh();
    });
  }

  const text = (name: keyof typeof DEPUTY_LIMITS & keyof DeputyFormValues, required = false, hint?: string) => (
    <Field label={t(name)} hint={hint} error={fieldError(name)} required={required}>
      <Input name={name} defaultValue={deputy?.[name]} maxLength={DEPUTY_LIMITS[name]} autoComplete="off" />
    </Field>
  );

  return (
    <form noValidate onSubmit={onSubmit} className="grid max-w-3xl gap-4 md:grid-cols-2">
      <div className="md:col-span-2">
        <FormAlert error={error} shown={FIELDS} />
      </div>
      {text("name", true)}
      <Field label={t("gender")} error={fieldError("gender")} required>
        <Select name="gender" defaultValue={deputy?.gender ?? ""}>
          <option value="" disabled>
            —
          </option>
          {GENDERS.map((g) => (
            <option key={g} value={g}>
              {genders(g)}
            </option>
          ))}
        </Select>
      </Field>
      {text("ethnicity", false, t("ethnicityHint"))}
      <Field label={t("birthYear")} error={fieldError("birthYear")} required>
        <Input name="birthYear" inputMode="numeric" defaultValue={deputy?.birthYear} maxLength={4} autoComplete="off" />
      </Field>
      {text("party")}
      {text("occupation")}
      <div className="md:col-span-2">{text("workUnit")}</div>
      <Field label={t("level")} error={fieldError("level")} required>
        <Select name="level" defaultValue={deputy?.level ?? ""}>
          <option value="" disabled>
            —
          </option>
          {DEPUTY_LEVELS.map((l) => (
            <option key={l} value={l}>
              {levels(l)}
            </option>
          ))}
        </Select>
      </Field>
      {text("term", true, t("termHint"))}
      {text("delegation")}
      <Field label={t("constituency")} error={fieldError("constituencyId")}>
        <Select name="constituencyId" defaultValue={deputy?.constituencyId ?? ""}>
          <option value="">{t("noConstituency")}</option>
          {/* Indentation shows the district → street → community tree inside a native select. */}
          {areas.map((a) => (
            <option key={a.id} value={a.id}>{`${"\u3000".repeat(a.depth)}${a.name}`}</option>
          ))}
        </Select>
      </Field>
      <Field
        label={t("phone")}
        hint={deputy?.phoneMasked ? t("phoneKeep", { masked: deputy.phoneMasked }) : t("phoneHint")}
        error={fieldError("phone")}
      >
        <Input name="phone" type="tel" inputMode="numeric" maxLength={11} autoComplete="off" />
      </Field>
      <Field label={t("account")} hint={t("accountHint")} error={fieldError("userId")}>
        <Select name="userId" defaultValue={deputy?.userId ?? ""}>
          <option value="">{t("noAccount")}</option>
          {accounts.map((u) => (
            <option key={u.id} value={u.id}>
              {t("accountOption", { name: u.displayName, username: u.username })}
            </option>
          ))}
        </Select>
      </Field>
      {deputy?.phoneMasked && (
        <div className="md:col-span-2">
          <Checkbox name="clearPhone" label={t("clearPhone")} />
        </div>
      )}
      <div className="md:col-span-2">
        <Button type="submit" disabled={pending}>
          {deputy ? t("save") : t("create")}
        </Button>
      </div>
    </form>
  );
}
