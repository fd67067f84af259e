// The demo data agrees with itself (issue #14 item 2), for the three cities with legislation and consultation data:
// every proposal inside its call's window; plan items with their regulation's field, lead committee, drafting unit
// and year, and the annual plans' tables complete; draft versions dated with the reading they went to; one concern
// one disposition within a consultation, reasons that say what their disposition is; Chengdu with a consultation
// whose dispositions are published and its demo coordinator's point with assignments; nothing dated after today.
// seedDemo writes fixed slugs that other files seed too; the seeders lock per city, so whichever file runs first seeds.
import { beforeAll, describe, expect, test } from "vitest";
import { unsafePrisma } from "@/lib/db";
import { dateToDay, todayInShanghai } from "@/lib/dates";
import { getPublicSummary } from "@/lib/modules/consultation/portal";
import { CIVILITY_OPINIONS, FIRST_AID_OPINIONS, outcomesByText } from "@/lib/modules/consultation/seed/opinion-texts";
import { publishedAnnualPlans } from "@/lib/modules/contact-points";
import { seedDemo } from "@/lib/seed/seed-demo";

const CITIES = ["liaoyuan", "chengdu", "jining"] as const;
type City = (typeof CITIES)[number];
const ids = {} as Record<City, string>;
/** Rows of every seeded city (the scoped client takes one tenant at a time). */
const every = async <T>(read: (tenantId: string) => Promise<T[]>): Promise<T[]> =>
  (await Promise.all(CITIES.map((c) => read(ids[c])))).flat();
const shanghaiDay = (d: Date) => todayInShanghai(d);

/** What a reason of each disposition opens with, as the seed's staff write them. */
const REASON_OF: Record<string, RegExp> = {
  ADOPTED: /^已(采纳|吸收)/,
  PARTLY_ADOPTED: /^部分采纳/,
  NOT_ADOPTED: /^未采纳。.+/,
  REFERRED: /^已转市.+研究/,
  DUPLICATE: /合并/,
};

beforeAll(async () => {
  await seedDemo(() => {}, CITIES);
  for (const city of CITIES) ids[city] = (await unsafePrisma.tenant.findUniqueOrThrow({ where: { slug: city } })).id;
}, 180_000);

