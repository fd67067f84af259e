"use client";
// 重点督办 fields: whether it is key, the supervising leader and the committee that pushes it.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Checkbox, Field, Select } from "@/components/ui";
import { ReviewForm, type FieldError } from "./ReviewForm";

export type Option = { id: string; name: string };
export type KeyValues = { isKey: boolean; supervisingLeaderId: string | null; pushingCommitteeId: string | null };

export function KeyFields({
  fe,
  leaders,
  committees,
  initial,
}: {
  fe: FieldError;
  leaders: Option[];
  committees: Option[];
  initial: KeyValues;
}) {
  const t = useTranslations("suggestionsReview.forms.key");
  const [on, setOn] = useState(initial.isKey);
  return (
    <fieldset className="space-y-3">
      <legend className="sr-only">{t("legend")}</legend>
      <Checkbox name="isKey" value="true" checked={on} onChange={(e) => setOn(e.target.checked)} label={t("isKey")} />
      {on && (
        <>
          <Field label={t("leader")} error={fe("supervisingLeaderId")} required>
            <Select name="supervisingLeaderId" defaultValue={initial.supervisingLeaderId ?? ""}>
              <option value="">{t("chooseLeader")}</option>
              {leaders.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t("committee")} error={fe("pushingCommitteeId")}>
            <Select name="pushingCommitteeId" defaultValue={initial.pushingCommitteeId ?? ""}>
              <option value="">{t("noCommittee")}</option>
              {committees.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </Select>
          </Field>
        </>
      )}
    </fieldset>
  );
}

/** Marks a suggestion key (or unmarks it) outside the assignment form. */
export function KeyForm({
  tenantSlug,
  id,
  leaders,
  committees,
  initial,
}: {
  tenantSlug: string;
  id: string;
  leaders: Option[];
  committees: Option[];
  initial: KeyValues;
}) {
  const t = useTranslations("suggestionsReview.forms.key");
  return (
    <ReviewForm
      tenantSlug={tenantSlug}
      id={id}
      action="markKey"
      title={t("title")}
      submit={t("submit")}
      shown={["supervisingLeaderId", "pushingCommitteeId"]}
      tone="secondary"
    >
      {(fe) => <KeyFields fe={fe} leaders={leaders} committees={committees} initial={initial} />}
    </ReviewForm>
  );
}
