// The one e-mail a citizen gets from the city: the request to rate a released reply, with the link to their
// receipt (/{city}/track/{code}), in Chinese (a citizen has no reader's language to go by). Laid out and sent as the
// notifications' e-mails are (SMTP_URL, SMTP_FROM, links on NEXTAUTH_URL), to the address the citizen left on the
// message rather than to a city's user.
import { getTranslator } from "@/lib/i18n/translate";
import { layoutEmail, sendEmail, siteUrl } from "@/lib/modules/notifications";

/** Is e-mail configured at all (SMTP_URL)? Without it nobody is asked by mail. */
export const mailConfigured = () => Boolean(process.env.SMTP_URL);

export function trackingLink(slug: string, receiptCode: string): string {
  return `${siteUrl()}/${slug}/track/${encodeURIComponent(receiptCode)}`;
}

export type RatingMail = { to: string; title: string; receiptCode: string; slug: string; city: string };

/** Sends the rating request; throws when the SMTP server refuses or cannot be reached. */
export async function sendRatingMail(m: RatingMail): Promise<void> {
  const t = await getTranslator("zh-CN");
  const say = (key: string, values: Record<string, string> = {}) =>
    t(`citizenMessageStats.ratingMail.${key}` as never, values as never) as string;
  const values = { title: m.title, code: m.receiptCode, city: m.city };
  await sendEmail(
    m.to,
    layoutEmail({
      subject: say("subject", values),
      paragraphs: [say("greeting"), say("body", values), say("how", values)],
      link: trackingLink(m.slug, m.receiptCode),
      open: say("open"),
      footer: say("footer", values),
    }),
  );
}
