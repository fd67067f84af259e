"use client";
// The moves this member may make on the message now (the page passes exactly those, from getMessage's `moves`):
// each a small form with the fields it needs, refreshing the page when the move is made. Refusals come back in
// the member's language, field errors under their fields.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId } from "react";
import { FormAlert } from "@/components/legislation/FormAlert";
import { formObject, useActionForm } from "@/components/forms/useActionForm";
import { Button, Field, Input, Select, Textarea } from "@/components/ui";
import type { Result } from "@/lib/errors";
import {
  acceptMessageAction,
  answerMessageAction,
  classifyMessageAction,
  declineMessageAction,
  mergeMessageAction,
  publishMessageAction,
  reassignMessageAction,
  refuseHandbackAction,
  releaseReplyAction,
  replyMessageAction,
  requestHandbackAction,
  returnMessageAction,
  sendBackReplyAction,
  transferMessageAction,
  HANDBACK_WORKING_DAYS,
  REPLY_MAX_CHARS,
  type MoveName,
} from "@/lib/modules/citizen-messages/client";

type Option = { value: string; label: string };
export type MovesProps = {
  tenantSlug: string;
  id: string;
  moves: MoveName[];
  category: string;
  categories: Option[];
  units: Option[];
  currentUnitId: string | null;
  /** The default deadline of a transfer: the city's working days and the day they give (formatted). */
  deadline: { days: number; day: string } | null;
  /** Publish / unpublish, when the office may. */
  publish: { published: boolean } | null;
};

type Action = (tenantSlug: string, input: unknown) => Promise<Result<unknown>>;

/** One move's form: its heading, fields, and the submit button. */
function MoveForm({
  tenantSlug,
  id,
  title,
  submit: label,
  action,
  fields,
  shown,
  tone = "primary",
  children,
}: {
  tenantSlug: string;
  id: string;
  title: string;
  submit: string;
  action: Action;
  fields?: Record<string, unknown>;
  shown: string[];
  tone?: "primary" | "secondary" | "danger";
  children?: (fieldError: (name: string) => string | undefined) => React.ReactNode;
}) {
  const router = useRouter();
  const headingId = useId();
  const { pending, error, submit, fieldError } = useActionForm((input) => action(tenantSlug, input));
  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    submit({ ...formObject(e.currentTarget), ...fields, id }, () => router.refresh());
  }
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-gray-200 bg-white p-4">
      <h3 id={headingId} className="text-base font-semibold text-gray-900">
        {title}
      </h3>
      <form noValidate onSubmit={onSubmit} className="mt-3 space-y-3">
        <FormAlert error={error} shown={shown} />
        {children?.(fieldError)}
        <Button type="submit" variant={tone} disabled={pending} className="w-full sm:w-auto">
          {label}
        </Button>
      </form>
    </section>
  );
}

/** The unit's reply: text and an optional file, sent as a form (the file goes with it). */
function ReplyForm({ tenantSlug, id, title }: { tenantSlug: string; id: string; title: string }) {
  const t = useTranslations("citizenMessagesConsole.forms");
  const router = useRouter();
  const headingId = useId();
  const { pending, error, submit, fieldError } = useActionForm((input) =>
    replyMessageAction(tenantSlug, input as FormData),
  );
  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    form.set("id", id);
    submit(form, () => router.refresh());
  }
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-gray-200 bg-white p-4">
      <h3 id={headingId} className="text-base font-semibold text-gray-900">
        {title}
      </h3>
      <form noValidate onSubmit={onSubmit} className="mt-3 space-y-3" encType="multipart/form-data">
        <FormAlert error={error} shown={["body", "file"]} />
        <Field label={t("replyBody")} error={fieldError("body")} required>
          <Textarea name="body" rows={6} maxLength={REPLY_MAX_CHARS} />
        </Field>
        <Field label={t("replyFile")} error={fieldError("file")}>
          <Input type="file" name="file" accept="image/*,.pdf,.docx,.xlsx,.txt" />
        </Field>
        <Button type="submit" disabled={pending} className="w-full sm:w-auto">
          {t("reply")}
        </Button>
      </form>
    </section>
  );
}

