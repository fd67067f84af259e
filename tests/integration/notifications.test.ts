// Notifications (issue #9 item 6c) against real PostgreSQL and a real SMTP server: the notifier (one row per
// recipient, idempotent on its dedupe key, the city's action version moved, an e-mail job in the same
// transaction), the bell's count and the list (own rows only), mark read and mark all read (audited, NOT_FOUND
// for anybody else's or another city's), and the e-mail: sent once, in Chinese, with the absolute link — by the
// job handler here and, end to end, by `npm run worker` (scripts/worker.ts) running the contact points' reminder
// scan in its own process.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { executeAction } from "@/lib/action";
import { forTenant, unsafePrisma } from "@/lib/db";
import {
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  notify,
  NOTIFICATIONS_PER_PAGE,
  sendNotificationEmail,
  unreadCount,
} from "@/lib/modules/notifications";
import { auditRows, createTenant, createUser, sessionFor, uniqueSuffix } from "../factories";
import { createAssignment, createConsultation, createContactPoint } from "../factories/consultation-points";
import { createNotification, setWindow } from "../factories/notifications";
import { startChild, waitFor, type Child } from "../support/processes";
import { startSmtp, type TestSmtp } from "../support/smtp";

const schema = `pgboss_n_${uniqueSuffix(8)}`;
let pool: pg.Pool;
let smtp: TestSmtp;
const children: Child[] = [];

beforeAll(async () => {
  // This file's own job schema: its e-mail jobs are seen by nobody else's workers, and nobody else's by its own.
  process.env.JOBS_SCHEMA = schema;
  process.env.NEXTAUTH_URL = "http://lianxin.test:3000";
  pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
  smtp = await startSmtp();
});

afterAll(async () => {
  await Promise.all(children.map((c) => c.stop()));
  await smtp?.close();
  await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await pool.end();
});

async function actionVersion(tenant: { id: string }): Promise<number> {
  return (await unsafePrisma.tenant.findUniqueOrThrow({ where: { id: tenant.id } })).actionVersion;
}

async function emailJobs(notificationId: string): Promise<{ id: string; state: string }[]> {
  const { rows } = await pool.query<{ id: string; state: string }>(
    `SELECT id::text, state::text FROM ${schema}.job WHERE name = 'notifications.email' AND data->>'notificationId' = $1`,
    [notificationId],
  );
  return rows;
}

const reminder = (dedupeKey: string) => ({
  kind: "test.reminder",
  messageKey: "contactPoints.reminders.dueIn",
  values: { title: "《测试市养犬管理条例（草案）》公开征求意见", days: 3, dueOn: { day: "2026-12-14" } },
  href: "/console/my-point",
  dedupeKey,
});

describe("the notifier", () => {
  test("one row per active recipient, by id and by role; the same key never twice; the action version moves", async () => {
    const tenant = await createTenant();
    const other = await createTenant();
    const [staff1, staff2, disabled, coordinator, stranger] = await Promise.all([
      createUser(tenant, { roles: ["legislative"] }),
      createUser(tenant, { roles: ["legislative", "committee"] }),
      createUser(tenant, { roles: ["legislative"], active: false }),
      createUser(tenant, { roles: ["contactPoint"] }),
      createUser(other, { roles: ["legislative"] }),
    ]);
    const before = await actionVersion(tenant);
    const first = await forTenant(tenant.id).$transaction((tx) =>
      notify(tx, tenant.id, {
        userIds: [coordinator.id, staff1.id, stranger.id],
        roles: ["legislative"],
        ...reminder("assignment:x:2026-12-14:d3"),
      }),
    );
    expect(first.created.map((r) => r.userId).sort()).toEqual([coordinator.id, staff1.id, staff2.id].sort());
    expect(await actionVersion(tenant)).toBe(before + 1);
    expect(await unsafePrisma.notification.count({ where: { tenantId: other.id } })).toBe(0);
    expect(await unsafePrisma.notification.count({ where: { tenantId: tenant.id, userId: disabled.id } })).toBe(0);

    // The same key again (a retried job, a second scan): nothing added, nothing bumped.
    const again = await forTenant(tenant.id).$transaction((tx) =>
      notify(tx, tenant.id, { roles: ["legislative", "contactPoint"], ...reminder("assignment:x:2026-12-14:d3") }),
    );
    expect(again.created).toEqual([]);
    expect(await actionVersion(tenant)).toBe(before + 1);
    expect(await unsafePrisma.notification.count({ where: { tenantId: tenant.id } })).toBe(3);
  });

  test("the e-mail job is written in the notifier's transaction: a rollback leaves neither row nor job", async () => {
    const tenant = await createTenant();
    const user = await createUser(tenant, { roles: ["legislative"], email: "li.faning@example.cn" });
    const withoutEmail = await createUser(tenant, { roles: ["legislative"] });
    let createdId = "";
    await expect(
      forTenant(tenant.id).$transaction(async (tx) => {
        const { created } = await notify(tx, tenant.id, { userIds: [user.id], ...reminder("rollback:1") });
        createdId = created[0]!.id;
        throw new Error("the caller's change failed");
      }),
    ).rejects.toThrow("the caller's change failed");
    expect(await unsafePrisma.notification.count({ where: { tenantId: tenant.id } })).toBe(0);
    expect(await emailJobs(createdId)).toEqual([]);

    const { created } = await forTenant(tenant.id).$transaction((tx) =>
      notify(tx, tenant.id, { userIds: [user.id, withoutEmail.id], ...reminder("commit:1") }),
    );
    const mine = created.find((r) => r.userId === user.id)!;
    const theirs = created.find((r) => r.userId === withoutEmail.id)!;
    expect(await emailJobs(mine.id)).toMatchObject([{ state: "created" }]);
    expect(await emailJobs(theirs.id)).toEqual([]); // no address, no job
  });

  test("refuses an href outside the city and a malformed message key", async () => {
    const tenant = await createTenant();
    const user = await createUser(tenant, { roles: ["legislative"] });
    for (const bad of [{ href: "https://evil.example/x" }, { href: "//evil.example" }, { messageKey: "x y" }]) {
      await expect(
        forTenant(tenant.id).$transaction((tx) =>
          notify(tx, tenant.id, { userIds: [user.id], ...reminder(`bad:${uniqueSuffix()}`), ...bad }),
        ),
      ).rejects.toThrow(/notify/);
    }
  });
});

