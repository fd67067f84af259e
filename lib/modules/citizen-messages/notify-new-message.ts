// Tells a station's staff that messages have come in: once per station and Shanghai day (the dedupe key), the
// first message's title in the notice, the console's list behind it. Cheap on purpose — the intake is one
// statement — so each process remembers which station-days it has told already and does nothing more for them;
// a second process telling the same station-day adds nothing either (notify() is idempotent on the key). A
// notice that fails is logged, never the citizen's problem: the message is in and the console lists it.
import { todayInShanghai } from "@/lib/dates";
import { forTenant } from "@/lib/db";
import { log } from "@/lib/log";
import { notify } from "@/lib/modules/notifications";

const told = new Set<string>();
const REMEMBERED = 10_000;

export async function notifyNewMessage(
  tenantId: string,
  message: { id: string; stationId: string; title: string },
): Promise<void> {
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
