// Reception days and records (issue #10 items 4, 5) against real PostgreSQL: a schedule materialised a year
// ahead with the city's calendar, re-materialised on edit (a day with a record kept), a day edited and cancelled;
// the monthly horizon job; a record with two deputies and its attendance rows, an issue's status changed; the
// duty reminder (created once, a second run creates nothing); the workbench's items; another station refused.
import sharp from "sharp";
import { describe, expect, test } from "vitest";
import { executeAction } from "@/lib/action";
import { unsafePrisma } from "@/lib/db";
import { dateToDay, dayToDate, todayInShanghai } from "@/lib/dates";
import { Upload } from "@/lib/modules/attachments";
import { addCalendarDays } from "@/lib/modules/calendar";
import {
  createReceptionRecord,
  createSchedule,
  DUTY_REMINDER_KIND,
  extendSchedulesIn,
  getReceptionRecord,
  horizonEnd,
  recordEvidence,
  stationChecklist,
  remindReceptionDutiesIn,
  updateIssue,
  updateIssueStatus,
  updateReceptionDay,
  updateSchedule,
} from "@/lib/modules/stations";
import { workbench } from "@/lib/modules/stations/workbench";
import { auditRows, createTenant, sessionFor } from "../factories";
import { createCalendarDay } from "../factories/calendar";
import { deputyWithAccount, memberOf, station, stationDeputy, stationUser } from "../factories/stations";

const today = todayInShanghai();
const schedule = (stationId: string, extra: Record<string, unknown> = {}) => ({
  stationId,
  title: "每月 15 日接待日",
  kind: "MONTHLY_DAY",
  dayOfMonth: 15,
  startsOn: today,
  startTime: "09:00",
  endTime: "11:30",
  onHoliday: "KEEP",
  theme: "民生实事",
  ...extra,
});

