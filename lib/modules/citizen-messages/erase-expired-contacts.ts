// The daily job "citizenMessages.retention" (03:30 Shanghai) keeps the promise the message form makes before a
// citizen types a phone number (个人信息保护说明): two years after a message is finished, the writer's name, phone
// and e-mail are deleted and phone numbers in its title and text are masked, as on the public board. The message,
// its timeline and its answer stay for the statistics. Idempotent: an erased message has no contact left to find.
import { forTenant } from "@/lib/db";
import { log } from "@/lib/log";
import { forEachCity, scanScope } from "@/lib/jobs";
import { anonymiseText } from "./board-text";
import { expiredContacts } from "./queries-retention";

export const RETENTION_JOB = "citizenMessages.retention";
export const CONTACT_RETENTION_YEARS = 2;

/** One city as of `now`; answers how many messages lost their contact details. */
export async function eraseExpiredContactsIn(tenantId: string, now: Date = new Date()): Promise<number> {
  const before = new Date(now);
  before.setUTCFullYear(before.getUTCFullYear() - CONTACT_RETENTION_YEARS);
  const db = forTenant(tenantId);
  let erased = 0;
  for (;;) {
    const page = await expiredContacts(tenantId, before);
    if (page.length === 0) break;
    await db.$transaction(async (tx) => {
      for (const m of page)
        await tx.citizenMessage.updateMany({
          where: { id: m.id },
          data: {
            name: null,
            phone: null,
            email: null,
            replyByPhone: false,
            title: anonymiseText(m.title),
            body: anonymiseText(m.body),
          },
        });
    });
    erased += page.length;
  }
  if (erased) log.info("message.contacts_erased", { tenantId, erased });
  return erased;
}

export async function eraseExpiredContacts(data: Record<string, unknown>): Promise<void> {
  await forEachCity(await scanScope(data), RETENTION_JOB, eraseExpiredContactsIn);
}
