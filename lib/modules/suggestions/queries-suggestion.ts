// One suggestion as every console page and move reads it: the row, its signers, its units (every round), its
// timeline, and the policy's view of it for this member — or null when it is another city's or this member may
// not see it (the same 404 as an id that does not exist). Each part's panel reads its own extra rows.
import { forTenant } from "@/lib/db";
import { dateToDay } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { deputiesByIds } from "@/lib/modules/deputies";
import { listUnits } from "@/lib/modules/tenancy";
import type { SuggestionScope, SuggestionViewer } from "./policy";
import { mayCosign, mayMove, mayRecordMeeting, seesSuggestion } from "./policy";
import type { AssignmentRole, MoveName, SignerRole, SuggestionStatus } from "./workflow";
import { MOVES } from "./workflow";

const ROW = {
  id: true,
  kind: true,
  timing: true,
  sessionId: true,
  year: true,
  number: true,
  title: true,
  body: true,
  category: true,
  leadDeputyId: true,
  delegation: true,
  status: true,
  createdById: true,
  onBehalf: true,
  submittedAt: true,
  reason: true,
  convertedAt: true,
  mergedIntoId: true,
  acceptedAt: true,
  isKey: true,
  supervisingLeaderId: true,
  pushingCommitteeId: true,
  leadUnitId: true,
  assignedAt: true,
  dueOn: true,
  replyCategory: true,
  firstRepliedAt: true,
  repliedOnTime: true,
  promisedOn: true,
  followUpDoneAt: true,
  satisfaction: true,
  ratedAt: true,
  rehandleCount: true,
  rehandleAllowance: true,
  closedAt: true,
  publishedAt: true,
  createdAt: true,
  updatedAt: true,
} as const;

export type SuggestionSignerRow = {
  id: string;
  deputyId: string;
  name: string;
  delegation: string;
  role: SignerRole;
  confirmedAt: Date | null;
  declinedAt: Date | null;
  creditedFromId: string | null;
};

export type SuggestionAssignmentRow = {
  id: string;
  unitId: string;
  unitName: string;
  role: AssignmentRole;
  round: number;
  assignedAt: Date;
  /** Shanghai days. */
  dueOn: string;
  viewDueOn: string | null;
  active: boolean;
  endedAt: Date | null;
  handbackRequestedAt: Date | null;
  handbackReason: string | null;
  viewBody: string | null;
  viewAt: Date | null;
  viewAttachmentId: string | null;
  letterId: string | null;
};

export type SuggestionEventRow = {
  id: string;
  kind: string;
  fromStatus: SuggestionStatus | null;
  toStatus: SuggestionStatus;
  actorId: string | null;
  unitId: string | null;
  note: string;
  createdAt: Date;
};

type SuggestionRow = NonNullable<Awaited<ReturnType<typeof readRow>>>;

export type SuggestionDetail = Omit<SuggestionRow, "dueOn" | "promisedOn"> & {
  dueOn: string | null;
  promisedOn: string | null;
  leadDeputyName: string;
  signers: SuggestionSignerRow[];
  /** Signers who count: the lead and confirmed co-signers. */
  confirmedSigners: number;
  assignments: SuggestionAssignmentRow[];
  events: SuggestionEventRow[];
  scope: SuggestionScope;
  /** The moves this member may make now (state and policy both allow). */
  moves: MoveName[];
  mayCosign: boolean;
  mayRecordMeeting: boolean;
};

async function readRow(tenantId: string, id: string) {
  return forTenant(tenantId).suggestion.findFirst({ where: { id }, select: ROW });
}

