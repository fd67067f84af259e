"use client";
// The forms on a task's page and an activity's board: the unit's report (progress or final, with an evidence
// file), the committee's accept / send back, making tasks from problems, and the 回头看 review. Each refreshes the
// page when done; refusals come back in the member's language.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { FormAlert } from "@/components/legislation/FormAlert";
import { useActionForm } from "@/components/forms/useActionForm";
import { Button, Checkbox, Field, Input, Select, Textarea } from "@/components/ui";
import {
  acceptTaskAction,
  makeTasksAction,
  recordReviewAction,
  reportTaskAction,
  sendBackTaskAction,
} from "@/lib/modules/oversight/client";

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="rounded-lg border border-gray-200 bg-white p-4">
      <h3 id={id} className="text-base font-semibold text-gray-900">
        {title}
      </h3>
      <div className="mt-3">{children}</div>
    </section>
  );
}

export function ReportForm({ tenantSlug, id }: { tenantSlug: string; id: string }) {
  const t = useTranslations("oversightRectification.report");
  const router = useRouter();
  const { pending, error, submit, fieldError } = useActionForm((input) => reportTaskAction(tenantSlug, input));
  return (
    <Section title={t("heading")}>
      <form
        noValidate
        className="space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          const form = e.currentTarget;
          const data = new FormData(form);
          data.set("id", id);
          submit(data, () => {
            form.reset();
            router.refresh();
          });
        }}
      >
        <FormAlert error={error} shown={["body", "evidence"]} />
        <Field label={t("body")} error={fieldError("body")} required>
          <Textarea name="body" rows={4} maxLength={5000} />
        </Field>
        <Field label={t("evidence")} error={fieldError("evidence")}>
          <Input type="file" name="evidence" accept="image/*,.pdf,.doc,.docx" />
        </Field>
        <Checkbox name="final" value="on" label={t("final")} />
        <Button type="submit" disabled={pending} className="w-full sm:w-auto">
          {t("submit")}
        </Button>
      </form>
    </Section>
  );
}

export function DecideForm({ tenantSlug, id }: { tenantSlug: string; id: string }) {
  const t = useTranslations("oversightRectification.decide");
  const router = useRouter();
  const accept = useActionForm((input) => acceptTaskAction(tenantSlug, input));
  const back = useActionForm((input) => sendBackTaskAction(tenantSlug, input));
  return (
    <Section title={t("heading")}>
      <div className="space-y-4">
        <FormAlert error={accept.error} shown={[]} />
        <Button type="button" disabled={accept.pending} onClick={() => accept.submit({ id }, () => router.refresh())}>
          {t("accept")}
        </Button>
        <form
          noValidate
          className="space-y-3"
          onSubmit={(e) => {
            e.preventDefault();
            const reason = new FormData(e.currentTarget).get("reason");
            back.submit({ id, reason }, () => router.refresh());
          }}
        >
          <FormAlert error={back.error} shown={["reason"]} />
          <Field label={t("reason")} error={back.fieldError("reason")} required>
            <Textarea name="reason" rows={3} maxLength={1000} />
          </Field>
          <Button type="submit" variant="secondary" disabled={back.pending} className="w-full sm:w-auto">
            {t("sendBack")}
          </Button>
        </form>
      </div>
    </Section>
  );
}

export type ProblemChoice = { id: string; seq: number; description: string; unitId: string | null };

