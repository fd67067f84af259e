"use client";
// The committee's new poll: appraisal (票决评议), meeting vote (电子表决, named, with a pass rule), projects or a
// satisfaction vote; items one per line; the voters ticked. Errors come back in the user's language.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Alert, Button, Checkbox, Field, Input, Select, Textarea } from "@/components/ui";
import { createPollAction } from "@/lib/modules/votes/client";

type Props = { tenantSlug: string; users: { id: string; name: string }[] };

export function NewPollForm({ tenantSlug, users }: Props) {
  const t = useTranslations("votes");
  const router = useRouter();
  const [kind, setKind] = useState("NAMED");
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [pending, start] = useTransition();
  const named = kind === "NAMED";
  const submit = (form: FormData) =>
    start(async () => {
      const num = (k: string) => (form.get(k) ? Number(form.get(k)) : null);
      const input = {
        kind,
        secrecy: named ? "NAMED" : "ANONYMOUS",
        title: String(form.get("title") ?? ""),
        description: String(form.get("description") ?? ""),
        optionSet: kind === "SATISFACTION" || kind === "APPRAISAL" ? "SATISFACTION" : "YES_NO_ABSTAIN",
        items: String(form.get("items") ?? "")
          .split("\n")
          .map((l) => l.trim())
          .filter(Boolean)
          .map((label) => ({ label })),
        voterUserIds: form.getAll("voterUserIds").map(String),
        passRule: named ? String(form.get("passRule")) : null,
        memberTotal: named ? num("memberTotal") : null,
        maxApprovals: kind === "PROJECTS" ? num("maxApprovals") : null,
        meeting: String(form.get("meeting") ?? ""),
        open: form.get("open") === "on",
      };
      const r = await createPollAction(tenantSlug, input);
      if (r.ok) router.push(`/${tenantSlug}/console/polls/${(r.data as { pollId: string }).pollId}`);
      else {
        setError(r.error.message);
        setFieldErrors(r.error.fieldErrors ?? {});
      }
    });
  const fe = (k: string) => fieldErrors[k]?.[0];
  return (
    <form action={submit} className="max-w-2xl space-y-4">
      <Field label={t("form.kind")} required>
        <Select name="kind" value={kind} onChange={(e) => setKind(e.target.value)}>
          {["NAMED", "APPRAISAL", "PROJECTS", "SATISFACTION"].map((k) => (
            <option key={k} value={k}>
              {t(`kind.${k}` as never)}
            </option>
          ))}
        </Select>
      </Field>
      <p className="text-sm text-gray-700">{named ? t("secrecy.NAMED") : t("pseudoAnonymous")}</p>
      <Field label={t("form.titleLabel")} error={fe("title")} required>
        <Input name="title" required maxLength={200} />
      </Field>
      <Field label={t("form.meeting")} error={fe("meeting")}>
        <Input name="meeting" maxLength={200} />
      </Field>
      <Field label={t("form.description")} error={fe("description")}>
        <Textarea name="description" rows={2} />
      </Field>
      <Field label={t("form.items")} error={fe("items")} required>
        <Textarea name="items" rows={4} required />
      </Field>
      {named && (
        <>
          <Field label={t("form.passRule")} error={fe("passRule")} required>
            <Select name="passRule" defaultValue="MAJORITY_OF_ALL">
              {["MAJORITY_OF_ALL", "MAJORITY_OF_PRESENT", "TWO_THIRDS_OF_ALL"].map((r) => (
                <option key={r} value={r}>
                  {t(`passRule.${r}` as never)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t("form.memberTotal")} error={fe("memberTotal")}>
            <Input name="memberTotal" type="number" min={1} inputMode="numeric" />
          </Field>
        </>
      )}
      {kind === "PROJECTS" && (
        <Field label={t("form.maxApprovals")} error={fe("maxApprovals")} required>
          <Input name="maxApprovals" type="number" min={1} inputMode="numeric" required />
        </Field>
      )}
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-gray-900">{t("form.voters")}</legend>
        {fe("voterUserIds") && (
          <p role="alert" className="text-sm text-red-700">
            {fe("voterUserIds")}
          </p>
        )}
        <div className="max-h-72 overflow-y-auto rounded border border-gray-200 px-3">
          {users.map((u) => (
            <Checkbox key={u.id} name="voterUserIds" value={u.id} label={u.name} />
          ))}
        </div>
      </fieldset>
      <Checkbox name="open" label={t("form.openNow")} defaultChecked />
      {error && <Alert tone="error">{error}</Alert>}
      <Button type="submit" disabled={pending}>
        {t("form.create")}
      </Button>
    </form>
  );
}