/** The scope policy.ts decides on, from the row, its signers and its assignments. */
export function scopeOf(
  s: {
    status: SuggestionStatus;
    createdById: string | null;
    leadDeputyId: string;
    leadUnitId: string | null;
    isKey: boolean;
    supervisingLeaderId: string | null;
    pushingCommitteeId: string | null;
  },
  signers: readonly { deputyId: string }[],
  assignments: readonly { unitId: string; active: boolean }[],
): SuggestionScope {
  return {
    status: s.status,
    createdById: s.createdById,
    leadDeputyId: s.leadDeputyId,
    signerDeputyIds: signers.map((x) => x.deputyId),
    leadUnitId: s.leadUnitId,
    activeUnitIds: [...new Set(assignments.filter((a) => a.active).map((a) => a.unitId))],
    unitIds: [...new Set(assignments.map((a) => a.unitId))],
    isKey: s.isKey,
    supervisingLeaderId: s.supervisingLeaderId,
    pushingCommitteeId: s.pushingCommitteeId,
  };
}

export async function getSuggestion(
  tenantId: string,
  viewer: SuggestionViewer,
  id: string,
): Promise<SuggestionDetail | null> {
  if (!isUuid(id)) return null;
  const db = forTenant(tenantId);
  const row = await readRow(tenantId, id);
  if (!row) return null;
  const [signers, assignments] = await Promise.all([
    db.suggestionSigner.findMany({ where: { suggestionId: id }, orderBy: [{ role: "asc" }, { invitedAt: "asc" }] }),
    db.suggestionAssignment.findMany({
      where: { suggestionId: id },
      orderBy: [{ round: "asc" }, { role: "asc" }, { assignedAt: "asc" }],
    }),
  ]);
  const scope = scopeOf(row, signers, assignments);
  if (!seesSuggestion(viewer, scope)) return null;
  const [events, deputies, units] = await Promise.all([
    db.suggestionEvent.findMany({ where: { suggestionId: id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    deputiesByIds(tenantId, [row.leadDeputyId, ...signers.map((s) => s.deputyId)]),
    listUnits(tenantId),
  ]);
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const moves = (Object.keys(MOVES) as MoveName[]).filter(
    (m) => MOVES[m].from.includes(row.status) && mayMove(viewer, m, scope),
  );
  return {
    ...row,
    dueOn: row.dueOn ? dateToDay(row.dueOn) : null,
    promisedOn: row.promisedOn ? dateToDay(row.promisedOn) : null,
    leadDeputyName: deputies.get(row.leadDeputyId)?.name ?? "",
    signers: signers.map((s) => ({
      id: s.id,
      deputyId: s.deputyId,
      name: deputies.get(s.deputyId)?.name ?? "",
      delegation: deputies.get(s.deputyId)?.delegation ?? "",
      role: s.role,
      confirmedAt: s.confirmedAt,
      declinedAt: s.declinedAt,
      creditedFromId: s.creditedFromId,
    })),
    confirmedSigners: signers.filter((s) => s.role === "LEAD" || s.confirmedAt !== null).length,
    assignments: assignments.map((a) => ({
      id: a.id,
      unitId: a.unitId,
      unitName: unitName.get(a.unitId) ?? "",
      role: a.role,
      round: a.round,
      assignedAt: a.assignedAt,
      dueOn: dateToDay(a.dueOn),
      viewDueOn: a.viewDueOn ? dateToDay(a.viewDueOn) : null,
      active: a.active,
      endedAt: a.endedAt,
      handbackRequestedAt: a.handbackRequestedAt,
      handbackReason: a.handbackReason,
      viewBody: a.viewBody,
      viewAt: a.viewAt,
      viewAttachmentId: a.viewAttachmentId,
      letterId: a.letterId,
    })),
    events,
    scope,
    moves,
    mayCosign: mayCosign(viewer, scope),
    mayRecordMeeting: mayRecordMeeting(viewer, scope),
  };
}

/**
 * The suggestion a move is about, read before the move (its compare-and-set catches a concurrent one), with the policy checked: 404 when the
 * member may not see it, 403 when they may see it but not make this move. Every verb-noun move starts here.
 */
export async function suggestionForMove(
  tenantId: string,
  viewer: SuggestionViewer,
  id: string,
  move: MoveName | null,
): Promise<SuggestionDetail> {
  const s = await getSuggestion(tenantId, viewer, id);
  if (!s) throw new AppError("NOT_FOUND");
  if (move && !mayMove(viewer, move, s.scope)) throw new AppError("FORBIDDEN");
  return s;
}
