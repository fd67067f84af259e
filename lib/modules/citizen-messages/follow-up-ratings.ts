// The daily follow-up of released replies (job "citizenMessages.ratings", 08:30 Shanghai). A citizen who has not
// rated a released reply after the city's ratingAskWorkingDays (default 10) working days is asked once, the way
// FixMyStreet asks "is it fixed?": by e-mail with the link to their receipt when they left an address, else, when
// they left only a phone, the station's staff (and the deputy it was addressed to) get a 回访 (call back and ask)
// notification and workbench item.
// ratingAskedAt is set once, by a compare-and-set, so no re-run asks twice. A reply still unrated after
// autoCloseWorkingDays (default 15) working days from its release closes by itself (move autoClose,
// autoClosed = true: counted apart from rated messages in the statistics).
import { forTenant } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { todayInShanghai } from "@/lib/dates";
import { forEachCity, scanScope } from "@/lib/jobs";
import { workingCalendar } from "@/lib/modules/calendar";
import { deputiesByIds } from "@/lib/modules/deputies";
import { notify } from "@/lib/modules/notifications";
import { moveMessage } from "./move-message";
import { cityOfJob, unratedReleasedBefore, type UnratedMessage } from "./queries-ops";
import { mailConfigured, sendRatingMail } from "./rating-mail";
import { messageSettings } from "./settings";

export const RATINGS_JOB = "citizenMessages.ratings";
export const CALL_BACK_KIND = "citizenMessages.ratingCallBack";

export type FollowUpResult = { mailed: number; callBacks: number; autoClosed: number };

/** Claims the one ask of a message: true when this run set ratingAskedAt (nobody had). */
async function claimAsk(tenantId: string, id: string, now: Date): Promise<boolean> {
  const { count } = await forTenant(tenantId).citizenMessage.updateMany({
    where: { id, status: "RELEASED", ratingAskedAt: null },
    data: { ratingAskedAt: now },
  });
  return count === 1;
}

async function autoClose(tenantId: string, m: UnratedMessage, now: Date): Promise<boolean> {
  try {
    await forTenant(tenantId).$transaction((tx) =>
      moveMessage(tx, tenantId, {
        message: { id: m.id, status: "RELEASED" },
        move: "autoClose",
        actorId: null,
        data: { autoClosed: true, closedAt: now },
      }),
    );
    return true;
  } catch (err) {
    // The citizen rated it (or another run closed it) meanwhile: nothing left to do.
    if (err instanceof AppError && err.code === "CONFLICT") return false;
    throw err;
  }
}

/** The call back: the station's staff and the deputy the message was addressed to (their account); the office
 *  when the station has neither, so somebody calls. */
async function askByPhone(tenantId: string, m: UnratedMessage, now: Date): Promise<boolean> {
  const deputy = m.deputyId ? (await deputiesByIds(tenantId, [m.deputyId])).get(m.deputyId) : undefined;
  return forTenant(tenantId).$transaction(async (tx) => {
    const { count } = await tx.citizenMessage.updateMany({
      where: { id: m.id, status: "RELEASED", ratingAskedAt: null },
      data: { ratingAskedAt: now },
    });
    if (count !== 1) return false;
    const notice = {
      kind: CALL_BACK_KIND,
      messageKey: "citizenMessageStats.reminders.callBack",
      values: { title: m.title, code: m.receiptCode },
      href: `/console/messages/${m.id}`,
      dedupeKey: `citizenMessage:${m.id}:ratingCallBack`,
    };
    const { created } = await notify(tx, tenantId, {
      roles: [{ role: "station", scopeId: m.stationId }],
      userIds: deputy?.userId && deputy.status === "IN_OFFICE" ? [deputy.userId] : [],
      ...notice,
    });
    if (created.length === 0) await notify(tx, tenantId, { roles: ["deputyAffairs"], ...notice });
    return true;
  });
}

/** One scan of one city as of `now`. */
export async function followUpRatingsIn(tenantId: string, now: Date = new Date()): Promise<FollowUpResult> {
  const result: FollowUpResult = { mailed: 0, callBacks: 0, autoClosed: 0 };
  const city = await cityOfJob(tenantId);
  if (!city) return result;
  const settings = messageSettings(city.settings);
  const cal = await workingCalendar(tenantId);
  const today = todayInShanghai(now);
  const failed: string[] = [];
  for (const m of await unratedReleasedBefore(tenantId, now)) {
    const days = cal.workingDaysBetween(todayInShanghai(m.releasedAt), today);
    if (days >= settings.autoCloseWorkingDays) {
      if (await autoClose(tenantId, m, now)) result.autoClosed++;
      continue;
    }
    if (days < settings.ratingAskWorkingDays || m.ratingAskedAt) continue;
    if (m.email && mailConfigured()) {
      if (!(await claimAsk(tenantId, m.id, now))) continue;
      try {
        await sendRatingMail({
          to: m.email,
          title: m.title,
          receiptCode: m.receiptCode,
          slug: city.slug,
          city: city.fullName,
        });
        result.mailed++;
      } catch (err) {
        // Not asked after all: give the claim back, so the retried job asks again.
        await forTenant(tenantId).citizenMessage.updateMany({
          where: { id: m.id, ratingAskedAt: now },
          data: { ratingAskedAt: null },
        });
        failed.push(m.id);
        log.error("citizenMessages.rating_mail_failed", { tenantId, messageId: m.id, err });
      }
    } else if (m.phone) {
      if (await askByPhone(tenantId, m, now)) result.callBacks++;
    }
  }
  if (failed.length) throw new Error(`${RATINGS_JOB}: ${failed.length} rating mails failed`);
  return result;
}

/** The job's handler: every active city (or the one in `data.tenantId`), as of now (or `data.now`). */
export async function followUpRatings(data: Record<string, unknown>): Promise<void> {
  await forEachCity(await scanScope(data), RATINGS_JOB, followUpRatingsIn);
}
