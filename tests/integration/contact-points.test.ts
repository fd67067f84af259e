// Contact points (issue #4 item 3) against real PostgreSQL: the registry and its audit rows, coverage by district,
// assigning consultations with a due date, the coordinator's consolidated opinions, per-point statistics, and
// every refusal — each a clear 4xx, nothing stored twice, another city's rows answering 404.
import { describe, expect, test } from "vitest";
import { executeAction } from "@/lib/action";
import { unsafePrisma } from "@/lib/db";
import { dateToDay } from "@/lib/dates";
import {
  assignConsultation,
  coverageByDistrict,
  createContactPoint,
  getContactPoint,
  getMyAssignment,
  listAssignmentsForConsultation,
  listContactPoints,
  listMyPoints,
  publishedAnnualPlans,
  submitPointOpinions,
  updateContactPoint,
  withdrawAssignment,
} from "@/lib/modules/contact-points";
import { loadMember } from "@/lib/member";
import { DEMO_CONTACT_POINTS, seedContactPointsFor, seedPointAssignmentsDemo } from "@/lib/modules/contact-points/seed";
import { demoTenants, type DemoArea } from "@/lib/seed/demo-tenants";
import { auditRows, createArea, createTenant, createUser, sessionFor, type TestTenant } from "../factories";
import {
  createAssignment,
  createConsultation,
  createContactPoint as makePoint,
  createCoordinator,
} from "../factories/consultation-points";
import { createPlan, createPlanItem, daysFromToday } from "../factories/legislation";

const staffOf = (tenant: TestTenant) => createUser(tenant, { roles: ["legislative"] });
const entry = (
  articleId: string | null,
  content = "建议明确束犬链的长度。",
  peopleConsulted = 25,
  methods = ["FORUM"],
) => ({ articleId, content, peopleConsulted, methods });
const memberOf = async (user: { id: string; tenantId: string }) =>
  (await loadMember(user.tenantId, { kind: "tenant", userId: user.id, tenantId: user.tenantId, authAt: Date.now() }))!;