describe("reception days", () => {
  test("a schedule writes its days a year ahead; editing it replaces future days without a record", async () => {
    const tenant = await createTenant();
    const s = await station(tenant);
    const staff = await stationUser(tenant, s.id);
    const d1 = await stationDeputy(tenant);
    const created = await executeAction(
      createSchedule,
      tenant.slug,
      schedule(s.id, { deputyIds: [d1.id] }),
      sessionFor(staff),
    );
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const days = await unsafePrisma.receptionDay.findMany({
      where: { tenantId: tenant.id, scheduleId: created.data.id },
      orderBy: { day: "asc" },
    });
    expect(days.length).toBe(created.data.days);
    expect(days.length).toBeGreaterThanOrEqual(12);
    expect(days.every((d) => dateToDay(d.day).endsWith("-15"))).toBe(true);
    expect(dateToDay(days.at(-1)!.day) <= horizonEnd(today)).toBe(true);
    expect(days[0]).toMatchObject({ startTime: "09:00", theme: "民生实事", deputyIds: [d1.id] });

    // A record on the first day keeps that day through the edit.
    const first = days[0]!;
    await unsafePrisma.receptionRecord.create({
      data: { tenantId: tenant.id, stationId: s.id, receptionDayId: first.id, day: first.day, peopleReceived: 3 },
    });
    const edited = await executeAction(
      updateSchedule,
      tenant.slug,
      schedule(s.id, { id: created.data.id, dayOfMonth: 20, startTime: "14:00", endTime: "16:00" }),
      sessionFor(staff),
    );
    expect(edited.ok).toBe(true);
    const after = await unsafePrisma.receptionDay.findMany({
      where: { tenantId: tenant.id, scheduleId: created.data.id },
      orderBy: { day: "asc" },
    });
    expect(after.find((d) => d.id === first.id)).toMatchObject({ startTime: "09:00" });
    const rest = after.filter((d) => d.id !== first.id);
    expect(rest.length).toBeGreaterThanOrEqual(11);
    expect(rest.every((d) => dateToDay(d.day).endsWith("-20") && d.startTime === "14:00")).toBe(true);
  });

  test("a day off moves the day (NEXT_WORKING_DAY); kind fields and times are checked in Chinese", async () => {
    const tenant = await createTenant();
    const s = await station(tenant);
    const staff = await stationUser(tenant, s.id);
    // The next month's 15th made a holiday of this city.
    const [y, m] = addCalendarDays(today, 31).split("-").map(Number) as [number, number];
    const fifteenth = `${y}-${String(m).padStart(2, "0")}-15`;
    await createCalendarDay(tenant, fifteenth);
    const created = await executeAction(
      createSchedule,
      tenant.slug,
      schedule(s.id, { onHoliday: "NEXT_WORKING_DAY" }),
      sessionFor(staff),
    );
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    const days = await unsafePrisma.receptionDay.findMany({
      where: { tenantId: tenant.id, scheduleId: created.data.id },
      select: { day: true },
    });
    const inMonth = days.map((d) => dateToDay(d.day)).filter((d) => d.startsWith(fifteenth.slice(0, 7)));
    expect(inMonth.length).toBe(1);
    expect(inMonth[0]! > fifteenth).toBe(true);

    const bad = await executeAction(
      createSchedule,
      tenant.slug,
      schedule(s.id, { kind: "MONTHLY_WEEKDAY", dayOfMonth: "", startTime: "11:00", endTime: "10:00" }),
      sessionFor(staff),
    );
    expect(bad).toMatchObject({
      ok: false,
      error: {
        code: "VALIDATION",
        fieldErrors: {
          weekOfMonth: ["请选择第几周。"],
          weekday: ["请选择星期几。"],
          endTime: ["结束时间须晚于开始时间。"],
        },
      },
    });
  });

  test("one day is edited and cancelled; the monthly job extends the horizon once and keeps the edits", async () => {
    const tenant = await createTenant();
    const s = await station(tenant);
    const staff = await stationUser(tenant, s.id);
    const d2 = await stationDeputy(tenant);
    const created = await executeAction(createSchedule, tenant.slug, schedule(s.id), sessionFor(staff));
    if (!created.ok) throw new Error("schedule not created");
    const [day] = await unsafePrisma.receptionDay.findMany({
      where: { tenantId: tenant.id, scheduleId: created.data.id },
      orderBy: { day: "asc" },
      take: 1,
    });
    const edit = await executeAction(
      updateReceptionDay,
      tenant.slug,
      {
        id: day!.id,
        startTime: "10:00",
        endTime: "12:00",
        theme: "养老服务",
        location: "",
        deputyIds: [d2.id],
        cancelled: true,
      },
      sessionFor(staff),
    );
    expect(edit.ok).toBe(true);
    expect(await unsafePrisma.receptionDay.findFirst({ where: { tenantId: tenant.id, id: day!.id } })).toMatchObject({
      theme: "养老服务",
      deputyIds: [d2.id],
      cancelled: true,
    });
    // A month later the job adds the month that came into the horizon; a second run adds nothing.
    const later = new Date(dayToDate(addCalendarDays(today, 31)).getTime() + 4 * 3_600_000);
    const added = await extendSchedulesIn(tenant.id, later);
    expect(added).toBeGreaterThanOrEqual(1);
    expect(await extendSchedulesIn(tenant.id, later)).toBe(0);
    expect(await unsafePrisma.receptionDay.findFirst({ where: { tenantId: tenant.id, id: day!.id } })).toMatchObject({
      cancelled: true,
    });
    const audit = await auditRows(tenant.id, { entityType: "ReceptionDay" });
    expect(audit.map((a) => a.action)).toEqual(["station.updateReceptionDay"]);
  });

  test("another station's staff cannot schedule, edit days or record there", async () => {
    const tenant = await createTenant();
    const mine = await station(tenant);
    const theirs = await station(tenant);
    const staff = await stationUser(tenant, mine.id);
    const other = await createTenant();
    const foreign = await station(other);
    const d = await stationDeputy(tenant);
    expect(await executeAction(createSchedule, tenant.slug, schedule(theirs.id), sessionFor(staff))).toMatchObject({
      ok: false,
      error: { code: "FORBIDDEN" },
    });
    expect(await executeAction(createSchedule, tenant.slug, schedule(foreign.id), sessionFor(staff))).toMatchObject({
      ok: false,
      error: { code: "NOT_FOUND" },
    });
    const record = { stationId: theirs.id, day: today, deputyIds: [d.id], peopleReceived: 5 };
    expect(await executeAction(createReceptionRecord, tenant.slug, record, sessionFor(staff))).toMatchObject({
      ok: false,
      error: { code: "FORBIDDEN" },
    });
    expect(await unsafePrisma.receptionSchedule.count({ where: { tenantId: tenant.id } })).toBe(0);
  });
});

