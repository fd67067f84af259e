// Suggestions for the lists', clocks' and boards' tests: one inserted directly with any lead deputy, any signers
// and any units (each with its own deadline, view and round), and the viewer a test user is to the lists.
import { unsafePrisma } from "@/lib/db";
import { dayToDate } from "@/lib/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SuggestionStatus } from "@/lib/modules/suggestions";
import { loadViewer } from "@/lib/modules/suggestions";
import type { SuggestionCity } from "./suggestions";
import { memberOf } from "./stations";

export type OpsUnit = {
  unitId: string;
  role: "LEAD" | "ASSIST";
  /** Shanghai days. */
  dueOn: string;
  viewDueOn?: string;
  viewAt?: Date;
  active?: boolean;
  round?: number;
  /** The day it was assigned (default 2026-09-01: the tests' clocks are longer than any reminder level). */
  assignedOn?: string;
};

const assignedAt = (u: OpsUnit) => new Date(`${u.assignedOn ?? "2026-09-01"}T09:00:00+08:00`);

export type OpsSuggestion = {
  status: SuggestionStatus;
  title?: string;
  leadDeputyId?: string;
  createdById?: string | null;
  cosigners?: { deputyId: string; confirmed?: boolean; declined?: boolean }[];
  units?: OpsUnit[];
  /** The reply clock's day (the lead unit's dueOn), a B reply's promised day. */
  dueOn?: string;
  promisedOn?: string;
  data?: Partial<Prisma.SuggestionUncheckedCreateInput>;
};

/** A suggestion of the city in `status`, led by `leadDeputyId` (default the city's lead deputy), its signers as
 *  told (default none but the lead), its units as told (the lead unit's becomes leadUnitId). */
export async function opsSuggestion(c: SuggestionCity, o: OpsSuggestion) {
  const lead = o.units?.find((u) => u.role === "LEAD" && u.active !== false);
  const leadDeputyId = o.leadDeputyId ?? c.lead.deputy.id;
  const s = await unsafePrisma.suggestion.create({
    data: {
      tenantId: c.tenant.id,
      kind: "SUGGESTION",
      timing: "RECESS",
      year: 2026,
      title: o.title ?? `关于加强社区养老服务的建议 ${Math.random().toString(36).slice(2, 8)}`,
      body: "社区养老服务站点少，建议增加日间照料中心。",
      category: "social",
      leadDeputyId,
      status: o.status,
      createdById: o.createdById === undefined ? c.lead.user.id : o.createdById,
      submittedAt: o.status === "DRAFT" ? null : new Date(),
      leadUnitId: lead?.unitId ?? null,
      assignedAt: lead ? assignedAt(lead) : null,
      dueOn: o.dueOn ? dayToDate(o.dueOn) : lead ? dayToDate(lead.dueOn) : null,
      promisedOn: o.promisedOn ? dayToDate(o.promisedOn) : null,
      ...(o.status === "IN_PLAN" ? { replyCategory: "B" as const } : {}),
      ...o.data,
    },
  });
  await unsafePrisma.suggestionSigner.createMany({
    data: [
      { tenantId: c.tenant.id, suggestionId: s.id, deputyId: leadDeputyId, role: "LEAD", confirmedAt: new Date() },
      ...(o.cosigners ?? []).map((x) => ({
        tenantId: c.tenant.id,
        suggestionId: s.id,
        deputyId: x.deputyId,
        role: "COSIGNER" as const,
        confirmedAt: x.confirmed ? new Date() : null,
        declinedAt: x.declined ? new Date() : null,
      })),
    ],
  });
  if (o.units?.length)
    await unsafePrisma.suggestionAssignment.createMany({
      data: o.units.map((u) => ({
        tenantId: c.tenant.id,
        suggestionId: s.id,
        unitId: u.unitId,
        role: u.role,
        round: u.round ?? 1,
        assignedAt: assignedAt(u),
        dueOn: dayToDate(u.dueOn),
        viewDueOn: u.viewDueOn ? dayToDate(u.viewDueOn) : null,
        viewAt: u.viewAt ?? null,
        active: u.active ?? true,
      })),
    });
  return s;
}

/** The city's usual two units on a suggestion: the lead unit by `dueOn`, the assisting one's view by `viewDueOn`. */
export function bothUnits(c: SuggestionCity, dueOn: string, viewDueOn: string = dueOn): OpsUnit[] {
  return [
    { unitId: c.leadUnit.id, role: "LEAD", dueOn },
    { unitId: c.assistUnit.id, role: "ASSIST", dueOn, viewDueOn },
  ];
}

/** The user as the lists' policy sees them. */
export async function viewerOf(user: { id: string; tenantId: string }) {
  return loadViewer(await memberOf(user));
}
