"use client";
// The activity page's forms: its moves, the report heard, the deliberation opinions to units, participants,
// points, problems (with a photo) and a unit's report back. Each refreshes the page when it succeeds; refusals
// come back in the member's language, field errors under their fields.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useRef } from "react";
import { FormAlert } from "@/components/legislation/FormAlert";
import { useActionForm } from "@/components/forms/useActionForm";
import { Button, Field, Input, Select, Textarea } from "@/components/ui";
import type { Result } from "@/lib/errors";
import {
  addParticipantAction,
  addPointAction,
  addProblemAction,
  moveActivityAction,
  moveNeedsNote,
  PROBLEM_CATEGORIES,
  PROBLEM_SEVERITIES,
  recordReportAction,
  removeParticipantAction,
  sendOpinionsAction,
  submitUnitReportAction,
  type OversightStatus,
} from "@/lib/modules/oversight/client";

type Option = { id: string; name: string };
type Send = (input: unknown) => Promise<Result<unknown>>;

/** Reads a form: strings, lists for the named fields; with `file`, FormData of input JSON + the file. */
function read(form: HTMLFormElement, lists: readonly string[] = []) {
  const data = new FormData(form);
  const out: Record<string, unknown> = {};
  data.forEach((v, k) => {
    if (typeof v === "string" && !lists.includes(k)) out[k] = v;
  });
  for (const k of lists) out[k] = data.getAll(k).filter((v): v is string => typeof v === "string");
  return { out, file: data.get("file") };
}

function ActForm({
  title,
  submit,
  send,
  shown,
  lists,
  withFile,
  id,
  tone = "primary",
  children,
}: {
  title?: string;
  submit: string;
  send: Send;
  shown: string[];
  lists?: string[];
  withFile?: boolean;
  id: string;
  tone?: "primary" | "secondary" | "danger";
  children: (fe: (name: string) => string | undefined) => React.ReactNode;
}) {
  const router = useRouter();
  const headingId = useId();
  const ref = useRef<HTMLFormElement>(null);
  const { pending, error, submit: run, fieldError } = useActionForm(send);
  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const { out, file } = read(e.currentTarget, lists);
    let input: unknown = { ...out, id };
    if (withFile) {
      const fd = new FormData();
      delete (input as Record<string, unknown>).file;
      fd.set("input", JSON.stringify(input));
      if (file instanceof File && file.size > 0) fd.set("file", file);
      input = fd;
    }
    run(input, () => {
      ref.current?.reset();
      router.refresh();
    });
  }
  return (
    <section aria-labelledby={title ? headingId : undefined} className="rounded-lg border border-gray-200 bg-white p-4">
      {title && (
        <h3 id={headingId} className="text-base font-semibold text-gray-900">
          {title}
        </h3>
      )}
      <form ref={ref} noValidate onSubmit={onSubmit} className="mt-3 space-y-3">
        <FormAlert error={error} shown={shown} />
        {children(fieldError)}
        <Button type="submit" variant={tone} disabled={pending} className="w-full sm:w-auto">
          {submit}
        </Button>
      </form>
    </section>
  );
}

export function MoveForm({
  tenantSlug,
  id,
  from,
  to,
}: {
  tenantSlug: string;
  id: string;
  from: OversightStatus;
  to: OversightStatus;
}) {
  const t = useTranslations("oversightActivities.moves");
  const base = useTranslations("oversight");
  const needsNote = moveNeedsNote(from, to);
  return (
    <ActForm
      id={id}
      submit={t("to", { status: base(`status.${to}`) })}
      send={(input) => moveActivityAction(tenantSlug, { ...(input as object), to })}
      shown={["note"]}
      tone={to === "CANCELLED" ? "danger" : "secondary"}
    >
      {(fe) => (
        <Field label={needsNote ? t("noteRequired") : t("note")} error={fe("note")} required={needsNote}>
          <Input name="note" maxLength={1000} />
        </Field>
      )}
    </ActForm>
  );
}