describe("registry", () => {
  test("legislative staff add and edit a point; both changes are audited; names are unique per city", async () => {
    const tenant = await createTenant();
    const staff = await staffOf(tenant);
    const district = await createArea(tenant, undefined, "武侯区");
    const street = await createArea(tenant, district, "玉林街道");
    const coordinator = await createCoordinator(tenant);
    const input = {
      name: "成都市武侯区玉林街道基层立法联系点",
      type: "SUBDISTRICT",
      areaId: street.id,
      coordinatorId: coordinator.id,
      address: "玉林北路",
      establishedOn: "2015-07-01",
      active: true,
    };
    const created = await executeAction(createContactPoint, tenant.slug, input, sessionFor(staff));
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const row = await unsafePrisma.contactPoint.findFirstOrThrow({
      where: { tenantId: tenant.id, id: created.data.id },
    });
    expect(row).toMatchObject({
      name: input.name,
      type: "SUBDISTRICT",
      areaId: street.id,
      coordinatorId: coordinator.id,
      active: true,
    });
    expect(dateToDay(row.establishedOn!)).toBe("2015-07-01");

    const again = await executeAction(createContactPoint, tenant.slug, { ...input, areaId: "" }, sessionFor(staff));
    expect(again).toMatchObject({
      ok: false,
      error: { code: "CONFLICT", fieldErrors: { name: ["本市已有同名的基层立法联系点。"] } },
    });

    const updated = await executeAction(
      updateContactPoint,
      tenant.slug,
      { ...input, id: row.id, type: "COMMUNITY", coordinatorId: "", active: false },
      sessionFor(staff),
    );
    expect(updated.ok).toBe(true);
    expect(await unsafePrisma.contactPoint.findFirst({ where: { tenantId: tenant.id, id: row.id } })).toMatchObject({
      type: "COMMUNITY",
      coordinatorId: null,
      active: false,
    });
    const audit = await auditRows(tenant.id, { entityType: "ContactPoint" });
    expect(audit.map((a) => a.action)).toEqual(["contactPoint.create", "contactPoint.update"]);
    expect(audit[1]).toMatchObject({
      actorId: staff.id,
      entityId: row.id,
      before: { type: "SUBDISTRICT", active: true },
      after: { type: "COMMUNITY", active: false },
    });
    expect(await unsafePrisma.contactPoint.count({ where: { tenantId: tenant.id } })).toBe(1);
  });

  test("bad input gets field messages in the user's language; nothing is stored", async () => {
    const tenant = await createTenant();
    const other = await createTenant();
    const staff = await staffOf(tenant);
    const foreignArea = await createArea(other);
    const notCoordinator = await createUser(tenant, { roles: ["deputy"] });
    const bad = await executeAction(
      createContactPoint,
      tenant.slug,
      { name: " ", type: "PARK", establishedOn: "2015/07/01" },
      sessionFor(staff),
    );
    expect(bad).toMatchObject({
      ok: false,
      error: {
        code: "VALIDATION",
        fieldErrors: { name: ["此项为必填项。"], establishedOn: ["请输入日期（年-月-日）。"] },
      },
    });
    expect(bad.ok === false && bad.error.fieldErrors?.type).toHaveLength(1);

    const refs = await executeAction(
      createContactPoint,
      tenant.slug,
      {
        name: "某联系点",
        type: "LAW_FIRM",
        areaId: foreignArea.id,
        coordinatorId: notCoordinator.id,
        establishedOn: daysFromToday(3),
      },
      sessionFor(staff, { locale: "en" }),
    );
    expect(refs).toMatchObject({
      ok: false,
      error: {
        code: "VALIDATION",
        fieldErrors: {
          areaId: [expect.stringMatching(/area/i)],
          coordinatorId: [expect.stringMatching(/contact point role/i)],
          establishedOn: [expect.stringMatching(/future/i)],
        },
      },
    });
    expect(await unsafePrisma.contactPoint.count({ where: { tenantId: tenant.id } })).toBe(0);
  });

  test("a leader may not add a point (403); another city's point answers 404 and is left alone", async () => {
    const a = await createTenant();
    const b = await createTenant();
    const leader = await createUser(a, { roles: ["leader"] });
    const staffA = await staffOf(a);
    const pointB = await makePoint(b, { name: "乙市联系点" });
    expect(
      await executeAction(createContactPoint, a.slug, { name: "甲市联系点", type: "OTHER" }, sessionFor(leader)),
    ).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    const cross = await executeAction(
      updateContactPoint,
      a.slug,
      { id: pointB.id, name: "被改了", type: "OTHER" },
      sessionFor(staffA),
    );
    expect(cross).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect((await unsafePrisma.contactPoint.findFirstOrThrow({ where: { tenantId: b.id, id: pointB.id } })).name).toBe(
      "乙市联系点",
    );
  });
});