export function MessageMoves(p: MovesProps) {
  const t = useTranslations("citizenMessagesConsole.forms");
  const names = useTranslations("citizenMessages.moves");
  const common = { tenantSlug: p.tenantSlug, id: p.id };
  const reason = (label: string) => (fe: (n: string) => string | undefined) => (
    <Field label={label} error={fe("reason")} required>
      <Textarea name="reason" rows={3} maxLength={1000} />
    </Field>
  );
  const unitFields = (label: string, units: Option[]) => (fe: (n: string) => string | undefined) => (
    <>
      <Field label={label} error={fe("unitId")} required>
        <Select name="unitId" defaultValue="">
          <option value="" disabled>
            {t("chooseUnit")}
          </option>
          {units.map((u) => (
            <option key={u.value} value={u.value}>
              {u.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={t("dueOn")}
        error={fe("dueOn")}
        hint={p.deadline ? t("dueOnHint", { days: p.deadline.days, day: p.deadline.day }) : undefined}
      >
        <Input type="date" name="dueOn" />
      </Field>
      <Field label={t("note")} error={fe("note")}>
        <Textarea name="note" rows={2} maxLength={1000} />
      </Field>
    </>
  );
  const forms: Partial<Record<MoveName, React.ReactNode>> = {
    accept: (
      <MoveForm {...common} title={names("accept")} submit={t("accept")} action={acceptMessageAction} shown={[]} />
    ),
    return: (
      <MoveForm
        {...common}
        title={names("return")}
        submit={t("return")}
        action={returnMessageAction}
        shown={["reason"]}
        tone="secondary"
      >
        {reason(t("returnReason"))}
      </MoveForm>
    ),
    classify: (
      <MoveForm
        {...common}
        title={names("classify")}
        submit={t("classify")}
        action={classifyMessageAction}
        shown={["category"]}
      >
        {(fe) => (
          <Field label={t("category")} error={fe("category")} required>
            <Select name="category" defaultValue={p.category}>
              {p.categories.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </Select>
          </Field>
        )}
      </MoveForm>
    ),
    transfer: (
      <MoveForm
        {...common}
        title={names("transfer")}
        submit={t("transfer")}
        action={transferMessageAction}
        shown={["unitId", "dueOn", "note"]}
      >
        {unitFields(t("unit"), p.units)}
      </MoveForm>
    ),
    answer: (
      <MoveForm {...common} title={names("answer")} submit={t("answer")} action={answerMessageAction} shown={["body"]}>
        {(fe) => (
          <Field label={t("answerBody")} error={fe("body")} required>
            <Textarea name="body" rows={6} maxLength={REPLY_MAX_CHARS} />
          </Field>
        )}
      </MoveForm>
    ),
    decline: (
      <MoveForm
        {...common}
        title={names("decline")}
        submit={t("decline")}
        action={declineMessageAction}
        shown={["reason"]}
        tone="secondary"
      >
        {reason(t("declineReason"))}
      </MoveForm>
    ),
    requestHandback: (
      <MoveForm
        {...common}
        title={names("requestHandback")}
        submit={t("requestHandback")}
        action={requestHandbackAction}
        shown={["reason"]}
        tone="secondary"
      >
        {(fe) => (
          <>
            <p className="text-sm text-gray-700">{t("handbackHint", { days: HANDBACK_WORKING_DAYS })}</p>
            {reason(t("handbackReason"))(fe)}
          </>
        )}
      </MoveForm>
    ),
    reassign: (
      <MoveForm
        {...common}
        title={names("reassign")}
        submit={t("reassign")}
        action={reassignMessageAction}
        shown={["unitId", "dueOn", "note"]}
      >
        {unitFields(
          t("reassignUnit"),
          p.units.filter((u) => u.value !== p.currentUnitId),
        )}
      </MoveForm>
    ),
    refuseHandback: (
      <MoveForm
        {...common}
        title={names("refuseHandback")}
        submit={t("refuseHandback")}
        action={refuseHandbackAction}
        shown={["reason"]}
        tone="secondary"
      >
        {reason(t("refuseReason"))}
      </MoveForm>
    ),
    reply: <ReplyForm {...common} title={names("reply")} />,
    release: (
      <MoveForm {...common} title={names("release")} submit={t("release")} action={releaseReplyAction} shown={[]} />
    ),
    sendBack: (
      <MoveForm
        {...common}
        title={names("sendBack")}
        submit={t("sendBack")}
        action={sendBackReplyAction}
        shown={["reason"]}
        tone="secondary"
      >
        {reason(t("sendBackReason"))}
      </MoveForm>
    ),
    merge: (
      <MoveForm
        {...common}
        title={names("merge")}
        submit={t("merge")}
        action={mergeMessageAction}
        shown={["target"]}
        tone="secondary"
      >
        {(fe) => (
          <Field label={t("mergeTarget")} error={fe("target")} required>
            <Input name="target" maxLength={64} autoComplete="off" className="font-mono" />
          </Field>
        )}
      </MoveForm>
    ),
  };
  const shown = p.moves.filter((m) => forms[m]);
  return (
    <div className="space-y-4">
      {shown.map((m) => (
        <div key={m}>{forms[m]}</div>
      ))}
      {p.publish && (
        <MoveForm
          {...common}
          title={p.publish.published ? t("unpublish") : t("publish")}
          submit={p.publish.published ? t("unpublish") : t("publish")}
          action={publishMessageAction}
          fields={{ published: !p.publish.published }}
          shown={[]}
          tone="secondary"
        />
      )}
    </div>
  );
}
