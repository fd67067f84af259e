// The e-mail job of one notification (queue "notifications.email", enqueued by the notifier). Sends with
// nodemailer through SMTP_URL (smtp://user:pass@host:587, smtps://… for TLS from the start), from SMTP_FROM, in
// Chinese (the e-mail has no reader's language to go by), as plain text and simple HTML, with an absolute link
// built on NEXTAUTH_URL. Idempotent: the row is marked emailedAt once sent, so a retry of a job that already
// sent finds it marked and sends nothing (one that failed between sending and marking sends again:
// e-mail is at least once). Without SMTP_URL, or for a recipient without an address (or no longer active), or
// one already read in the console, nothing is sent.
import nodemailer from "nodemailer";
import { z } from "zod";
import { forTenant, unsafePrisma } from "@/lib/db";
import { getTranslator } from "@/lib/i18n/translate";
import { log } from "@/lib/log";
import { findRecipients } from "@/lib/modules/identity";
import { findForEmail, markEmailed, recordEmailError } from "./queries-email";
import { messageValues } from "./values";

const jobData = z.object({ tenantId: z.uuid(), notificationId: z.uuid() });

const transports = new Map<string, nodemailer.Transporter>();
function transport(url: string): nodemailer.Transporter {
  let t = transports.get(url);
  // Bounded waits, so a stuck server fails the attempt and the job is retried later.
  if (!t) {
    t = nodemailer.createTransport({ url, connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 });
    transports.set(url, t);
  }
  return t;
}

/** The site's address for links in e-mails (the one users' browsers use). */
export function siteUrl(): string {
  return (process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/+$/, "");
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export type RenderedEmail = { subject: string; text: string; html: string };

/** Every e-mail of the platform looks alike: its paragraphs, the link with its words, a small footer. */
export function layoutEmail(m: {
  subject: string;
  paragraphs: string[];
  link: string;
  open: string;
  footer: string;
}): RenderedEmail {
  return {
    subject: m.subject,
    text: `${m.paragraphs.join("\n\n")}\n\n${m.open}：${m.link}\n\n${m.footer}\n`,
    html:
      m.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("") +
      `<p><a href="${escapeHtml(m.link)}">${escapeHtml(m.open)}</a></p>` +
      `<p style="color:#6b7280;font-size:12px">${escapeHtml(m.footer)}</p>`,
  };
}

/** Sends one e-mail through SMTP_URL, from SMTP_FROM; throws when the server refuses or cannot be reached. */
export async function sendEmail(to: string | { name: string; address: string }, mail: RenderedEmail): Promise<void> {
  await transport(process.env.SMTP_URL!).sendMail({
    from: process.env.SMTP_FROM ?? "连心 Lianxin <no-reply@lianxin.localhost>",
    to,
    ...mail,
  });
}

/** Subject and bodies of a notification's e-mail, in zh-CN. */
export async function renderEmail(n: {
  messageKey: string;
  values: unknown;
  link: string;
  name: string;
  tenantName: string;
}): Promise<RenderedEmail> {
  const t = await getTranslator("zh-CN");
  // Keys are built at run time (a module's message), so the translator's typed keys do not apply.
  const say = (key: string, values: Record<string, string | number | Date> = {}) =>
    t(key as never, values as never) as string;
  const message = say(n.messageKey, messageValues(n.values));
  return layoutEmail({
    subject: say("notifications.email.subject", { message, tenant: n.tenantName }),
    paragraphs: [say("notifications.email.greeting", { name: n.name }), message],
    link: n.link,
    open: say("notifications.email.open"),
    footer: say("notifications.email.footer", { tenant: n.tenantName }),
  });
}

export async function sendNotificationEmail(data: Record<string, unknown>): Promise<void> {
  const { tenantId, notificationId } = jobData.parse(data);
  const smtpUrl = process.env.SMTP_URL;
  if (!smtpUrl) {
    log.info("notification.email_off", { notificationId, reason: "SMTP_URL is not set" });
    return;
  }
  const tenant = await unsafePrisma.tenant.findUnique({
    where: { id: tenantId },
    select: { slug: true, fullName: true },
  });
  if (!tenant) return;
  try {
    // No transaction around the send: a slow SMTP server must not hold the row (marking it read would wait on
    // it). pg-boss hands the job to one worker; the row says whether a mail already went out.
    const n = await findForEmail(tenantId, notificationId);
    if (!n || n.emailedAt || n.readAt) return;
    const [to] = await findRecipients(forTenant(tenantId), { userIds: [n.userId] });
    if (!to?.email) return;
    const mail = await renderEmail({
      messageKey: n.messageKey,
      values: n.values,
      link: `${siteUrl()}/${tenant.slug}${n.href}`,
      name: to.displayName,
      tenantName: tenant.fullName,
    });
    await sendEmail({ name: to.displayName, address: to.email }, mail);
    await markEmailed(tenantId, n.id);
    log.info("notification.emailed", { notificationId, tenant: tenant.slug });
  } catch (err) {
    await recordEmailError(tenantId, notificationId, (err as Error).message ?? String(err)).catch(() => {});
    throw err;
  }
}
