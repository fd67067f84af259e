"use client";
// Hands a consultation to contact points with a due date; embedded in the staff's consultation page. Shows the
// points already assigned (with their due dates and answers) above the choice, and assigning a point again just
// moves its due date, so the same form also extends a deadline.
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { FormAlert } from "@/components/legislation/FormAlert";
import { dayDate } from "@/components/legislation/util";
import { useActionForm } from "@/components/forms/useActionForm";
import { Alert, Button, Checkbox, Field, Input } from "@/components/ui";
import { todayInShanghai } from "@/lib/dates";
import { assignConsultationAction } from "@/lib/modules/contact-points/client";
import type { ContactPointType } from "@/lib/modules/contact-points/client";
import { SubmissionBadge } from "./AssignmentStatus";
import { WithdrawAssignment } from "./WithdrawAssignment";

export type AssignPointsFormProps = {
  tenantSlug: string;
  consultationId: string;
  /** Active points to choose from (listAssignablePoints). */
  points: { id: string; name: string; type: ContactPointType; areaPath: string | null }[];
  /** The consultation's assignments so far (listAssignmentsForConsultation). */
  assignments: {
    contactPointId: string;
    pointName: string;
    dueOn: string;
    submittedAt: Date | string | null;
    opinions: number;
  }[];
  /** Due date suggested in the date field (YYYY-MM-DD), e.g. a few days before the consultation closes. */
  defaultDueOn?: string;
};

export function AssignPointsForm({
  tenantSlug,
  consultationId,
  points,
  assignments,
  defaultDueOn,
}: AssignPointsFormProps) {
  const t = useTranslations("contactPoints.assign");
  const types = useTranslations("contactPoints.type");
  const format = useFormatter();
  const router = useRouter();
  const groupId = useId();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [done, setDone] = useState<{ assigned: number; created: number; updated: number } | null>(null);
  const [withdrawn, setWithdrawn] = useState<string | null>(null);
  const { pending, error, submit, fieldError } = useActionForm((input) => assignConsultationAction(tenantSlug, input));
  const today = todayInShanghai();
  const assigned = new Map(assignments.map((a) => [a.contactPointId, a]));
  const toggle = (id: string, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const dueOn = String(new FormData(e.currentTarget).get("dueOn") ?? "");
    setDone(null);
    setWithdrawn(null);
    submit({ consultationId, contactPointIds: [...selected], dueOn }, (data) => {
      setDone(data);
      setSelected(new Set());
      router.refresh();
    });
  }

  const pointsError = fieldError("contactPointIds");
  return (
    <div className="space-y-4">
      {withdrawn && <Alert tone="success">{t("withdrawn", { name: withdrawn })}</Alert>}
      {assignments.length > 0 ? (
        <ul className="divide-y divide-gray-200 rounded-md border border-gray-200" aria-label={t("assignedList")}>
          {assignments.map((a) => (
            <li key={a.contactPointId} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2 text-sm">
              <span className="w-full font-medium text-gray-900 md:w-auto md:min-w-0 md:flex-1">{a.pointName}</span>
              <span className="text-gray-700">
                {t("dueOnShort", { date: format.dateTime(dayDate(a.dueOn), "date") })}
              </span>
              <SubmissionBadge dueOn={a.dueOn} submitted={!!a.submittedAt} today={today} />
              <span className="tabular-nums text-gray-700">{t("opinionCount", { count: a.opinions })}</span>
              {!a.submittedAt && a.opinions === 0 && (
                <WithdrawAssignment
                  tenantSlug={tenantSlug}
                  consultationId={consultationId}
                  contactPointId={a.contactPointId}
                  pointName={a.pointName}
                  onWithdrawn={(name) => {
                    setDone(null);
                    setWithdrawn(name);
                  }}
                />
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-gray-600">{t("noneAssigned")}</p>
      )}
      {points.length === 0 ? (
        <Alert tone="info">{t("noPoints")}</Alert>
      ) : (
        <form noValidate onSubmit={onSubmit} className="space-y-4">
          <FormAlert error={error} shown={["contactPointIds", "dueOn"]} />
          {done && <Alert tone="success">{t("done", done)}</Alert>}
          <fieldset aria-describedby={pointsError ? `${groupId}-error` : undefined} className="space-y-2">
            <legend className="text-sm font-medium text-gray-900">{t("points", { count: selected.size })}</legend>
            <div className="flex flex-wrap gap-2">
              <Button
                type="button"
                size="sm"
                variant="secondary"
                onClick={() => setSelected(new Set(points.map((p) => p.id)))}
              >
                {t("selectAll")}
              </Button>
              <Button type="button" size="sm" variant="ghost" onClick={() => setSelected(new Set())}>
                {t("clear")}
              </Button>
            </div>
            <div className="grid gap-x-6 md:grid-cols-2">
              {points.map((p) => {
                const existing = assigned.get(p.id);
                const where = [types(p.type), p.areaPath].filter(Boolean).join(" · ");
                return (
                  <Checkbox
                    key={p.id}
                    label={p.name}
                    hint={
                      existing
                        ? t("alreadyAssigned", { where, date: format.dateTime(dayDate(existing.dueOn), "date") })
                        : where
                    }
                    checked={selected.has(p.id)}
                    onChange={(e) => toggle(p.id, e.currentTarget.checked)}
                  />
                );
              })}
            </div>
            {pointsError && (
              <p id={`${groupId}-error`} className="text-sm font-medium text-red-700">
                {pointsError}
              </p>
            )}
          </fieldset>
          <Field label={t("dueOn")} hint={t("dueOnHint")} error={fieldError("dueOn")} required className="max-w-xs">
            <Input name="dueOn" type="date" min={today} defaultValue={defaultDueOn ?? ""} />
          </Field>
          <Button type="submit" disabled={pending}>
            {t("submit")}
          </Button>
        </form>
      )}
    </div>
  );
}