describe("the demo data agrees with itself", () => {
  test("every proposal arrived inside its call's window, and before any step of its screening", async () => {
    const calls = await every((tenantId) => unsafePrisma.proposalCall.findMany({ where: { tenantId } }));
    const proposals = await every((tenantId) => unsafePrisma.legislativeProposal.findMany({ where: { tenantId } }));
    expect(proposals.length).toBeGreaterThanOrEqual(30);
    const steps = await every((tenantId) => unsafePrisma.screeningStep.findMany({ where: { tenantId } }));
    for (const p of proposals) {
      const call = calls.find((c) => c.id === p.callId)!;
      const day = shanghaiDay(p.createdAt);
      expect(day >= dateToDay(call.opensOn) && day <= dateToDay(call.closesOn), `${p.title} ${day}`).toBe(true);
      for (const s of steps.filter((x) => x.proposalId === p.id))
        expect(dateToDay(s.occurredOn) >= day, `${p.title}: ${s.kind}`).toBe(true);
    }
  });

  test("every plan item has its regulation's field, lead committee, drafting unit and year; every item says them", async () => {
    const items = await every((tenantId) => unsafePrisma.planItem.findMany({ where: { tenantId } }));
    const regs = await every((tenantId) => unsafePrisma.regulation.findMany({ where: { tenantId } }));
    expect(items.filter((i) => i.regulationId).length).toBeGreaterThanOrEqual(20);
    for (const i of items) {
      expect([i.leadCommitteeId, i.draftingUnitId, i.plannedYear, i.fieldId], i.title).not.toContain(null);
      if (!i.regulationId) continue;
      const reg = regs.find((r) => r.id === i.regulationId)!;
      expect(
        { field: i.fieldId, committee: i.leadCommitteeId, unit: i.draftingUnitId, year: i.plannedYear },
        i.title,
      ).toEqual({ field: reg.fieldId, committee: reg.committeeId, unit: reg.draftingUnitId, year: reg.year });
    }
  });

  test("the annual plans the contact points receive have every row's committee and drafting unit", async () => {
    for (const city of CITIES) {
      const [latest] = await publishedAnnualPlans(ids[city]);
      expect(latest?.items.length, city).toBeGreaterThan(0);
      for (const item of latest!.items) {
        expect(item.committee, `${city}: ${item.title}`).toBeTruthy();
        expect(item.draftingUnit, `${city}: ${item.title}`).toBeTruthy();
      }
    }
  });

  test("draft versions are dated with the reading they went to, written before published, none in the future", async () => {
    const drafts = await every((tenantId) => unsafePrisma.draftVersion.findMany({ where: { tenantId } }));
    const events = await every((tenantId) =>
      unsafePrisma.regulationEvent.findMany({ where: { tenantId }, orderBy: { occurredOn: "asc" } }),
    );
    expect(drafts.length).toBeGreaterThanOrEqual(6);
    const now = Date.now();
    for (const d of drafts) {
      const label = `${d.title}（${d.label}）`;
      expect(d.createdAt.getTime(), label).toBeLessThan(now);
      if (d.publishedAt) expect(d.publishedAt.getTime(), label).toBeGreaterThanOrEqual(d.createdAt.getTime());
      const reading = events.find((e) => e.draftVersionId === d.id);
      if (!reading) continue;
      expect(shanghaiDay(d.createdAt) <= dateToDay(reading.occurredOn), label).toBe(true);
      if (d.publishedAt) expect(shanghaiDay(d.publishedAt) <= dateToDay(reading.occurredOn), label).toBe(true);
    }
    // 绿化's 一审稿 was written for the first reading of 2022-10-27, not on the day the demo was seeded.
    const greening = drafts.find((d) => d.title.startsWith("辽源市城市绿化条例") && d.label === "一审稿")!;
    expect(shanghaiDay(greening.publishedAt!)).toBe("2022-10-27");
  });

  test("one concern, one disposition: no text disposed two ways in a consultation, each as its concern says", async () => {
    const opinions = await every((tenantId) =>
      unsafePrisma.opinion.findMany({
        where: { tenantId, disposition: { not: null } },
        select: { consultationId: true, content: true, disposition: true, reason: true },
      }),
    );
    expect(opinions.length).toBeGreaterThan(100);
    const byText = new Map<string, Set<string>>();
    for (const o of opinions.filter((x) => x.disposition !== "DUPLICATE")) {
      const key = `${o.consultationId}\n${o.content}`;
      byText.set(key, (byText.get(key) ?? new Set()).add(o.disposition!));
    }
    for (const [key, kinds] of byText) expect([...kinds], key).toHaveLength(1);
    // However it is worded, an opinion raising a concern gets that concern's disposition and reason.
    const outcomes = [...outcomesByText(CIVILITY_OPINIONS).values(), ...outcomesByText(FIRST_AID_OPINIONS).values()];
    let matched = 0;
    for (const o of opinions) {
      const outcome = outcomes.find(([text]) => o.content.includes(text));
      if (!outcome) continue;
      matched++;
      expect([o.disposition, o.reason], o.content).toEqual([outcome[1], outcome[2]]);
    }
    expect(matched).toBeGreaterThan(100);
  });

  test("every reason says what its disposition is: adopted, partly, not adopted and why, referred to whom", async () => {
    const opinions = await every((tenantId) =>
      unsafePrisma.opinion.findMany({
        where: { tenantId, disposition: { not: null } },
        select: { disposition: true, reason: true, content: true },
      }),
    );
    for (const o of opinions) {
      if (o.disposition === "ADOPTED" && o.reason === null) continue; // adoption needs no reason
      expect(o.reason, `${o.disposition}: ${o.content}`).toMatch(REASON_OF[o.disposition!]!);
    }
    const kinds = new Set(opinions.map((o) => o.disposition));
    for (const d of ["ADOPTED", "PARTLY_ADOPTED", "NOT_ADOPTED", "REFERRED", "DUPLICATE"]) expect(kinds).toContain(d);
  });

  test("Chengdu: one consultation's dispositions are published, every opinion disposed before, the results public", async () => {
    const published = await unsafePrisma.consultation.findMany({
      where: { tenantId: ids.chengdu, dispositionsPublishedAt: { not: null } },
    });
    expect(published).toHaveLength(1);
    const c = published[0]!;
    // The one still being triaged comes first however its city's consultations are read (by id, by end, by draft).
    const all = await unsafePrisma.consultation.findMany({ where: { tenantId: ids.chengdu } });
    const triage = all.find((x) => !x.dispositionsPublishedAt)!;
    expect(triage.title).toBe("《成都市文明行为促进条例（草案）》公开征求意见");
    expect([triage.id < c.id, triage.endsAt < c.endsAt, triage.draftVersionId < c.draftVersionId]).toEqual([
      true,
      true,
      true,
    ]);
    const opinions = await unsafePrisma.opinion.findMany({ where: { tenantId: ids.chengdu, consultationId: c.id } });
    expect(opinions.length).toBeGreaterThanOrEqual(40);
    for (const o of opinions) {
      expect(o.status).toBe("DISPOSED");
      expect(o.createdAt >= c.startsAt && o.createdAt < c.endsAt, o.content).toBe(true);
      expect(o.disposedAt! > c.endsAt && o.disposedAt! <= c.dispositionsPublishedAt!, o.content).toBe(true);
    }
    const summary = await getPublicSummary(ids.chengdu, c.id);
    expect(summary?.opinionCount).toBe(opinions.length);
    expect(summary!.totals.map((t) => t.disposition).sort()).toEqual(
      ["ADOPTED", "NOT_ADOPTED", "PARTLY_ADOPTED", "REFERRED"].sort(),
    );
    // The people beyond one per opinion are those the contact points heard at their forums (the wording says so).
    const forum = new Map<string, number>();
    for (const o of opinions.filter((x) => x.contactPointId))
      forum.set(o.contactPointId!, Math.max(forum.get(o.contactPointId!) ?? 0, o.peopleConsulted ?? 1));
    const direct = opinions.filter((x) => !x.contactPointId).length;
    expect(summary!.peopleCount - [...forum.values()].reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(direct);
  });

  test("Chengdu: the demo coordinator's point has assignments, submitted, on both closed consultations", async () => {
    const account = await unsafePrisma.user.findFirstOrThrow({
      where: { tenantId: ids.chengdu, username: "contact-point" },
    });
    const point = await unsafePrisma.contactPoint.findFirstOrThrow({
      where: { tenantId: ids.chengdu, coordinatorId: account.id },
    });
    const assignments = await unsafePrisma.consultationAssignment.findMany({
      where: { tenantId: ids.chengdu, contactPointId: point.id },
    });
    expect(assignments).toHaveLength(2);
    for (const a of assignments) {
      expect(a.submittedAt).not.toBeNull();
      expect(a.createdAt.getTime()).toBeLessThanOrEqual(a.submittedAt!.getTime());
    }
  });

  test("nothing is dated after today, and the historic rows are not dated today", async () => {
    const now = Date.now();
    const today = todayInShanghai();
    const rows: [string, Date | null][] = [];
    const push = (what: string, xs: { createdAt?: Date; updatedAt?: Date; title?: string; name?: string }[]) =>
      xs.forEach((x) => {
        rows.push([`${what} ${x.title ?? x.name ?? ""} createdAt`, x.createdAt ?? null]);
        if (x.updatedAt) rows.push([`${what} ${x.title ?? x.name ?? ""} updatedAt`, x.updatedAt]);
      });
    push("call", await every((tenantId) => unsafePrisma.proposalCall.findMany({ where: { tenantId } })));
    push("proposal", await every((tenantId) => unsafePrisma.legislativeProposal.findMany({ where: { tenantId } })));
    push("step", await every((tenantId) => unsafePrisma.screeningStep.findMany({ where: { tenantId } })));
    push("plan", await every((tenantId) => unsafePrisma.legislativePlan.findMany({ where: { tenantId } })));
    push("regulation", await every((tenantId) => unsafePrisma.regulation.findMany({ where: { tenantId } })));
    push("event", await every((tenantId) => unsafePrisma.regulationEvent.findMany({ where: { tenantId } })));
    push("draft", await every((tenantId) => unsafePrisma.draftVersion.findMany({ where: { tenantId } })));
    push("consultation", await every((tenantId) => unsafePrisma.consultation.findMany({ where: { tenantId } })));
    push("contact point", await every((tenantId) => unsafePrisma.contactPoint.findMany({ where: { tenantId } })));
    push(
      "assignment",
      await every((tenantId) => unsafePrisma.consultationAssignment.findMany({ where: { tenantId } })),
    );
    const opinions = await every((tenantId) =>
      unsafePrisma.opinion.findMany({ where: { tenantId }, select: { createdAt: true, disposedAt: true } }),
    );
    for (const o of opinions) rows.push(["opinion", o.createdAt], ["opinion disposedAt", o.disposedAt]);
    for (const [what, at] of rows) if (at) expect(at.getTime(), what).toBeLessThanOrEqual(now);
    // Only the call open now and Liaoyuan's open consultation (and what came with them) belong to this year.
    const recent = rows.filter(([, at]) => at && shanghaiDay(at) === today).map(([what]) => what);
    expect(recent.filter((x) => !/^(opinion|assignment|consultation 《辽源市城市绿化条例)/.test(x))).toEqual([]);
  });
});