describe("coverage and statistics", () => {
  test("every district with its active points (at any level below it); districts without one show zero", async () => {
    const tenant = await createTenant();
    const wuhou = await createArea(tenant, undefined, "武侯区");
    const yulin = await createArea(tenant, wuhou, "玉林街道");
    const community = await createArea(tenant, yulin, "玉林北路社区");
    const jinjiang = await createArea(tenant, undefined, "锦江区");
    await createArea(tenant, undefined, "青羊区");
    await makePoint(tenant, { name: "玉林街道联系点", areaId: yulin.id });
    await makePoint(tenant, { name: "玉林北路社区联系点", areaId: community.id });
    await makePoint(tenant, { name: "锦江区已撤销的联系点", areaId: jinjiang.id, active: false });
    await makePoint(tenant, { name: "全市性律师事务所联系点", type: "LAW_FIRM" });
    const coverage = await coverageByDistrict(tenant.id);
    expect(coverage.districts.map((d) => [d.name, d.points.length])).toEqual([
      ["武侯区", 2],
      ["锦江区", 0],
      ["青羊区", 0],
    ]);
    expect(coverage.covered).toBe(1);
  });

  test("a point's record counts its opinions, and adopted ones (adopted or partly adopted)", async () => {
    const tenant = await createTenant();
    const point = await makePoint(tenant);
    const other = await makePoint(tenant);
    const { consultation } = await createConsultation(tenant, { window: "closed" });
    await createAssignment(tenant, consultation, point);
    const dispositions = ["ADOPTED", "PARTLY_ADOPTED", "NOT_ADOPTED", null, "ADOPTED"] as const;
    for (const [i, d] of dispositions.entries()) {
      await unsafePrisma.opinion.create({
        data: {
          tenantId: tenant.id,
          consultationId: consultation.id,
          channel: "CONTACT_POINT",
          content: `意见${i}`,
          contentHash: `h${i}`,
          receiptCode: `RC${i}ABCDEFG`,
          contactPointId: point.id,
          peopleConsulted: 10,
          status: d ? "DISPOSED" : "RECEIVED",
          disposition: d,
          reason: d === "ADOPTED" ? null : "理由",
        },
      });
    }
    const rows = await listContactPoints(tenant.id);
    expect(rows.find((r) => r.id === point.id)?.stats).toEqual({
      assignments: 1,
      submitted: 0,
      opinions: 5,
      adopted: 3,
    });
    expect(rows.find((r) => r.id === other.id)?.stats).toEqual({
      assignments: 0,
      submitted: 0,
      opinions: 0,
      adopted: 0,
    });
    const page = await getContactPoint(tenant.id, point.id);
    expect(page?.assignments.map((a) => [a.consultationId, a.state, a.opinions])).toEqual([
      [consultation.id, "CLOSED", 5],
    ]);
    // Another city's point or consultation reads as nothing.
    const elsewhere = await createTenant();
    expect(await getContactPoint(elsewhere.id, point.id)).toBeNull();
    expect(await listAssignmentsForConsultation(elsewhere.id, consultation.id)).toEqual([]);
    expect(await getContactPoint(tenant.id, "not-a-uuid")).toBeNull();
  });

  test("coordinators receive the published annual plans, newest first, the latest with its items", async () => {
    const tenant = await createTenant();
    const older = await createPlan(tenant, { kind: "ANNUAL", startYear: 2023, published: true });
    const latest = await createPlan(tenant, { kind: "ANNUAL", startYear: 2024, published: true });
    await createPlan(tenant, { kind: "ANNUAL", startYear: 2025 });
    await createPlan(tenant, { kind: "FIVE_YEAR", published: true });
    await createPlanItem(tenant, latest, { title: "成都市文明行为促进条例" });
    const plans = await publishedAnnualPlans(tenant.id);
    expect(plans.map((p) => p.id)).toEqual([latest.id, older.id]);
    expect(plans[0]!.items.map((i) => i.title)).toEqual(["成都市文明行为促进条例"]);
  });
});