export function MakeTasksForm({
  tenantSlug,
  activityId,
  problems,
  units,
  defaultDueOn,
  days,
}: {
  tenantSlug: string;
  activityId: string;
  problems: ProblemChoice[];
  units: { id: string; name: string }[];
  defaultDueOn: string;
  days: number;
}) {
  const t = useTranslations("oversightRectification.make");
  const router = useRouter();
  const { pending, error, submit } = useActionForm((input) => makeTasksAction(tenantSlug, input));
  const [picked, setPicked] = useState<Record<string, { on: boolean; unitId: string; dueOn: string }>>(() =>
    Object.fromEntries(problems.map((p) => [p.id, { on: false, unitId: p.unitId ?? "", dueOn: defaultDueOn }])),
  );
  if (problems.length === 0) return <p className="text-sm text-gray-600">{t("none")}</p>;
  const set = (id: string, v: Partial<{ on: boolean; unitId: string; dueOn: string }>) =>
    setPicked((s) => ({ ...s, [id]: { ...s[id]!, ...v } }));
  return (
    <Section title={t("heading")}>
      <form
        noValidate
        className="space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          const tasks = problems
            .filter((p) => picked[p.id]?.on)
            .map((p) => ({ problemId: p.id, unitId: picked[p.id]!.unitId, dueOn: picked[p.id]!.dueOn }));
          submit({ activityId, tasks }, () => router.refresh());
        }}
      >
        <p className="text-sm text-gray-600">{t("defaultDue", { days, day: defaultDueOn })}</p>
        <FormAlert error={error} shown={[]} />
        <ul className="space-y-3">
          {problems.map((p) => (
            <li key={p.id} className="rounded border border-gray-100 p-3">
              <Checkbox
                checked={picked[p.id]?.on ?? false}
                onChange={(e) => set(p.id, { on: e.target.checked })}
                label={`${p.seq}. ${p.description}`}
              />
              <div className="mt-2 grid gap-2 sm:grid-cols-2">
                <Field label={t("unit")}>
                  <Select value={picked[p.id]?.unitId ?? ""} onChange={(e) => set(p.id, { unitId: e.target.value })}>
                    <option value="">{t("chooseUnit")}</option>
                    {units.map((u) => (
                      <option key={u.id} value={u.id}>
                        {u.name}
                      </option>
                    ))}
                  </Select>
                </Field>
                <Field label={t("dueOn")}>
                  <Input
                    type="date"
                    value={picked[p.id]?.dueOn ?? defaultDueOn}
                    onChange={(e) => set(p.id, { dueOn: e.target.value })}
                  />
                </Field>
              </div>
            </li>
          ))}
        </ul>
        <Button type="submit" disabled={pending} className="w-full sm:w-auto">
          {t("submit")}
        </Button>
      </form>
    </Section>
  );
}

export function ReviewForm({
  tenantSlug,
  activityId,
  accepted,
  today,
}: {
  tenantSlug: string;
  activityId: string;
  accepted: { id: string; label: string }[];
  today: string;
}) {
  const t = useTranslations("oversightRectification.review");
  const router = useRouter();
  const { pending, error, submit, fieldError } = useActionForm((input) => recordReviewAction(tenantSlug, input));
  const [reopen, setReopen] = useState<Record<string, string | undefined>>({});
  return (
    <Section title={t("heading")}>
      <form
        noValidate
        className="space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          const data = new FormData(e.currentTarget);
          submit(
            {
              activityId,
              reviewedOn: data.get("reviewedOn"),
              note: data.get("note"),
              reopen: Object.entries(reopen)
                .filter(([, r]) => r !== undefined)
                .map(([taskId, reason]) => ({ taskId, reason })),
            },
            () => {
              setReopen({});
              router.refresh();
            },
          );
        }}
      >
        <FormAlert error={error} shown={["reviewedOn", "note"]} />
        <Field label={t("reviewedOn")} error={fieldError("reviewedOn")} required>
          <Input type="date" name="reviewedOn" defaultValue={today} max={today} />
        </Field>
        <Field label={t("note")} error={fieldError("note")}>
          <Textarea name="note" rows={3} maxLength={5000} />
        </Field>
        {accepted.length === 0 ? (
          <p className="text-sm text-gray-600">{t("none")}</p>
        ) : (
          <ul className="space-y-2">
            {accepted.map((a) => (
              <li key={a.id} className="rounded border border-gray-100 p-2">
                <Checkbox
                  checked={reopen[a.id] !== undefined}
                  onChange={(e) => setReopen((s) => ({ ...s, [a.id]: e.target.checked ? "" : undefined }))}
                  label={`${t("reopen")}: ${a.label}`}
                />
                {reopen[a.id] !== undefined && (
                  <Field label={t("reason")} required>
                    <Input
                      value={reopen[a.id]}
                      maxLength={1000}
                      onChange={(e) => setReopen((s) => ({ ...s, [a.id]: e.target.value }))}
                    />
                  </Field>
                )}
              </li>
            ))}
          </ul>
        )}
        <Button type="submit" disabled={pending} className="w-full sm:w-auto">
          {t("submit")}
        </Button>
      </form>
    </Section>
  );
}
