"use client";
// 辞职 / 终止代表资格: the case, the day it took effect (not after today) and why.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { formObject, useActionForm } from "@/components/forms/useActionForm";
import { FormAlert } from "@/components/legislation/FormAlert";
import { Button, Field, Input, Select, Textarea } from "@/components/ui";
import { DEPUTY_LIMITS, ENDED_STATUSES, endDeputyTermAction } from "@/lib/modules/deputies/client";

export function EndTermForm({ tenantSlug, deputyId, today }: { tenantSlug: string; deputyId: string; today: string }) {
  const t = useTranslations("deputies.endTerm");
  const statuses = useTranslations("deputies.status");
  const router = useRouter();
  const { pending, error, submit, fieldError } = useActionForm((input) => endDeputyTermAction(tenantSlug, input));
  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    submit({ ...formObject(e.currentTarget), id: deputyId }, () => router.refresh());
  }
  return (
    <form noValidate onSubmit={onSubmit} className="max-w-xl space-y-4">
      <FormAlert error={error} shown={["status", "statusOn", "reason"]} />
      <Field label={t("status")} error={fieldError("status")} required>
        <Select name="status" defaultValue="RESIGNED">
          {ENDED_STATUSES.map((s) => (
            <option key={s} value={s}>
              {statuses(s)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("statusOn")} error={fieldError("statusOn")} required>
        <Input name="statusOn" type="date" max={today} defaultValue={today} />
      </Field>
      <Field label={t("reason")} error={fieldError("reason")} required>
        <Textarea name="reason" rows={3} maxLength={DEPUTY_LIMITS.reason} />
      </Field>
      <Button type="submit" variant="danger" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
