"use client";
// 民生实事 forms: a new candidate (year, level, area, title, budget, unit), opening the deputies' vote, applying
// a closed vote's results, and the implementing unit's progress report.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormAlert } from "@/components/legislation/FormAlert";
import { formObject, useActionForm } from "@/components/forms/useActionForm";
import { Alert, Button, Checkbox, Field, Input, Select, Textarea } from "@/components/ui";
import {
  applyProjectResultsAction,
  createProjectAction,
  openProjectVoteAction,
  reportProjectProgressAction,
} from "@/lib/modules/oversight/client";

type Choice = { id: string; name: string };
const LEVELS = ["CITY", "COUNTY", "TOWNSHIP"] as const;

export function ProjectForm({
  tenantSlug,
  year,
  units,
  areas,
}: {
  tenantSlug: string;
  year: number;
  units: Choice[];
  areas: Choice[];
}) {
  const t = useTranslations("oversightProjects");
  const router = useRouter();
  const [done, setDone] = useState(false);
  const { pending, error, submit, fieldError } = useActionForm((input) => createProjectAction(tenantSlug, input));
  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    setDone(false);
    submit(formObject(form), () => {
      form.reset();
      setDone(true);
      router.refresh();
    });
  }
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormAlert error={error} shown={["year", "level", "areaId", "title", "summary", "budget", "unitId"]} />
      {done && <Alert tone="success">{t("created")}</Alert>}
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label={t("year")} error={fieldError("year")} required>
          <Input name="year" type="number" inputMode="numeric" defaultValue={year} />
        </Field>
        <Field label={t("fields.level")} error={fieldError("level")} required>
          <Select name="level" defaultValue="CITY">
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {t(`levels.${l}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("fields.area")} hint={t("fields.noArea")} error={fieldError("areaId")}>
          <Select name="areaId" defaultValue="">
            <option value="">—</option>
            {areas.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field label={t("fields.title")} error={fieldError("title")} required>
        <Input name="title" maxLength={200} />
      </Field>
      <Field label={t("fields.summary")} error={fieldError("summary")}>
        <Textarea name="summary" rows={3} maxLength={4000} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("fields.budget")} error={fieldError("budget")} required>
          <Input name="budget" type="number" inputMode="decimal" step="0.01" min={0} />
        </Field>
        <Field label={t("fields.unit")} error={fieldError("unitId")}>
          <Select name="unitId" defaultValue="">
            <option value="">{t("fields.noUnit")}</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {t("create")}
      </Button>
    </form>
  );
}

export function OpenVoteForm({
  tenantSlug,
  year,
  deputies,
}: {
  tenantSlug: string;
  year: number;
  deputies: { id: string; displayName: string }[];
}) {
  const t = useTranslations("oversightProjects");
  const router = useRouter();
  const { pending, error, submit, fieldError } = useActionForm((input) => openProjectVoteAction(tenantSlug, input));
  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    submit(
      {
        year: String(year),
        level: data.get("level"),
        toChoose: data.get("toChoose"),
        meeting: data.get("meeting") ?? "",
        voterUserIds: data.getAll("voter").map(String),
      },
      () => router.refresh(),
    );
  }
  if (deputies.length === 0) return <p className="text-sm text-gray-600">{t("vote.noDeputies")}</p>;
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <p className="text-sm text-gray-600">{t("vote.description")}</p>
      <FormAlert error={error} shown={["level", "toChoose", "meeting", "voterUserIds"]} />
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label={t("fields.level")} error={fieldError("level")} required>
          <Select name="level" defaultValue="CITY">
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {t(`levels.${l}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("vote.toChoose")} error={fieldError("toChoose")} required>
          <Input name="toChoose" type="number" inputMode="numeric" min={1} defaultValue={10} />
        </Field>
        <Field label={t("vote.meeting")} error={fieldError("meeting")}>
          <Input name="meeting" maxLength={200} />
        </Field>
      </div>
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-gray-900">{t("vote.voters")}</legend>
        <p className="text-sm text-gray-600">{t("vote.votersHint")}</p>
        {fieldError("voterUserIds") && <p className="text-sm text-red-700">{fieldError("voterUserIds")}</p>}
        <div className="grid max-h-72 gap-x-4 overflow-y-auto sm:grid-cols-3">
          {deputies.map((d) => (
            <Checkbox key={d.id} name="voter" value={d.id} defaultChecked label={d.displayName} />
          ))}
        </div>
      </fieldset>
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {t("vote.open")}
      </Button>
    </form>
  );
}

export function ApplyResultsButton({ tenantSlug, pollId }: { tenantSlug: string; pollId: string }) {
  const t = useTranslations("oversightProjects");
  const router = useRouter();
  const { pending, error, submit } = useActionForm((input) => applyProjectResultsAction(tenantSlug, input));
  return (
    <div className="space-y-2">
      <FormAlert error={error} shown={[]} />
      <Button type="button" disabled={pending} onClick={() => submit({ pollId }, () => router.refresh())}>
        {t("vote.apply")}
      </Button>
      <p className="text-sm text-gray-600">{t("vote.applyHint")}</p>
    </div>
  );
}

export function ProgressForm({
  tenantSlug,
  projectId,
  minPercent,
}: {
  tenantSlug: string;
  projectId: string;
  minPercent: number;
}) {
  const t = useTranslations("oversightProjects.progress");
  const router = useRouter();
  const [done, setDone] = useState(false);
  const { pending, error, submit, fieldError } = useActionForm((input) =>
    reportProjectProgressAction(tenantSlug, input),
  );
  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const raw = formObject(form);
    setDone(false);
    submit(
      { projectId, percent: raw.percent, body: raw.body, ...(raw.reportedOn ? { reportedOn: raw.reportedOn } : {}) },
      () => {
        form.reset();
        setDone(true);
        router.refresh();
      },
    );
  }
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormAlert error={error} shown={["percent", "body", "reportedOn"]} />
      {done && <Alert tone="success">{t("submitted")}</Alert>}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("percent")} error={fieldError("percent")} required>
          <Input
            name="percent"
            type="number"
            inputMode="numeric"
            min={minPercent}
            max={100}
            defaultValue={minPercent}
          />
        </Field>
        <Field label={t("reportedOn")} error={fieldError("reportedOn")}>
          <Input name="reportedOn" type="date" />
        </Field>
      </div>
      <Field label={t("body")} error={fieldError("body")} required>
        <Textarea name="body" rows={4} maxLength={4000} />
      </Field>
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {t("submit")}
      </Button>
    </form>
  );
}