describe("assigning a consultation to points", () => {
  test("creates one assignment per point with the due date; assigning again moves the date, never duplicates", async () => {
    const tenant = await createTenant();
    const staff = await staffOf(tenant);
    const [p1, p2] = [await makePoint(tenant), await makePoint(tenant)];
    const { consultation } = await createConsultation(tenant);
    const first = await executeAction(
      assignConsultation,
      tenant.slug,
      { consultationId: consultation.id, contactPointIds: [p1.id, p2.id, p1.id], dueOn: daysFromToday(5) },
      sessionFor(staff),
    );
    expect(first).toEqual({ ok: true, data: { assigned: 2, created: 2, updated: 0 } });
    const again = await executeAction(
      assignConsultation,
      tenant.slug,
      { consultationId: consultation.id, contactPointIds: [p2.id], dueOn: daysFromToday(8) },
      sessionFor(staff),
    );
    expect(again).toEqual({ ok: true, data: { assigned: 1, created: 0, updated: 1 } });
    const listed = await listAssignmentsForConsultation(tenant.id, consultation.id);
    expect(listed.map((a) => [a.contactPointId, a.dueOn]).sort()).toEqual(
      [
        [p1.id, daysFromToday(5)],
        [p2.id, daysFromToday(8)],
      ].sort(),
    );
    const audit = await auditRows(tenant.id, { action: "consultation.assignContactPoints" });
    expect(audit).toHaveLength(2);
    expect(audit[1]).toMatchObject({
      entityId: consultation.id,
      before: { dueOn: { [p2.id]: daysFromToday(5) } },
      after: { contactPointIds: [p2.id], dueOn: daysFromToday(8) },
    });
  });

  test("refuses a due date outside the window, an inactive point, a closed consultation and one without the contact-point channel", async () => {
    const tenant = await createTenant();
    const staff = await staffOf(tenant);
    const point = await makePoint(tenant);
    const retired = await makePoint(tenant, { name: "已撤销的联系点", active: false });
    const { consultation } = await createConsultation(tenant);
    const assign = (consultationId: string, contactPointIds: string[], dueOn = daysFromToday(3)) =>
      executeAction(assignConsultation, tenant.slug, { consultationId, contactPointIds, dueOn }, sessionFor(staff));
    expect(await assign(consultation.id, [point.id], daysFromToday(-1))).toMatchObject({
      ok: false,
      error: { code: "VALIDATION", fieldErrors: { dueOn: [expect.stringContaining("截止日期须在")] } },
    });
    expect(await assign(consultation.id, [point.id], daysFromToday(30))).toMatchObject({
      ok: false,
      error: { code: "VALIDATION", fieldErrors: { dueOn: [expect.any(String)] } },
    });
    expect(await assign(consultation.id, [point.id, retired.id])).toMatchObject({
      ok: false,
      error: { code: "VALIDATION", fieldErrors: { contactPointIds: [expect.stringContaining("已撤销的联系点")] } },
    });
    const closed = await createConsultation(tenant, { window: "closed" });
    expect(await assign(closed.consultation.id, [point.id])).toMatchObject({
      ok: false,
      error: { code: "CONFLICT", fieldErrors: { consultationId: [expect.any(String)] } },
    });
    const publicOnly = await createConsultation(tenant, { channels: ["PUBLIC"] });
    expect(await assign(publicOnly.consultation.id, [point.id])).toMatchObject({
      ok: false,
      error: { code: "CONFLICT", fieldErrors: { consultationId: [expect.stringContaining("联系点")] } },
    });
    expect(await assign(consultation.id, [], daysFromToday(3))).toMatchObject({
      ok: false,
      error: { code: "VALIDATION", fieldErrors: { contactPointIds: [expect.any(String)] } },
    });
    expect(await unsafePrisma.consultationAssignment.count({ where: { tenantId: tenant.id } })).toBe(0);
  });

  test("another city's consultation or point answers 404; committee staff may not assign (403)", async () => {
    const a = await createTenant();
    const b = await createTenant();
    const staffA = await staffOf(a);
    const committee = await createUser(a, { roles: ["committee"] });
    const pointA = await makePoint(a);
    const pointB = await makePoint(b);
    const { consultation: cA } = await createConsultation(a);
    const { consultation: cB } = await createConsultation(b);
    const dueOn = daysFromToday(3);
    expect(
      await executeAction(
        assignConsultation,
        a.slug,
        { consultationId: cB.id, contactPointIds: [pointA.id], dueOn },
        sessionFor(staffA),
      ),
    ).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(
      await executeAction(
        assignConsultation,
        a.slug,
        { consultationId: cA.id, contactPointIds: [pointA.id, pointB.id], dueOn },
        sessionFor(staffA),
      ),
    ).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(
      await executeAction(
        assignConsultation,
        a.slug,
        { consultationId: cA.id, contactPointIds: [pointA.id], dueOn },
        sessionFor(committee),
      ),
    ).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    for (const t of [a, b])
      expect(await unsafePrisma.consultationAssignment.count({ where: { tenantId: t.id } })).toBe(0);
  });
});