describe("reception records", () => {
  test("a record with two deputies writes two attendance rows; an issue's status moves; foreign deputies refused", async () => {
    const tenant = await createTenant();
    const s = await station(tenant, { name: "海滨联络站" });
    const staff = await stationUser(tenant, s.id);
    const [a, b] = [await stationDeputy(tenant, { name: "甲代表" }), await stationDeputy(tenant, { name: "乙代表" })];
    const input = {
      stationId: s.id,
      day: today,
      deputyIds: [a.id, b.id, a.id],
      peopleReceived: 12,
      summary: "群众反映小区停车难、老旧小区加装电梯。",
      issues: [
        { category: "urban", content: "老旧小区加装电梯进度慢" },
        { category: "transport", content: "学校门口早晚高峰拥堵", status: "IN_PROGRESS" },
      ],
    };
    const created = await executeAction(createReceptionRecord, tenant.slug, input, sessionFor(staff));
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const attendance = await unsafePrisma.receptionAttendance.findMany({
      where: { tenantId: tenant.id, recordId: created.data.id },
    });
    expect(attendance.map((r) => r.deputyId).sort()).toEqual([a.id, b.id].sort());
    const record = await getReceptionRecord(tenant.id, created.data.id);
    expect(record).toMatchObject({ stationName: "海滨联络站", peopleReceived: 12, day: today });
    expect(record!.deputies.map((d) => d.name)).toEqual(["甲代表", "乙代表"]);
    expect(record!.issues.map((i) => [i.category, i.status])).toEqual([
      ["urban", "OPEN"],
      ["transport", "IN_PROGRESS"],
    ]);

    const issue = record!.issues[0]!;
    const solved = await executeAction(
      updateIssueStatus,
      tenant.slug,
      { id: issue.id, status: "SOLVED" },
      sessionFor(staff),
    );
    expect(solved.ok).toBe(true);
    expect((await getReceptionRecord(tenant.id, created.data.id))!.issues[0]!.status).toBe("SOLVED");
    const reworded = await executeAction(
      updateIssue,
      tenant.slug,
      { id: issue.id, category: "social", content: "老旧小区加装电梯补贴申请难", status: "IN_PROGRESS" },
      sessionFor(staff),
    );
    expect(reworded.ok).toBe(true);
    expect((await getReceptionRecord(tenant.id, created.data.id))!.issues[0]).toMatchObject({
      category: "social",
      content: "老旧小区加装电梯补贴申请难",
      status: "IN_PROGRESS",
    });
    const empty = await executeAction(
      updateIssue,
      tenant.slug,
      { id: issue.id, category: "social", content: " ", status: "OPEN" },
      sessionFor(staff),
    );
    expect(empty).toMatchObject({ ok: false, error: { fieldErrors: { content: ["此项为必填项。"] } } });

    const other = await createTenant();
    const foreign = await stationDeputy(other);
    const refused = await executeAction(
      createReceptionRecord,
      tenant.slug,
      { ...input, deputyIds: [foreign.id], day: "2999-01-01", peopleReceived: -1 },
      sessionFor(staff),
    );
    expect(refused).toMatchObject({
      ok: false,
      error: { code: "VALIDATION", fieldErrors: { peopleReceived: ["请输入正整数。"] } },
    });
    const foreignOnly = await executeAction(
      createReceptionRecord,
      tenant.slug,
      { ...input, deputyIds: [foreign.id], day: "2999-01-01" },
      sessionFor(staff),
    );
    expect(foreignOnly).toMatchObject({
      ok: false,
      error: {
        fieldErrors: { deputyIds: ["所选代表中有不属于本市的代表。"], day: ["接待日期不能晚于今天。"] },
      },
    });
    const none = await executeAction(
      createReceptionRecord,
      tenant.slug,
      { ...input, deputyIds: [] },
      sessionFor(staff),
    );
    expect(none).toMatchObject({ ok: false, error: { fieldErrors: { deputyIds: [expect.any(String)] } } });
    expect(await unsafePrisma.receptionRecord.count({ where: { tenantId: tenant.id } })).toBe(1);
    expect(await getReceptionRecord(other.id, created.data.id)).toBeNull();

    // From a reception day: once only.
    const day = await unsafePrisma.receptionDay.create({
      data: {
        tenantId: tenant.id,
        stationId: s.id,
        day: dayToDate(today),
        startTime: "09:00",
        endTime: "11:00",
        deputyIds: [],
      },
    });
    const fromDay = { ...input, receptionDayId: day.id, issues: [] };
    expect((await executeAction(createReceptionRecord, tenant.slug, fromDay, sessionFor(staff))).ok).toBe(true);
    expect(await executeAction(createReceptionRecord, tenant.slug, fromDay, sessionFor(staff))).toMatchObject({
      ok: false,
      error: { fieldErrors: { receptionDayId: ["这个接待日已经登记过接待记录。"] } },
    });
  });
});

