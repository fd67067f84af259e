// What every console move shares: the message as the acting member may see it (404 when they may not, the
// refusal when they see it but this move is not theirs), the unit's deadline from the city's calendar, and the
// move's audit row.
import type { ActionContext } from "@/lib/action";
import type { AuditEntry } from "@/lib/audit";
import { todayInShanghai } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { workingCalendar } from "@/lib/modules/calendar";
import { listUnits } from "@/lib/modules/tenancy";
import type { TenantRecord } from "@/lib/tenant";
import { mayMove, seesMessage, type MessageViewer } from "./policy";
import { loadViewer } from "./queries-viewer";
import { messageSettings } from "./settings";
import type { MessageStatus, MoveName } from "./workflow";
import { MOVES } from "./workflow";

export async function messageFor(ctx: ActionContext, id: string) {
  const viewer = await loadViewer(ctx.member);
  const message = await ctx.tx.citizenMessage.findFirst({ where: { id } });
  // Not this city's, or not one the member sees: the same 404 as an id that does not exist.
  if (!message || !seesMessage(viewer, message)) throw new AppError("NOT_FOUND");
  return { viewer, message };
}

/** The message, when the member may make `move` on it (its state is moveMessage's to check). */
export async function messageForMove(ctx: ActionContext, id: string, move: MoveName) {
  const found = await messageFor(ctx, id);
  if (!mayMove(found.viewer, move, found.message)) throw new AppError("FORBIDDEN", "citizenMessages.errors.notYours");
  return found;
}

export type { MessageViewer };

/** The audit row of a move: the status before and after, and what else it set. */
export function moveAudit(
  move: MoveName,
  message: { id: string; status: MessageStatus },
  extra: { before?: Record<string, unknown>; after?: Record<string, unknown>; to?: MessageStatus } = {},
): AuditEntry {
  return {
    action: `message.${move}`,
    entityType: "CitizenMessage",
    entityId: message.id,
    before: { messageStatus: message.status, ...extra.before },
    after: { messageStatus: extra.to ?? MOVES[move].to, ...extra.after },
  };
}

/** An active unit of the city, or the refusal naming the field. */
export async function activeUnit(tenantId: string, unitId: string) {
  const unit = (await listUnits(tenantId)).find((u) => u.id === unitId);
  if (!unit)
    throw new AppError(
      "VALIDATION",
      "citizenMessages.errors.unitUnknown",
      {},
      {
        unitId: ["citizenMessages.errors.unitUnknown"],
      },
    );
  return unit;
}

/**
 * The unit's deadline: the office's own day (a working day after today), or today plus the city's
 * replyWorkingDays working days of its calendar; and the calendar years on the way not yet confirmed.
 */
export async function replyDeadline(
  tenant: TenantRecord,
  chosen?: string,
): Promise<{ dueOn: string; unconfirmedYears: number[] }> {
  const cal = await workingCalendar(tenant.id);
  const today = todayInShanghai();
  if (chosen) {
    let working = false;
    try {
      working = chosen > today && cal.isWorkingDay(chosen);
    } catch {
      working = false; // not a calendar day (2026-02-30)
    }
    if (!working)
      throw new AppError(
        "VALIDATION",
        "citizenMessagesConsole.errors.dueOnInvalid",
        {},
        {
          dueOn: ["citizenMessagesConsole.errors.dueOnInvalid"],
        },
      );
    return { dueOn: chosen, unconfirmedYears: cal.unconfirmedYears(today, chosen) };
  }
  const r = cal.addWorkingDaysChecked(today, messageSettings(tenant.settings).replyWorkingDays);
  return { dueOn: r.day, unconfirmedYears: r.unconfirmedYears };
}

/** The Shanghai day of an instant. */
export const shanghaiDay = (at: Date) => todayInShanghai(at);