describe("withdrawing an assignment", () => {
  test("staff take a consultation back from a point that has sent nothing; audited; the coordinator no longer sees it", async () => {
    const tenant = await createTenant();
    const staff = await staffOf(tenant);
    const coordinator = await createCoordinator(tenant);
    const point = await makePoint(tenant, { coordinatorId: coordinator.id });
    const { consultation } = await createConsultation(tenant);
    const assignment = await createAssignment(tenant, consultation, point);
    const withdraw = () =>
      executeAction(
        withdrawAssignment,
        tenant.slug,
        { consultationId: consultation.id, contactPointId: point.id },
        sessionFor(staff),
      );
    expect(await withdraw()).toEqual({ ok: true, data: { withdrawn: true } });
    expect(await listAssignmentsForConsultation(tenant.id, consultation.id)).toEqual([]);
    expect((await listMyPoints(tenant.id, await memberOf(coordinator)))[0]?.assignments).toEqual([]);
    expect(await auditRows(tenant.id, { action: "consultation.withdrawAssignment" })).toMatchObject([
      { entityId: consultation.id, before: { contactPointId: point.id, dueOn: dateToDay(assignment.dueOn) } },
    ]);
    // A second click finds nothing left to withdraw; the coordinator's late submission is refused as unassigned.
    expect(await withdraw()).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    const late = await executeAction(
      submitPointOpinions,
      tenant.slug,
      { consultationId: consultation.id, contactPointId: point.id, entries: [entry(null)] },
      sessionFor(coordinator),
    );
    expect(late.ok).toBe(false);
    expect(await unsafePrisma.opinion.count({ where: { tenantId: tenant.id } })).toBe(0);
  });

  test("refused once the point has sent opinions or the consultation has closed; other cities 404; committee staff 403", async () => {
    const tenant = await createTenant();
    const staff = await staffOf(tenant);
    const coordinator = await createCoordinator(tenant);
    const point = await makePoint(tenant, { coordinatorId: coordinator.id });
    const { consultation } = await createConsultation(tenant);
    await createAssignment(tenant, consultation, point);
    expect(
      (
        await executeAction(
          submitPointOpinions,
          tenant.slug,
          { consultationId: consultation.id, contactPointId: point.id, entries: [entry(null)] },
          sessionFor(coordinator),
        )
      ).ok,
    ).toBe(true);
    const withdraw = (slug: string, consultationId: string, contactPointId: string, user = staff) =>
      executeAction(withdrawAssignment, slug, { consultationId, contactPointId }, sessionFor(user));
    expect(await withdraw(tenant.slug, consultation.id, point.id)).toMatchObject({
      ok: false,
      error: { code: "CONFLICT", fieldErrors: { contactPointId: ["该联系点已报送意见，不能撤回交办。"] } },
    });

    const closed = await createConsultation(tenant, { window: "closed" });
    await createAssignment(tenant, closed.consultation, point);
    expect(await withdraw(tenant.slug, closed.consultation.id, point.id)).toMatchObject({
      ok: false,
      error: { code: "CONFLICT", fieldErrors: { contactPointId: [expect.stringContaining("已截止")] } },
    });

    const other = await createTenant();
    const otherStaff = await staffOf(other);
    expect(await withdraw(other.slug, consultation.id, point.id, otherStaff)).toMatchObject({
      ok: false,
      error: { code: "NOT_FOUND" },
    });
    const committee = await createUser(tenant, { roles: ["committee"] });
    expect(await withdraw(tenant.slug, closed.consultation.id, point.id, committee)).toMatchObject({
      ok: false,
      error: { code: "FORBIDDEN" },
    });
    expect(await withdraw(tenant.slug, "not-a-uuid", point.id)).toMatchObject({
      ok: false,
      error: { code: "VALIDATION" },
    });
    expect(await unsafePrisma.consultationAssignment.count({ where: { tenantId: tenant.id } })).toBe(2);
  });
});