describe("photos and evidence files", () => {
  const photo = () =>
    sharp({ create: { width: 40, height: 30, channels: 3, background: "#3366aa" } })
      .jpeg()
      .toBuffer()
      .then((b) => new Uint8Array(b));

  test("a record's photos and an item's evidence photo are stored as the stations' attachments", async () => {
    const tenant = await createTenant();
    const s = await station(tenant);
    const staff = await stationUser(tenant, s.id);
    const d = await stationDeputy(tenant);
    const created = await executeAction(
      createReceptionRecord,
      tenant.slug,
      {
        stationId: s.id,
        day: today,
        deputyIds: [d.id],
        peopleReceived: 4,
        photos: [new Upload("现场1.jpg", await photo()), new Upload("现场2.jpg", await photo())],
      },
      sessionFor(staff),
    );
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    const record = await getReceptionRecord(tenant.id, created.data.id);
    expect(record!.photos.map((p) => [p.ownerModule, p.ownerKind, p.type])).toEqual([
      ["stations", "receptionPhoto", "JPEG"],
      ["stations", "receptionPhoto", "JPEG"],
    ]);

    const item = await unsafePrisma.stationStandardItem.create({
      data: { tenantId: tenant.id, standard: "六有", label: "有场地" },
    });
    const evidence = await executeAction(
      recordEvidence,
      tenant.slug,
      { stationId: s.id, itemId: item.id, met: true, note: "活动室", file: new Upload("场地.jpg", await photo()) },
      sessionFor(staff),
    );
    expect(evidence.ok).toBe(true);
    const row = (await stationChecklist(tenant.id, s.id)).rows[0]!;
    expect(row).toMatchObject({
      met: true,
      note: "活动室",
      attachment: { fileName: "场地.jpg", ownerKind: "evidence" },
    });
    // Not a photo or document: refused in Chinese, nothing kept.
    const html = new Upload("场地.jpg", new TextEncoder().encode("<html><script>alert(1)</script></html>"));
    const refused = await executeAction(
      createReceptionRecord,
      tenant.slug,
      { stationId: s.id, day: today, deputyIds: [d.id], peopleReceived: 1, photos: [html] },
      sessionFor(staff),
    );
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^文件类型不受支持/) } });
    expect(await unsafePrisma.receptionRecord.count({ where: { tenantId: tenant.id } })).toBe(1);
  });
});

describe("reminders and the workbench", () => {
  test("each deputy on duty tomorrow is notified once; a second run creates nothing", async () => {
    const tenant = await createTenant();
    const s = await station(tenant, { name: "渔港流动联络站" });
    const { user, deputy } = await deputyWithAccount(tenant);
    const unlinked = await stationDeputy(tenant);
    const tomorrow = addCalendarDays(today, 1);
    const day = await unsafePrisma.receptionDay.create({
      data: {
        tenantId: tenant.id,
        stationId: s.id,
        day: dayToDate(tomorrow),
        startTime: "09:00",
        endTime: "11:30",
        deputyIds: [deputy.id, unlinked.id],
      },
    });
    await unsafePrisma.receptionDay.create({
      data: {
        tenantId: tenant.id,
        stationId: s.id,
        day: dayToDate(tomorrow),
        startTime: "14:00",
        endTime: "16:00",
        deputyIds: [deputy.id],
        cancelled: true,
      },
    });
    expect(await remindReceptionDutiesIn(tenant.id)).toBe(1);
    expect(await remindReceptionDutiesIn(tenant.id)).toBe(0);
    const notes = await unsafePrisma.notification.findMany({
      where: { tenantId: tenant.id, kind: DUTY_REMINDER_KIND },
    });
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({
      userId: user.id,
      href: "/console/my-deputy",
      dedupeKey: `receptionDay:${day.id}:${tomorrow}:eve`,
    });

    // The deputy's workbench lists the duty; the station's staff see the day to record once it has come.
    const member = await memberOf(user);
    const items = await workbench({ tenant: { ...tenant } as never, member, now: new Date() });
    expect(items.map((i) => i.id)).toEqual([`stations.duty:${day.id}`]);
  });

  test("station staff see this week's days without a record and their open issues", async () => {
    const tenant = await createTenant();
    const s = await station(tenant, { name: "东区联络站" });
    const staff = await stationUser(tenant, s.id);
    const held = await unsafePrisma.receptionDay.create({
      data: {
        tenantId: tenant.id,
        stationId: s.id,
        day: dayToDate(today),
        startTime: "09:00",
        endTime: "11:00",
        deputyIds: [],
      },
    });
    const record = await unsafePrisma.receptionRecord.create({
      data: { tenantId: tenant.id, stationId: s.id, day: dayToDate(today), peopleReceived: 1 },
    });
    await unsafePrisma.receptionIssue.create({
      data: { tenantId: tenant.id, recordId: record.id, category: "other", content: "路灯不亮" },
    });
    const items = await workbench({ tenant: tenant as never, member: await memberOf(staff), now: new Date() });
    expect(items.map((i) => i.id).sort()).toEqual(
      [`stations.openIssues:${s.id}`, `stations.recordDue:${held.id}`].sort(),
    );
    expect(items.find((i) => i.id.startsWith("stations.recordDue"))!.href).toBe(
      `/${tenant.slug}/console/stations/${s.id}/records/new?day=${held.id}`,
    );
  });
});