export function ReportForm({
  tenantSlug,
  id,
  values,
}: {
  tenantSlug: string;
  id: string;
  values: { meeting: string; reportedOn: string | null; reportBody: string };
}) {
  const t = useTranslations("oversightActivities.report");
  return (
    <ActForm
      id={id}
      title={t("title")}
      submit={t("submit")}
      send={(fd) => recordReportAction(tenantSlug, fd as FormData)}
      shown={["meeting", "reportedOn", "reportBody", "file"]}
      withFile
    >
      {(fe) => (
        <>
          <div className="grid gap-3 sm:grid-cols-2">
            <Field label={t("meeting")} error={fe("meeting")} required>
              <Input name="meeting" defaultValue={values.meeting} maxLength={200} />
            </Field>
            <Field label={t("reportedOn")} error={fe("reportedOn")} required>
              <Input name="reportedOn" type="date" defaultValue={values.reportedOn ?? ""} />
            </Field>
          </div>
          <Field label={t("body")} error={fe("reportBody")}>
            <Textarea name="reportBody" rows={5} defaultValue={values.reportBody} maxLength={20000} />
          </Field>
          <Field label={t("file")} error={fe("file")}>
            <Input name="file" type="file" accept=".pdf,.docx,.doc,.jpg,.jpeg,.png" />
          </Field>
        </>
      )}
    </ActForm>
  );
}

export function OpinionsForm({
  tenantSlug,
  id,
  units,
  sentUnitIds,
  values,
  defaultDays,
  today,
}: {
  tenantSlug: string;
  id: string;
  units: Option[];
  sentUnitIds: string[];
  values: { opinionsBody: string };
  defaultDays: number;
  today: string;
}) {
  const t = useTranslations("oversightActivities.opinions");
  return (
    <ActForm
      id={id}
      title={t("title")}
      submit={t("submit")}
      send={(input) => sendOpinionsAction(tenantSlug, input)}
      shown={["opinionsBody", "sentOn", "reportBackWorkingDays", "unitIds"]}
      lists={["unitIds"]}
    >
      {(fe) => (
        <>
          <Field label={t("body")} error={fe("opinionsBody")} required>
            <Textarea name="opinionsBody" rows={5} defaultValue={values.opinionsBody} maxLength={20000} />
          </Field>
          <div className="grid gap-3 sm:grid-cols-2">
            <Field label={t("sentOn")} error={fe("sentOn")} required>
              <Input name="sentOn" type="date" defaultValue={today} />
            </Field>
            <Field label={t("days")} hint={t("daysHint")} error={fe("reportBackWorkingDays")}>
              <Input
                name="reportBackWorkingDays"
                type="number"
                inputMode="numeric"
                min={1}
                max={365}
                defaultValue={defaultDays}
              />
            </Field>
          </div>
          <fieldset>
            <legend className="text-sm font-medium text-gray-900">{t("units")}</legend>
            {fe("unitIds") && <p className="text-sm text-red-700">{fe("unitIds")}</p>}
            <div className="mt-2 grid max-h-64 gap-1 overflow-y-auto sm:grid-cols-2">
              {units.map((u) => (
                <label key={u.id} className="flex min-h-11 items-center gap-2 text-sm text-gray-900">
                  <input
                    type="checkbox"
                    name="unitIds"
                    value={u.id}
                    disabled={sentUnitIds.includes(u.id)}
                    defaultChecked={sentUnitIds.includes(u.id)}
                    className="size-5 accent-brand-600"
                  />
                  {u.name}
                </label>
              ))}
            </div>
          </fieldset>
        </>
      )}
    </ActForm>
  );
}

export function ParticipantForm({
  tenantSlug,
  id,
  users,
  deputies,
}: {
  tenantSlug: string;
  id: string;
  users: Option[];
  deputies: Option[];
}) {
  const t = useTranslations("oversightActivities.participants");
  return (
    <ActForm
      id={id}
      title={t("add")}
      submit={t("submit")}
      send={(input) => addParticipantAction(tenantSlug, input)}
      shown={["userId", "deputyId", "role"]}
    >
      {(fe) => (
        <div className="grid gap-3 sm:grid-cols-3">
          <Field label={t("member")} error={fe("userId")}>
            <Select name="userId" defaultValue="">
              <option value="">{t("none")}</option>
              {users.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t("deputy")} error={fe("deputyId")}>
            <Select name="deputyId" defaultValue="">
              <option value="">{t("none")}</option>
              {deputies.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t("role")} hint={t("roleHint")} error={fe("role")}>
            <Input name="role" maxLength={40} />
          </Field>
        </div>
      )}
    </ActForm>
  );
}