describe("a coordinator's consolidated opinions", () => {
  test("the coordinator submits per-article entries for an assigned open consultation; a repeat is not stored twice", async () => {
    const tenant = await createTenant();
    const coordinator = await createCoordinator(tenant);
    const district = await createArea(tenant, undefined, "武侯区");
    const point = await makePoint(tenant, { coordinatorId: coordinator.id, areaId: district.id });
    const { consultation, articles } = await createConsultation(tenant);
    await createAssignment(tenant, consultation, point);
    const input = {
      consultationId: consultation.id,
      contactPointId: point.id,
      entries: [
        entry(articles[2]!.id, "建议  明确束犬链\n长度。", 30, ["FORUM", "VISIT"]),
        entry(null, "建议增加对志愿服务的激励。", 12, ["ONLINE"]),
      ],
    };
    const result = await executeAction(submitPointOpinions, tenant.slug, input, sessionFor(coordinator));
    expect(result).toMatchObject({
      ok: true,
      data: { created: 2, skipped: 0, receiptCodes: [expect.stringMatching(/^[A-Z2-9]{10}$/), expect.any(String)] },
    });
    const rows = await unsafePrisma.opinion.findMany({
      where: { tenantId: tenant.id, consultationId: consultation.id },
      orderBy: { peopleConsulted: "desc" },
    });
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      channel: "CONTACT_POINT",
      contactPointId: point.id,
      articleId: articles[2]!.id,
      articleIdentity: articles[2]!.identity,
      peopleConsulted: 30,
      consultMethods: ["FORUM", "VISIT"],
      submittedById: coordinator.id,
      status: "RECEIVED",
      name: point.name,
      areaId: district.id,
      contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(rows[1]).toMatchObject({ articleId: null, articleIdentity: null, consultMethods: ["ONLINE"] });
    const assignment = await unsafePrisma.consultationAssignment.findFirstOrThrow({
      where: { tenantId: tenant.id, consultationId: consultation.id },
    });
    expect(assignment.submittedAt).toBeInstanceOf(Date);

    // The same text with other spacing on the same article is the same opinion: skipped, not stored again.
    const repeat = await executeAction(
      submitPointOpinions,
      tenant.slug,
      { ...input, entries: [entry(articles[2]!.id, "建议 明确束犬链 长度。")] },
      sessionFor(coordinator),
    );
    expect(repeat).toMatchObject({ ok: true, data: { created: 0, skipped: 1 } });
    expect(await unsafePrisma.opinion.count({ where: { tenantId: tenant.id } })).toBe(2);
    expect((await auditRows(tenant.id, { action: "contactPoint.submitOpinions" })).map((a) => a.entityId)).toEqual([
      assignment.id,
      assignment.id,
    ]);

    const mine = await listMyPoints(tenant.id, await memberOf(coordinator));
    expect(mine.map((p) => [p.name, p.assignments.map((a) => [a.title, a.state, a.opinions])])).toEqual([
      [point.name, [[consultation.title, "OPEN", 2]]],
    ]);
    const page = await getMyAssignment(tenant.id, await memberOf(coordinator), assignment.id);
    expect(page?.articles).toHaveLength(3);
    expect(page?.opinions.map((o) => o.articleLabel)).toEqual(["第三条", null]);
  });

  test("two identical submissions at once store the entries once (the assignment row queues them)", async () => {
    const tenant = await createTenant();
    const coordinator = await createCoordinator(tenant);
    const point = await makePoint(tenant, { coordinatorId: coordinator.id });
    const { consultation, articles } = await createConsultation(tenant);
    await createAssignment(tenant, consultation, point);
    const input = {
      consultationId: consultation.id,
      contactPointId: point.id,
      entries: [entry(articles[0]!.id), entry(articles[1]!.id, "另一条意见")],
    };
    const results = await Promise.all(
      [1, 2, 3].map(() => executeAction(submitPointOpinions, tenant.slug, input, sessionFor(coordinator))),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results.map((r) => (r.ok ? r.data.created : -1)).sort()).toEqual([0, 0, 2]);
    expect(await unsafePrisma.opinion.count({ where: { tenantId: tenant.id } })).toBe(2);
  });

  test("a coordinator linked through the role's scope may submit too; another coordinator may not (403)", async () => {
    const tenant = await createTenant();
    const point = await makePoint(tenant);
    const scoped = await createCoordinator(tenant, point.id);
    const stranger = await createCoordinator(tenant, (await makePoint(tenant)).id);
    const { consultation, articles } = await createConsultation(tenant);
    const assignment = await createAssignment(tenant, consultation, point);
    const input = { consultationId: consultation.id, contactPointId: point.id, entries: [entry(articles[0]!.id)] };
    expect(await executeAction(submitPointOpinions, tenant.slug, input, sessionFor(stranger))).toMatchObject({
      ok: false,
      error: { code: "FORBIDDEN", fieldErrors: { contactPointId: [expect.any(String)] } },
    });
    expect(await getMyAssignment(tenant.id, await memberOf(stranger), assignment.id)).toBeNull();
    expect((await executeAction(submitPointOpinions, tenant.slug, input, sessionFor(scoped))).ok).toBe(true);
  });

  test("refused for an unassigned, a closed or a scheduled consultation, an article of another draft, and staff", async () => {
    const tenant = await createTenant();
    const coordinator = await createCoordinator(tenant);
    const point = await makePoint(tenant, { coordinatorId: coordinator.id });
    const staff = await staffOf(tenant);
    const open = await createConsultation(tenant);
    const unassigned = await createConsultation(tenant);
    const closed = await createConsultation(tenant, { window: "closed" });
    const scheduled = await createConsultation(tenant, { window: "scheduled" });
    for (const c of [open, closed, scheduled]) await createAssignment(tenant, c.consultation, point);
    const submit = (
      c: { consultation: { id: string }; articles: { id: string }[] },
      entries = [entry(c.articles[0]!.id)],
      who: { id: string; tenantId: string } = coordinator,
    ) =>
      executeAction(
        submitPointOpinions,
        tenant.slug,
        { consultationId: c.consultation.id, contactPointId: point.id, entries },
        sessionFor(who),
      );

    expect(await submit(unassigned)).toMatchObject({
      ok: false,
      error: { code: "FORBIDDEN", fieldErrors: { consultationId: [expect.stringContaining("未交给")] } },
    });
    expect(await submit(closed)).toMatchObject({
      ok: false,
      error: { code: "CONFLICT", fieldErrors: { consultationId: [expect.any(String)] } },
    });
    expect(await submit(scheduled)).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
    expect(await submit(open, [entry(open.articles[0]!.id), entry(unassigned.articles[1]!.id)])).toMatchObject({
      ok: false,
      error: { code: "VALIDATION", fieldErrors: { "entries.1.articleId": [expect.stringContaining("不属于")] } },
    });
    expect(await submit(open, [entry(null, "", 0, [])])).toMatchObject({
      ok: false,
      error: {
        code: "VALIDATION",
        fieldErrors: {
          "entries.0.content": [expect.any(String)],
          "entries.0.peopleConsulted": ["请输入正整数。"],
          "entries.0.methods": [expect.any(String)],
        },
      },
    });
    expect(await submit(open, [entry(null, "意见", 5, ["PHONE"])])).toMatchObject({
      ok: false,
      error: { code: "VALIDATION" },
    });
    expect(await submit(open, [], coordinator)).toMatchObject({
      ok: false,
      error: { code: "VALIDATION", fieldErrors: { entries: [expect.any(String)] } },
    });
    expect(await submit(open, undefined, staff)).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await unsafePrisma.opinion.count({ where: { tenantId: tenant.id } })).toBe(0);
    expect(
      await unsafePrisma.consultationAssignment.count({ where: { tenantId: tenant.id, submittedAt: { not: null } } }),
    ).toBe(0);
  });

  test("another city's point or consultation answers 404", async () => {
    const a = await createTenant();
    const b = await createTenant();
    const coordinatorA = await createCoordinator(a);
    const pointA = await makePoint(a, { coordinatorId: coordinatorA.id });
    const pointB = await makePoint(b);
    const inA = await createConsultation(a);
    const inB = await createConsultation(b);
    await createAssignment(a, inA.consultation, pointA);
    await createAssignment(b, inB.consultation, pointB);
    const submit = (consultationId: string, contactPointId: string, articleId: string) =>
      executeAction(
        submitPointOpinions,
        a.slug,
        { consultationId, contactPointId, entries: [entry(articleId)] },
        sessionFor(coordinatorA),
      );
    expect(await submit(inB.consultation.id, pointA.id, inB.articles[0]!.id)).toMatchObject({
      ok: false,
      error: { code: "NOT_FOUND" },
    });
    expect(await submit(inA.consultation.id, pointB.id, inA.articles[0]!.id)).toMatchObject({
      ok: false,
      error: { code: "NOT_FOUND" },
    });
    // Another city's session on this city's URL learns nothing either.
    expect(
      await executeAction(
        submitPointOpinions,
        b.slug,
        { consultationId: inB.consultation.id, contactPointId: pointB.id, entries: [entry(null)] },
        sessionFor(coordinatorA),
      ),
    ).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    for (const t of [a, b]) expect(await unsafePrisma.opinion.count({ where: { tenantId: t.id } })).toBe(0);
  });
});

