import type { TenantTx } from "@/lib/db";
import { dayToDate, todayInShanghai } from "@/lib/dates";
import { AppError } from "@/lib/errors";

/** The call, if it is open today (Shanghai calendar); otherwise a clear refusal naming why. */
export async function findOpenCall(tx: TenantTx, callId: string) {
  const call = await tx.proposalCall.findFirst({ where: { id: callId } });
  if (!call) throw new AppError("NOT_FOUND", "callNotFound", {}, { callId: ["callNotFound"] });
  const today = dayToDate(todayInShanghai());
  if (today < call.opensOn) throw new AppError("CONFLICT", "callNotOpenYet", { opensOn: call.opensOn });
  if (today > call.closesOn) throw new AppError("CONFLICT", "callClosed", { closesOn: call.closesOn });
  return call;
}

export async function assertFieldOfTenant(tx: TenantTx, fieldId: string | null) {
  if (fieldId && !(await tx.legalField.findFirst({ where: { id: fieldId }, select: { id: true } }))) {
    throw new AppError("VALIDATION", "VALIDATION", {}, { fieldId: ["notFoundHere"] });
  }
}