export function RemoveParticipant({
  tenantSlug,
  id,
  participantId,
  label,
}: {
  tenantSlug: string;
  id: string;
  participantId: string;
  label: string;
}) {
  const router = useRouter();
  const { pending, error, submit } = useActionForm((input) => removeParticipantAction(tenantSlug, input));
  return (
    <span>
      <Button
        type="button"
        size="sm"
        variant="secondary"
        disabled={pending}
        onClick={() => submit({ id, participantId }, () => router.refresh())}
      >
        {label}
      </Button>
      {error && <span className="ml-2 text-sm text-red-700">{error.message}</span>}
    </span>
  );
}

export function PointForm({ tenantSlug, id, today }: { tenantSlug: string; id: string; today: string }) {
  const t = useTranslations("oversightActivities.points");
  return (
    <ActForm
      id={id}
      title={t("add")}
      submit={t("submit")}
      send={(input) => addPointAction(tenantSlug, input)}
      shown={["place", "visitedOn", "visitors", "note"]}
    >
      {(fe) => (
        <>
          <div className="grid gap-3 sm:grid-cols-2">
            <Field label={t("place")} error={fe("place")} required>
              <Input name="place" maxLength={200} />
            </Field>
            <Field label={t("visitedOn")} error={fe("visitedOn")} required>
              <Input name="visitedOn" type="date" defaultValue={today} />
            </Field>
          </div>
          <Field label={t("visitors")} error={fe("visitors")}>
            <Input name="visitors" maxLength={500} />
          </Field>
          <Field label={t("note")} error={fe("note")}>
            <Textarea name="note" rows={2} maxLength={2000} />
          </Field>
        </>
      )}
    </ActForm>
  );
}

export function ProblemForm({
  tenantSlug,
  id,
  points,
  units,
}: {
  tenantSlug: string;
  id: string;
  points: Option[];
  units: Option[];
}) {
  const t = useTranslations("oversightActivities.problems");
  const base = useTranslations("oversight");
  return (
    <ActForm
      id={id}
      title={t("add")}
      submit={t("submit")}
      send={(fd) => addProblemAction(tenantSlug, fd as FormData)}
      shown={["description", "category", "severity", "pointId", "unitId", "photo"]}
      withFile
    >
      {(fe) => (
        <>
          <Field label={t("description")} error={fe("description")} required>
            <Textarea name="description" rows={3} maxLength={4000} />
          </Field>
          <div className="grid gap-3 sm:grid-cols-2">
            <Field label={t("category")} error={fe("category")} required>
              <Select name="category" defaultValue="supervision">
                {PROBLEM_CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {base(`problemCategories.${c}`)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t("severity")} error={fe("severity")} required>
              <Select name="severity" defaultValue="MODERATE">
                {PROBLEM_SEVERITIES.map((s) => (
                  <option key={s} value={s}>
                    {base(`severity.${s}`)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t("point")} error={fe("pointId")}>
              <Select name="pointId" defaultValue="">
                <option value="">{t("noPoint")}</option>
                {points.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t("unit")} error={fe("unitId")}>
              <Select name="unitId" defaultValue="">
                <option value="">{t("noUnit")}</option>
                {units.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <Field label={t("photo")} hint={t("photoHint")} error={fe("photo")}>
            <Input name="file" type="file" accept="image/jpeg,image/png,image/webp" capture="environment" />
          </Field>
        </>
      )}
    </ActForm>
  );
}

export function UnitReportForm({
  tenantSlug,
  id,
  unitId,
  unitName,
}: {
  tenantSlug: string;
  id: string;
  unitId: string;
  unitName: string;
}) {
  const t = useTranslations("oversightActivities.unitReports");
  return (
    <ActForm
      id={id}
      title={t("reportFor", { unit: unitName })}
      submit={t("submit")}
      send={(fd) => {
        const form = fd as FormData;
        const input = JSON.parse(String(form.get("input"))) as Record<string, unknown>;
        form.set("input", JSON.stringify({ ...input, unitId }));
        return submitUnitReportAction(tenantSlug, form);
      }}
      shown={["body", "file"]}
      withFile
    >
      {(fe) => (
        <>
          <Field label={t("body")} error={fe("body")} required>
            <Textarea name="body" rows={5} maxLength={20000} />
          </Field>
          <Field label={t("file")} error={fe("file")}>
            <Input name="file" type="file" accept=".pdf,.docx,.doc,.jpg,.jpeg,.png" />
          </Field>
        </>
      )}
    </ActForm>
  );
}