describe("demo data", () => {
  async function cityLike(slug: string) {
    const tenant = await createTenant();
    const add = async (areas: DemoArea[], parent?: { id: string; level: "DISTRICT" | "STREET" | "COMMUNITY" }) => {
      for (const a of areas) await add(a.children ?? [], await createArea(tenant, parent, a.name));
    };
    await add(demoTenants.find((t) => t.slug === slug)!.areas);
    const account = await createUser(tenant, { username: "contact-point", roles: ["contactPoint"] });
    return { tenant, account };
  }

  test.each([
    ["liaoyuan", 12, 2, 4],
    ["chengdu", 28, 2, 23],
  ] as const)(
    "%s: %i points, %i law firms, every district covered, the demo account linked both ways; seeding again adds nothing",
    async (slug, count, lawFirms, districts) => {
      const { tenant, account } = await cityLike(slug);
      expect(await seedContactPointsFor(tenant.id, slug, DEMO_CONTACT_POINTS[slug]!)).toBe(true);
      expect(await seedContactPointsFor(tenant.id, slug, DEMO_CONTACT_POINTS[slug]!)).toBe(false);
      const points = await listContactPoints(tenant.id);
      expect(points).toHaveLength(count);
      expect(points.filter((p) => p.type === "LAW_FIRM")).toHaveLength(lawFirms);
      expect(points.every((p) => p.areaPath !== null)).toBe(true);
      const coverage = await coverageByDistrict(tenant.id);
      expect([coverage.covered, coverage.districts.length]).toEqual([districts, districts]);
      const linked = points.filter((p) => p.coordinatorId === account.id);
      expect(linked).toHaveLength(1);
      const role = await unsafePrisma.roleAssignment.findFirstOrThrow({
        where: { tenantId: tenant.id, userId: account.id, role: "contactPoint" },
      });
      expect(role.scopeId).toBe(linked[0]!.id);
      expect((await listMyPoints(tenant.id, await memberOf(account))).map((p) => p.id)).toEqual([linked[0]!.id]);
    },
  );

  test("after the consultation demo, consultations are handed to the points: the senders, and every active point while open", async () => {
    const tenant = await createTenant();
    const [sender, other] = [await makePoint(tenant), await makePoint(tenant)];
    await makePoint(tenant, { active: false });
    const closed = await createConsultation(tenant, { window: "closed" });
    const open = await createConsultation(tenant);
    const sentAt = new Date(closed.consultation.startsAt.getTime() + 3_600_000);
    await unsafePrisma.opinion.create({
      data: {
        tenantId: tenant.id,
        consultationId: closed.consultation.id,
        channel: "CONTACT_POINT",
        content: "意见",
        contentHash: "h",
        receiptCode: "SEEDPOINT1",
        contactPointId: sender.id,
        peopleConsulted: 9,
        createdAt: sentAt,
      },
    });
    await seedPointAssignmentsDemo([tenant.slug]);
    await seedPointAssignmentsDemo([tenant.slug]);
    const rows = await unsafePrisma.consultationAssignment.findMany({ where: { tenantId: tenant.id } });
    expect(
      rows.filter((r) => r.consultationId === closed.consultation.id).map((r) => [r.contactPointId, r.submittedAt]),
    ).toEqual([[sender.id, sentAt]]);
    expect(
      rows
        .filter((r) => r.consultationId === open.consultation.id)
        .map((r) => r.contactPointId)
        .sort(),
    ).toEqual([sender.id, other.id].sort());
  });
});
