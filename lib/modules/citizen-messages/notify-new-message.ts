// Tells a station's staff that messages have come in: once per station and Shanghai day (the dedupe key), the
// first message's title in the notice, the console's list behind it. Cheap on purpose — the intake is one
// statement — so each process remembers which station-days it has told already and does nothing more for them;
// a second process telling the same station-day adds nothing either (notify() is idempotent on the key). A
// notice that fails is logged, never the citizen's problem: the message is in and the console lists it. A message
// written to a named deputy tells that deputy too, each time: they are few, and addressed to one person.
import { todayInShanghai } from "@/lib/dates";
import { forTenant } from "@/lib/db";
import { log } from "@/lib/log";
import { notify } from "@/lib/modules/notifications";

const told = new Set<string>();
const REMEMBERED = 10_000;

export async function notifyNewMessage(
  tenantId: string,
  message: { id: string; stationId: string; deputyId: string | null; title: string },
): Promise<void> {
  if (message.deputyId) await notifyDeputy(tenantId, { ...message, deputyId: message.deputyId });
  const day = todayInShanghai();
  const dedupeKey = `message:station:${message.stationId}:${day}`;
  const memo = `${tenantId}:${dedupeKey}`;
  if (told.has(memo)) return;
  if (told.size >= REMEMBERED) told.clear();
  told.add(memo);
  try {
    await forTenant(tenantId).$transaction((tx) =>
      notify(tx, tenantId, {
        roles: [{ role: "station", scopeId: message.stationId }],
        kind: "citizenMessages.newMessages",
        messageKey: "citizenMessagesIntake.notify.newMessages",
        values: { title: message.title.slice(0, 40) },
        href: "/console/messages",
        dedupeKey,
      }),
    );
  } catch (err) {
    told.delete(memo);
    log.warn("message.notify_failed", { tenantId, stationId: message.stationId, err });
  }
}

async function notifyDeputy(tenantId: string, message: { id: string; deputyId: string; title: string }) {
  try {
    const db = forTenant(tenantId);
    const deputy = await db.deputy.findFirst({ where: { id: message.deputyId }, select: { userId: true } });
    if (!deputy?.userId) return;
    await db.$transaction((tx) =>
      notify(tx, tenantId, {
        userIds: [deputy.userId!],
        kind: "citizenMessages.toDeputy",
        messageKey: "citizenMessagesIntake.notify.toDeputy",
        values: { title: message.title.slice(0, 40) },
        href: `/console/messages/${message.id}`,
        dedupeKey: `message:deputy:${message.id}`,
      }),
    );
  } catch (err) {
    log.warn("message.notify_failed", { tenantId, deputyId: message.deputyId, err });
  }
}
