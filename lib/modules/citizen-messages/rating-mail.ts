// The one e-mail a citizen gets from the city: the request to rate a released reply, with the link to their
// receipt (/{city}/track/{code}), in Chinese (a citizen has no reader's language to go by), as plain text and
// simple HTML. Sent with nodemailer through the platform's SMTP settings (SMTP_URL, SMTP_FROM, links on
// NEXTAUTH_URL, as the notifications' e-mails are); the notifications' mailer only writes to a city's users, so
// this is its small counterpart for an address a citizen left on a message.
import nodemailer from "nodemailer";
import { getTranslator } from "@/lib/i18n/translate";

let kept: { url: string; transport: nodemailer.Transporter } | null = null;
function transport(url: string): nodemailer.Transporter {
  // Bounded waits, so a stuck server fails the scan and the job is retried later.
  if (kept?.url !== url)
    kept = {
      url,
      transport: nodemailer.createTransport({
        url,
        connectionTimeout: 30_000,
        greetingTimeout: 30_000,
        socketTimeout: 60_000,
      }),
    };
  return kept.transport;
}

/** Is e-mail configured at all (SMTP_URL)? Without it nobody is asked by mail. */
export const mailConfigured = () => Boolean(process.env.SMTP_URL);

export function trackingLink(slug: string, receiptCode: string): string {
  const site = (process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/+$/, "");
  return `${site}/${slug}/track/${encodeURIComponent(receiptCode)}`;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export type RatingMail = { to: string; title: string; receiptCode: string; slug: string; city: string };

/** Sends the rating request; throws when the SMTP server refuses or cannot be reached. */
export async function sendRatingMail(m: RatingMail): Promise<void> {
  const t = await getTranslator("zh-CN");
  const say = (key: string, values: Record<string, string> = {}) =>
    t(`citizenMessageStats.ratingMail.${key}` as never, values as never) as string;
  const link = trackingLink(m.slug, m.receiptCode);
  const values = { title: m.title, code: m.receiptCode, city: m.city };
  const lines = [say("greeting"), say("body", values), say("how", values)];
  await transport(process.env.SMTP_URL!).sendMail({
    from: process.env.SMTP_FROM ?? "连心 Lianxin <no-reply@lianxin.localhost>",
    to: m.to,
    subject: say("subject", values),
    text: `${lines.join("\n\n")}\n\n${say("open")}：${link}\n\n${say("footer", values)}\n`,
    html:
      lines.map((l) => `<p>${escapeHtml(l)}</p>`).join("") +
      `<p><a href="${escapeHtml(link)}">${escapeHtml(say("open"))}</a></p>` +
      `<p style="color:#6b7280;font-size:12px">${escapeHtml(say("footer", values))}</p>`,
  });
}
