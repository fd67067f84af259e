// Test data for the review and assignment of suggestions: a suggestion led by any deputy (the shared factory's are
// all led by the city's lead deputy), and the 2026 holidays the clocks are tested across — Spring Festival
// (2月15日至23日, 调休上班 2月14日、28日), Qingming (4月4日至6日), Mid-Autumn (9月25日至27日) and National Day
// (10月1日至7日, 调休上班 9月20日、10月10日). Written through `unsafePrisma`, never through the actions under test.
import { unsafePrisma } from "@/lib/db";
import { daysInRange } from "@/lib/modules/calendar";
import type { SuggestionStatus } from "@/lib/modules/suggestions";
import { createCalendarDay, createCalendarYear } from "./calendar";
import type { SuggestionCity } from "./suggestions";

/** The 2026 days off and make-up working days above, the year confirmed. */
export async function holidays2026(tenant: { id: string }) {
  await createCalendarYear(tenant, 2026, { confirmed: true });
  const off = [
    ...daysInRange("2026-02-15", "2026-02-23"),
    ...daysInRange("2026-04-04", "2026-04-06"),
    ...daysInRange("2026-09-25", "2026-09-27"),
    ...daysInRange("2026-10-01", "2026-10-07"),
  ];
  for (const day of off) await createCalendarDay(tenant, day, { name: "节假日" });
  for (const day of ["2026-02-14", "2026-02-28", "2026-09-20", "2026-10-10"])
    await createCalendarDay(tenant, day, { kind: "WORKDAY", name: "调休上班" });
}

/** A suggestion of the city led by `deputyId`, with these co-signers (confirmed or not). */
export async function suggestionLedBy(
  c: SuggestionCity,
  deputyId: string,
  o: { status?: SuggestionStatus; cosigners?: { deputyId: string; confirmed: boolean }[]; title?: string } = {},
) {
  const s = await unsafePrisma.suggestion.create({
    data: {
      tenantId: c.tenant.id,
      kind: "SUGGESTION",
      timing: "RECESS",
      year: 2026,
      title: o.title ?? `关于加强老旧小区改造的建议 ${Math.random().toString(36).slice(2, 8)}`,
      body: "建议加快老旧小区改造进度。",
      category: "urban",
      leadDeputyId: deputyId,
      status: o.status ?? "SUBMITTED",
      submittedAt: new Date(),
    },
  });
  await unsafePrisma.suggestionSigner.createMany({
    data: [
      { tenantId: c.tenant.id, suggestionId: s.id, deputyId, role: "LEAD" as const, confirmedAt: new Date() },
      ...(o.cosigners ?? []).map((x) => ({
        tenantId: c.tenant.id,
        suggestionId: s.id,
        deputyId: x.deputyId,
        role: "COSIGNER" as const,
        confirmedAt: x.confirmed ? new Date() : null,
      })),
    ],
  });
  return s;
}
