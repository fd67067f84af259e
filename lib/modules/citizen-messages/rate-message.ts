// The citizen rates a released answer by receipt code (no account: lib/public-action.ts). 满意 and 基本满意 close
// the message; 不满意 reopens it once (back to its unit with a new working-day deadline, or to the office when it
// was answered directly) and closes it after that, counted unsatisfied. One rating per round; each is a step
// of the timeline (moveMessage) and an audit row.
import { rateLimitClient } from "@/lib/client-ip";
import { dayToDate, todayInShanghai } from "@/lib/dates";
import { positiveInt } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { workingCalendar } from "@/lib/modules/calendar";
import { notify } from "@/lib/modules/notifications";
import { definePublicAction } from "@/lib/public-action";
import { normaliseReceiptCode } from "@/lib/receipt";
import { moveMessage } from "./move-message";
import { lockForRating, ratedThisRound } from "./queries-receipt";
import { messageRatingSchema } from "./schemas-public";
import { messageSettings } from "./settings";
import { afterUnsatisfied, type MessageStatus } from "./workflow";

export type RateMessageResult = { receiptCode: string; status: MessageStatus; reopened: boolean };

export const rateMessage = definePublicAction({
  name: "message.rate",
  schema: messageRatingSchema,
  // As the other public writes: per client address (every request counts) and per code (a code guessed at is
  // still one message), before any work.
  limits: ({ tenant, request }) => [
    ...(request.ip
      ? [
          {
            bucket: `message-rate:ip:${tenant.id}:${rateLimitClient(request.ip)}`,
            limit: positiveInt(process.env.MESSAGE_RATE_LIMIT_PER_CLIENT, 30),
            windowSeconds: 3600,
          },
        ]
      : []),
    {
      bucket: `message-rate:t:${tenant.id}`,
      limit: positiveInt(process.env.MESSAGE_RATE_LIMIT_PER_CITY, 2000),
      windowSeconds: 3600,
      slots: 4,
      validOnly: true,
    },
  ],
  async run({ tx, tenant }, input) {
    const code = normaliseReceiptCode(input.code);
    if (!code) throw new AppError("NOT_FOUND");
    const m = await lockForRating(tx, tenant.id, code);
    if (!m) throw new AppError("NOT_FOUND");
    if (m.status === "RELEASED" && ratedThisRound(m.ratings, m.reopenCount))
      throw new AppError("CONFLICT", "citizenMessages.errors.alreadyRated");
    if (m.status !== "RELEASED") {
      // Rated already (closed or reopened by the citizen's own rating) reads as such; anything else is not yet answered.
      if (m.ratings > 0 && m.status !== "MERGED") throw new AppError("CONFLICT", "citizenMessages.errors.alreadyRated");
      throw new AppError("CONFLICT", "citizenMessages.errors.notReleased");
    }
    const now = new Date();
    const rated = { rating: input.rating, ratingComment: input.comment ?? null, ratedAt: now };
    const to = input.rating === "UNSATISFIED" ? afterUnsatisfied(m) : "CLOSED";
    const message = { id: m.id, status: m.status };
    if (to === "CLOSED") {
      await moveMessage(tx, tenant.id, {
        message,
        move: "rate",
        actorId: null,
        data: { ...rated, closedAt: now },
      });
    } else {
      // Reopened: a unit gets a fresh deadline from the city's calendar; the office takes one back itself.
      let dueOn: Date | undefined;
      if (to === "TRANSFERRED") {
        const cal = await workingCalendar(tenant.id);
        const days = messageSettings(tenant.settings).replyWorkingDays;
        dueOn = dayToDate(cal.addWorkingDaysChecked(todayInShanghai(now), days).day);
      }
      await moveMessage(tx, tenant.id, {
        message,
        move: "reopen",
        to,
        actorId: null,
        unitId: m.unitId,
        data: { ...rated, reopenCount: m.reopenCount + 1, ...(dueOn ? { dueOn } : {}) },
      });
      await notify(tx, tenant.id, {
        roles: to === "TRANSFERRED" && m.unitId ? [{ role: "unit", scopeId: m.unitId }] : ["deputyAffairs"],
        kind: "citizenMessages.reopened",
        messageKey: "citizenMessagesPublic.notify.reopened",
        values: { code, title: m.title },
        href: `/console/messages/${m.id}`,
        dedupeKey: `message:${m.id}:reopen:${m.reopenCount + 1}`,
      });
    }
    return {
      result: { receiptCode: code, status: to, reopened: to !== "CLOSED" },
      audit: {
        action: "message.rate",
        entityType: "CitizenMessage",
        entityId: m.id,
        before: { messageStatus: m.status },
        after: { messageStatus: to, messageRating: input.rating, reopened: to !== "CLOSED" },
      },
    };
  },
});