describe("the bell, the list and marking read", () => {
  test("count and list show the member's own notifications only, newest first, paged", async () => {
    const tenant = await createTenant();
    const [me, someoneElse] = await Promise.all([
      createUser(tenant, { roles: ["deputy"] }),
      createUser(tenant, { roles: ["deputy"] }),
    ]);
    const t0 = Date.now() - 60 * 60_000;
    for (let i = 0; i < NOTIFICATIONS_PER_PAGE + 3; i++) {
      await createNotification(tenant, me, {
        createdAt: new Date(t0 + i * 1000),
        readAt: i < 5 ? new Date() : null,
        values: { title: `第${i}条` },
      });
    }
    await createNotification(tenant, someoneElse);
    expect(await unreadCount(tenant.id, me.id)).toBe(NOTIFICATIONS_PER_PAGE + 3 - 5);
    expect(await unreadCount(tenant.id, someoneElse.id)).toBe(1);
    const page1 = await listNotifications(tenant.id, me.id, 1);
    expect(page1).toMatchObject({ total: NOTIFICATIONS_PER_PAGE + 3, unread: NOTIFICATIONS_PER_PAGE - 2, pages: 2 });
    expect(page1.rows).toHaveLength(NOTIFICATIONS_PER_PAGE);
    expect(page1.rows[0]!.values).toEqual({ title: `第${NOTIFICATIONS_PER_PAGE + 2}条` });
    const times = page1.rows.map((r) => r.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const page2 = await listNotifications(tenant.id, me.id, 2);
    expect(page2.rows.map((r) => r.values)).toEqual([{ title: "第2条" }, { title: "第1条" }, { title: "第0条" }]);
    expect(page2.rows.every((r) => r.readAt !== null)).toBe(true);
  });

  test("mark read: own rows only (anybody else's or another city's is NOT_FOUND), audited, action version moved", async () => {
    const tenant = await createTenant();
    const other = await createTenant();
    const [me, colleague, abroad] = await Promise.all([
      createUser(tenant, { roles: ["contactPoint"] }),
      createUser(tenant, { roles: ["legislative"] }),
      createUser(other, { roles: ["contactPoint"] }),
    ]);
    const mine = await createNotification(tenant, me);
    const theirs = await createNotification(tenant, colleague);
    const foreign = await createNotification(other, abroad);

    const before = await actionVersion(tenant);
    const done = await executeAction(markNotificationRead, tenant.slug, { notificationId: mine.id }, sessionFor(me));
    expect(done).toMatchObject({ ok: true, data: { id: mine.id } });
    const readAt = (await unsafePrisma.notification.findFirstOrThrow({ where: { tenantId: tenant.id, id: mine.id } }))
      .readAt;
    expect(readAt).toBeInstanceOf(Date);
    expect(await actionVersion(tenant)).toBe(before + 1);
    expect(await unreadCount(tenant.id, me.id)).toBe(0);
    const [audit] = await auditRows(tenant.id, { action: "notification.markRead" });
    expect(audit).toMatchObject({ actorId: me.id, entityType: "Notification", entityId: mine.id });

    // Again: still fine, and the first reading time stays.
    await executeAction(markNotificationRead, tenant.slug, { notificationId: mine.id }, sessionFor(me));
    expect(
      (await unsafePrisma.notification.findFirstOrThrow({ where: { tenantId: tenant.id, id: mine.id } })).readAt,
    ).toEqual(readAt);

    for (const [id, session, slug] of [
      [theirs.id, sessionFor(me), tenant.slug],
      [foreign.id, sessionFor(me), tenant.slug],
      [foreign.id, sessionFor(me), other.slug],
    ] as const) {
      expect(await executeAction(markNotificationRead, slug, { notificationId: id }, session)).toMatchObject({
        ok: false,
        error: { code: "NOT_FOUND" },
      });
    }
    expect(await unreadCount(tenant.id, colleague.id)).toBe(1);
    expect(await unreadCount(other.id, abroad.id)).toBe(1);
    expect(
      await executeAction(markNotificationRead, tenant.slug, { notificationId: "nope" }, sessionFor(me)),
    ).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
  });

  test("mark all read: the member's unread ones, nobody else's; audited with the count", async () => {
    const tenant = await createTenant();
    const [me, colleague] = await Promise.all([
      createUser(tenant, { roles: ["leader"] }),
      createUser(tenant, { roles: ["leader"] }),
    ]);
    await Promise.all([1, 2, 3].map(() => createNotification(tenant, me)));
    await createNotification(tenant, me, { readAt: new Date(Date.now() - 60_000) });
    await createNotification(tenant, colleague);
    const before = await actionVersion(tenant);
    expect(await executeAction(markAllNotificationsRead, tenant.slug, {}, sessionFor(me))).toEqual({
      ok: true,
      data: { count: 3 },
    });
    expect(await unreadCount(tenant.id, me.id)).toBe(0);
    expect(await unreadCount(tenant.id, colleague.id)).toBe(1);
    expect(await actionVersion(tenant)).toBe(before + 1);
    expect(await auditRows(tenant.id, { action: "notification.markAllRead" })).toMatchObject([
      { actorId: me.id, entityType: "User", entityId: me.id, after: { markedRead: 3 } },
    ]);
    expect(await executeAction(markAllNotificationsRead, tenant.slug, {}, sessionFor(me))).toEqual({
      ok: true,
      data: { count: 0 },
    });
  });
});

describe("e-mail", () => {
  test("the job sends once through SMTP: Chinese subject, plain text and HTML, the absolute link", async () => {
    process.env.SMTP_URL = smtp.url;
    process.env.SMTP_FROM = "辽源市人大常委会 <renda@liaoyuan.example.cn>";
    try {
      const tenant = await createTenant({ fullName: "辽源市人大常委会" });
      const user = await createUser(tenant, {
        displayName: "孙联络",
        roles: ["contactPoint"],
        email: "sun@example.cn",
      });
      const { created } = await forTenant(tenant.id).$transaction((tx) =>
        notify(tx, tenant.id, { userIds: [user.id], ...reminder("email:1"), href: "/console/my-point/abc" }),
      );
      const id = created[0]!.id;
      const count = smtp.messages.length;
      await sendNotificationEmail({ tenantId: tenant.id, notificationId: id });
      expect(smtp.messages).toHaveLength(count + 1);
      const mail = smtp.messages.at(-1)!;
      expect(mail.to).toEqual(["sun@example.cn"]);
      expect(mail.from).toBe("renda@liaoyuan.example.cn");
      expect(mail.subject).toBe(
        "【辽源市人大常委会】《测试市养犬管理条例（草案）》公开征求意见：你点的汇总意见将于 3 个工作日后到期（2026年12月14日）",
      );
      const link = `http://lianxin.test:3000/${tenant.slug}/console/my-point/abc`;
      expect(mail.text).toContain("孙联络，您好：");
      expect(mail.text).toContain(link);
      expect(mail.html).toContain(`href="${link}"`);
      const row = await unsafePrisma.notification.findFirstOrThrow({ where: { tenantId: tenant.id, id } });
      expect(row.emailedAt).toBeInstanceOf(Date);

      // A retry of the same job sends nothing.
      await sendNotificationEmail({ tenantId: tenant.id, notificationId: id });
      expect(smtp.messages).toHaveLength(count + 1);

      // Read in the console before the job ran: no e-mail.
      const { created: seen } = await forTenant(tenant.id).$transaction((tx) =>
        notify(tx, tenant.id, { userIds: [user.id], ...reminder("email:2") }),
      );
      await executeAction(markNotificationRead, tenant.slug, { notificationId: seen[0]!.id }, sessionFor(user));
      await sendNotificationEmail({ tenantId: tenant.id, notificationId: seen[0]!.id });
      expect(smtp.messages).toHaveLength(count + 1);
    } finally {
      delete process.env.SMTP_URL;
      delete process.env.SMTP_FROM;
    }
  });

  test("a failed send is recorded on the row and thrown, so pg-boss retries it", async () => {
    const closed = await startSmtp();
    await closed.close(); // nothing listens on its port any more
    process.env.SMTP_URL = closed.url;
    try {
      const tenant = await createTenant();
      const user = await createUser(tenant, { roles: ["legislative"], email: "staff@example.cn" });
      const { created } = await forTenant(tenant.id).$transaction((tx) =>
        notify(tx, tenant.id, { userIds: [user.id], ...reminder("fail:1") }),
      );
      await expect(sendNotificationEmail({ tenantId: tenant.id, notificationId: created[0]!.id })).rejects.toThrow();
      const row = await unsafePrisma.notification.findFirstOrThrow({
        where: { tenantId: tenant.id, id: created[0]!.id },
      });
      expect(row.emailedAt).toBeNull();
      expect(row.emailError).toMatch(/\S/);
    } finally {
      delete process.env.SMTP_URL;
    }
  });

  test("a reminder e-mail arrives at the SMTP server from `npm run worker`; a second scan sends nothing new", async () => {
    const tenant = await createTenant();
    const coordinator = await createUser(tenant, {
      displayName: "孙联络",
      roles: ["contactPoint"],
      email: "coordinator@example.cn",
    });
    const point = await createContactPoint(tenant, { coordinatorId: coordinator.id, name: "银河社区基层立法联系点" });
    const { consultation } = await createConsultation(tenant);
    const now = new Date("2026-12-09T01:00:00.000Z"); // a Wednesday, 09:00 in Shanghai
    await setWindow(tenant, consultation, new Date(now.getTime() - 86_400_000), new Date("2026-12-31T16:00:00Z"));
    const assignment = await createAssignment(tenant, consultation, point, "2026-12-14"); // three working days

    const worker = await startChild(
      "scripts/worker.ts",
      {
        DATABASE_URL: process.env.DATABASE_URL!,
        JOBS_SCHEMA: schema,
        JOBS_POLL_SECONDS: "0.5",
        SMTP_URL: smtp.url,
        SMTP_FROM: "连心 <no-reply@lianxin.test>",
        NEXTAUTH_URL: "http://lianxin.test:3000",
        LOG_LEVEL: "info",
      },
      /worker\.ready/,
    );
    children.push(worker);
    // The daily cron stays out of this test: only the job sent here runs (and only for this city).
    await pool.query(`DELETE FROM ${schema}.schedule`);

    const { sendJob } = await import("@/lib/jobs");
    const before = smtp.messages.length;
    const scan = await sendJob("contactPoints.dueReminders", { tenantId: tenant.id, now: now.toISOString() });
    const mail = await waitFor(
      async () => smtp.messages.slice(before).find((m) => m.to.includes("coordinator@example.cn")),
      45_000,
      "the reminder e-mail",
    );
    expect(mail.subject).toContain("你点的汇总意见将于 3 个工作日后到期（2026年12月14日）");
    expect(mail.subject).toContain(consultation.title);
    expect(mail.text).toContain(`http://lianxin.test:3000/${tenant.slug}/console/my-point/${assignment.id}`);
    const [row] = await unsafePrisma.notification.findMany({ where: { tenantId: tenant.id } });
    expect(row).toMatchObject({ userId: coordinator.id, dedupeKey: `assignment:${assignment.id}:2026-12-14:d3` });
    await waitFor(async () => (await emailJobs(row!.id))[0]?.state === "completed", 10_000, "the e-mail job");
    expect(
      (await unsafePrisma.notification.findFirstOrThrow({ where: { tenantId: tenant.id, id: row!.id } })).emailedAt,
    ).toBeInstanceOf(Date);

    const jobState = async (id: string) =>
      (await pool.query<{ state: string }>(`SELECT state::text FROM ${schema}.job WHERE id = $1`, [id])).rows[0]?.state;
    expect(await jobState(scan)).toBe("completed");
    const second = await sendJob("contactPoints.dueReminders", { tenantId: tenant.id, now: now.toISOString() });
    await waitFor(async () => (await jobState(second)) === "completed", 30_000, "the second scan");
    await new Promise((r) => setTimeout(r, 1_500));
    expect(await unsafePrisma.notification.count({ where: { tenantId: tenant.id } })).toBe(1);
    expect(smtp.messages.slice(before).filter((m) => m.to.includes("coordinator@example.cn"))).toHaveLength(1);
    const { rows } = await pool.query(
      `SELECT 1 FROM ${schema}.job WHERE name = 'notifications.email' AND data->>'tenantId' = $1`,
      [tenant.id],
    );
    expect(rows).toHaveLength(1);
    expect(await worker.stop()).toBe(0);
  }, 120_000);
});
