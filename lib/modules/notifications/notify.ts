// The notifier: what any module calls, inside its own transaction, to tell people something. It is idempotent:
// the dedupe key (a reminder's "object:deadline:level") reaches each person at most once, so a retried job or a
// second scan adds nothing. What it adds shows in the bell of every console page, so it moves the city's action
// version in the same transaction (cached pages key on it), and each new row for someone with an e-mail address
// gets its e-mail job, written in that transaction too: no job without its row, no row without its job.
import { bumpActionVersion } from "@/lib/action-version";
import type { TenantTx } from "@/lib/db";
import { sendJob } from "@/lib/jobs";
import { findRecipients, type RecipientQuery } from "@/lib/modules/identity";
import { insertNotifications } from "./queries-notify";
import { isCityPath, type NotificationValues } from "./values";

export const EMAIL_JOB = "notifications.email";

export type NotifyInput = RecipientQuery & {
  /** What raised it, e.g. "contactPoints.assignmentDue". */
  kind: string;
  /** A full message key, e.g. "contactPoints.reminders.dueIn", rendered with `values` in the reader's language. */
  messageKey: string;
  values?: NotificationValues;
  /** Where opening it leads, a path inside the city: "/console/my-point/<id>". */
  href: string;
  /** The idempotency key, e.g. "assignment:<id>:2026-12-08:d3". */
  dedupeKey: string;
};

export type NotifyResult = { created: { id: string; userId: string }[] };

/** Notifies the active users named by id or role (each once); answers the notifications actually created. */
export async function notify(tx: TenantTx, tenantId: string, input: NotifyInput): Promise<NotifyResult> {
  if (!isCityPath(input.href)) throw new Error(`notify: href must be a path inside the city: ${input.href}`);
  if (!input.dedupeKey || input.dedupeKey.length > 300) throw new Error("notify: a dedupe key of 1–300 characters");
  if (!/^[a-zA-Z][\w.]*$/.test(input.messageKey)) throw new Error(`notify: not a message key: ${input.messageKey}`);
  const recipients = await findRecipients(tx, input);
  if (recipients.length === 0) return { created: [] };
  const created = await insertNotifications(
    tx,
    tenantId,
    recipients.map((r) => r.id),
    {
      kind: input.kind,
      messageKey: input.messageKey,
      values: input.values ?? {},
      href: input.href,
      dedupeKey: input.dedupeKey,
    },
  );
  if (created.length === 0) return { created };
  const emails = new Map(recipients.map((r) => [r.id, r.email]));
  for (const row of created) {
    if (emails.get(row.userId)) {
      await sendJob(EMAIL_JOB, { tenantId, notificationId: row.id }, { tx, singletonKey: row.id });
    }
  }
  await bumpActionVersion(tx, tenantId);
  return { created };
}
