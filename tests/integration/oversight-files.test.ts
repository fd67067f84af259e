// Oversight files are served (the attachments module's serveAttachment, as the route does) only to members who
// see what they belong to (manifest `attachmentReaders`), not to everyone holding `oversight.view`: a task's
// evidence to its own unit, the committee managing it and the city-wide roles — not to another unit or another
// committee; a problem's photo, an activity's report and a unit's report back to members who see the activity —
// not to another committee's member, nor to a unit or a deputy it does not concern; another city: not found;
// a kind the reader does not know, or a file linked to nothing: read by no one.
import sharp from "sharp";
import { describe, expect, test, vi } from "vitest";
import { executeAction } from "@/lib/action";
import { forTenant, unsafePrisma } from "@/lib/db";
import { todayInShanghai } from "@/lib/dates";
import { AppError, type Result } from "@/lib/errors";
import { DOCUMENT_TYPES, serveAttachment, storeAttachment, Upload } from "@/lib/modules/attachments";
import { addProblem, recordReport, reportTask, sendOpinions, submitUnitReport } from "@/lib/modules/oversight";
import { attachmentReaders } from "@/lib/modules/oversight/attachment-readers";
import { MANIFESTS } from "@/lib/modules/registry";
import { sessionFor, type TestUser } from "../factories";
import { makeActivity, makeParticipant, oversightCity, type OversightCity } from "../factories/oversight";
import { makeRectifyingActivity, makeTask } from "../factories/oversight-rectification";
import { memberOf } from "../factories/stations";

vi.mock("next-auth", async (load) => ({
  ...(await load<typeof import("next-auth")>()),
  getServerSession: async () => null,
}));

type Def = Parameters<typeof executeAction>[0];
const run = (c: OversightCity, user: TestUser, def: Def, input: unknown) =>
  executeAction(def, c.tenant.slug, input, sessionFor(user)) as Promise<Result<Record<string, unknown>>>;
function ok<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`refused: ${r.error.code} ${r.error.message} ${JSON.stringify(r.error.fieldErrors)}`);
  return r.data;
}

/** The answer of serving the file to `user` in the city `slug`: the HTTP status, or the refusal's code. */
async function status(slug: string, id: string, user: { id: string; tenantId: string }): Promise<number | string> {
  try {
    return (await serveAttachment(slug, id, {}, sessionFor(user))).status;
  } catch (err) {
    if (err instanceof AppError) return err.code;
    throw err;
  }
}

const pdf = (name = "材料.pdf") =>
  new Upload(name, new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"));
async function png() {
  const b = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#0a0" } })
    .png()
    .toBuffer();
  return new Upload("现场照片.png", new Uint8Array(b));
}

test("the manifest names the oversight reader", async () => {
  const readers = MANIFESTS.find((m) => m.name === "oversight")?.attachmentReaders;
  expect(readers).toBeDefined();
  expect(await readers!()).toBe(attachmentReaders);
});

describe("rectification evidence", () => {
  test("a unit reads its own task's evidence, not another unit's; the committee and city-wide roles read both", async () => {
    const c = await oversightCity();
    const activity = await makeRectifyingActivity(c.tenant, c.committee.id);
    const mine = await makeTask(c.tenant, activity.id, c.unit.id);
    const theirs = await makeTask(c.tenant, activity.id, c.otherUnit.id);
    ok(await run(c, c.unitUser, reportTask, { id: mine.id, body: "已整改一半。", evidence: pdf() }));
    ok(await run(c, c.otherUnitUser, reportTask, { id: theirs.id, body: "已全部整改。", evidence: pdf() }));
    const evidenceOf = async (taskId: string) => {
      const r = await unsafePrisma.rectificationReport.findFirstOrThrow({ where: { tenantId: c.tenant.id, taskId } });
      const file = await unsafePrisma.attachment.findFirstOrThrow({
        where: { tenantId: c.tenant.id, id: r.attachmentId! },
      });
      expect(file).toMatchObject({ ownerModule: "oversight", ownerKind: "rectificationEvidence", ownerId: r.id });
      return file.id;
    };
    const mineFile = await evidenceOf(mine.id);
    const theirsFile = await evidenceOf(theirs.id);
    const slug = c.tenant.slug;

    expect(await status(slug, mineFile, c.unitUser)).toBe(200);
    expect(await status(slug, theirsFile, c.otherUnitUser)).toBe(200);
    // Both hold rectification.view; neither sees the other's task.
    expect(await status(slug, theirsFile, c.unitUser)).toBe("NOT_FOUND");
    expect(await status(slug, mineFile, c.otherUnitUser)).toBe("NOT_FOUND");
    for (const u of [c.committeeUser, c.admin, c.leader]) {
      expect(await status(slug, mineFile, u)).toBe(200);
      expect(await status(slug, theirsFile, u)).toBe(200);
    }
    // Another committee's member holds the permission too, but does not manage the task.
    expect(await status(slug, mineFile, c.otherCommitteeUser)).toBe("NOT_FOUND");
    // A deputy does not hold rectification.view at all.
    expect(await status(slug, mineFile, c.deputy.user)).toBe("FORBIDDEN");

    // Another city: its admin finds nothing, neither in its own city nor in this one; nor does the reader there.
    const elsewhere = await oversightCity();
    expect(await status(elsewhere.tenant.slug, mineFile, elsewhere.admin)).toBe("NOT_FOUND");
    expect(await status(slug, mineFile, elsewhere.admin)).toBe("NOT_FOUND");
    const report = await unsafePrisma.rectificationReport.findFirstOrThrow({
      where: { tenantId: c.tenant.id, taskId: mine.id },
    });
    expect(
      await attachmentReaders(elsewhere.tenant.id, await memberOf(elsewhere.admin), {
        ownerKind: "rectificationEvidence",
        ownerId: report.id,
      }),
    ).toBe(false);
  });
});

describe("files of an activity", () => {
  test("a problem's photo: the activity's own committee reads it, another committee's member does not", async () => {
    const c = await oversightCity();
    const ours = await makeActivity(c.tenant, { committeeId: c.committee.id });
    const theirs = await makeActivity(c.tenant, { committeeId: c.otherCommittee.id });
    const p1 = ok(
      await run(c, c.committeeUser, addProblem, {
        id: ours.id,
        unitId: c.unit.id,
        description: "污水处理设施运行不正常",
        category: "supervision",
        severity: "SERIOUS",
        photo: await png(),
      }),
    ) as { id: string };
    const p2 = ok(
      await run(c, c.otherCommitteeUser, addProblem, {
        id: theirs.id,
        description: "台账记录不全",
        category: "other",
        photo: await png(),
      }),
    ) as { id: string };
    const photoOf = async (id: string) =>
      (await unsafePrisma.oversightProblem.findFirstOrThrow({ where: { tenantId: c.tenant.id, id } }))
        .photoAttachmentId!;
    const ourPhoto = await photoOf(p1.id);
    const theirPhoto = await photoOf(p2.id);
    const slug = c.tenant.slug;

    expect(await status(slug, ourPhoto, c.committeeUser)).toBe(200);
    expect(await status(slug, ourPhoto, c.otherCommitteeUser)).toBe("NOT_FOUND");
    expect(await status(slug, theirPhoto, c.otherCommitteeUser)).toBe(200);
    expect(await status(slug, theirPhoto, c.committeeUser)).toBe("NOT_FOUND");
    for (const u of [c.admin, c.leader]) {
      expect(await status(slug, ourPhoto, u)).toBe(200);
      expect(await status(slug, theirPhoto, u)).toBe(200);
    }
    // The unit named on the problem and a deputy hold oversight.view, but the activity does not concern them yet.
    expect(await status(slug, ourPhoto, c.unitUser)).toBe("NOT_FOUND");
    expect(await status(slug, ourPhoto, c.deputy.user)).toBe("NOT_FOUND");
    // Once the deputy takes part, and once the unit is given a task on the activity, they see it and its photo.
    await makeParticipant(c.tenant, ours.id, { deputyId: c.deputy.deputy.id });
    expect(await status(slug, ourPhoto, c.deputy.user)).toBe(200);
    await makeTask(c.tenant, ours.id, c.unit.id);
    expect(await status(slug, ourPhoto, c.unitUser)).toBe(200);
    expect(await status(slug, ourPhoto, c.otherUnitUser)).toBe("NOT_FOUND");

    // Another city: not found, whoever asks.
    const elsewhere = await oversightCity();
    expect(await status(elsewhere.tenant.slug, ourPhoto, elsewhere.admin)).toBe("NOT_FOUND");
    expect(await status(slug, ourPhoto, elsewhere.admin)).toBe("NOT_FOUND");
    expect(
      await attachmentReaders(elsewhere.tenant.id, await memberOf(elsewhere.admin), {
        ownerKind: "oversightProblemPhoto",
        ownerId: p1.id,
      }),
    ).toBe(false);
  });

  test("the activity's report and a unit's report back: who sees the activity (the units sent opinions too)", async () => {
    const c = await oversightCity();
    const a = await makeActivity(c.tenant, { status: "UNDERWAY", committeeId: c.committee.id });
    ok(
      await run(c, c.committeeUser, recordReport, {
        id: a.id,
        meeting: "市人大常委会第二十次会议",
        reportedOn: todayInShanghai(),
        reportBody: "报告全文",
        file: pdf("报告.pdf"),
      }),
    );
    const reportFile = (
      await unsafePrisma.oversightActivity.findFirstOrThrow({ where: { tenantId: c.tenant.id, id: a.id } })
    ).reportAttachmentId!;
    const slug = c.tenant.slug;
    expect(await status(slug, reportFile, c.committeeUser)).toBe(200);
    expect(await status(slug, reportFile, c.otherCommitteeUser)).toBe("NOT_FOUND");
    expect(await status(slug, reportFile, c.unitUser)).toBe("NOT_FOUND");

    ok(
      await run(c, c.committeeUser, sendOpinions, {
        id: a.id,
        opinionsBody: "一、加强监管。",
        sentOn: todayInShanghai(),
        unitIds: [c.unit.id],
      }),
    );
    ok(await run(c, c.unitUser, submitUnitReport, { id: a.id, unitId: c.unit.id, body: "已研究处理。", file: pdf() }));
    const backFile = (
      await unsafePrisma.oversightUnitReport.findFirstOrThrow({
        where: { tenantId: c.tenant.id, activityId: a.id, unitId: c.unit.id },
      })
    ).attachmentId!;
    expect(
      await unsafePrisma.attachment.findFirstOrThrow({ where: { tenantId: c.tenant.id, id: backFile } }),
    ).toMatchObject({ ownerModule: "oversight", ownerKind: "oversightUnitReport" });
    // The unit now sees the activity: the report and its own report back.
    for (const file of [reportFile, backFile]) {
      for (const u of [c.unitUser, c.committeeUser, c.admin, c.leader]) expect(await status(slug, file, u)).toBe(200);
      for (const u of [c.otherUnitUser, c.otherCommitteeUser, c.deputy.user])
        expect(await status(slug, file, u)).toBe("NOT_FOUND");
    }
    const elsewhere = await oversightCity();
    expect(await status(elsewhere.tenant.slug, backFile, elsewhere.admin)).toBe("NOT_FOUND");
    expect(await status(slug, backFile, elsewhere.admin)).toBe("NOT_FOUND");
  });
});

describe("fails closed", () => {
  test("a kind the reader does not know, or a file linked to nothing, is read by no one, not even an admin", async () => {
    const c = await oversightCity();
    const a = await makeActivity(c.tenant, { committeeId: c.committee.id });
    const admin = await memberOf(c.admin);
    // Stored as a module's file of another kind (say a livelihood project's progress), on a row the admin sees.
    const stray = await storeAttachment(
      forTenant(c.tenant.id),
      c.tenant.id,
      {
        body: pdf().body,
        fileName: "进展.pdf",
        owner: { module: "oversight", kind: "livelihoodProgress", id: a.id },
        allowed: DOCUMENT_TYPES,
        maxBytes: 1024 * 1024,
        access: "oversight.view",
      },
      { userId: c.admin.id },
    );
    expect(await status(c.tenant.slug, stray.id, c.admin)).toBe("NOT_FOUND");
    expect(await attachmentReaders(c.tenant.id, admin, { ownerKind: "oversightReport", ownerId: a.id })).toBe(true);
    for (const file of [
      { ownerKind: "livelihoodProgress", ownerId: a.id },
      { ownerKind: "oversightReport", ownerId: null },
      { ownerKind: "rectificationEvidence", ownerId: null },
      { ownerKind: "oversightReport", ownerId: "not-a-uuid" },
      // An owner id of the wrong kind of row: the activity's id is no problem, no report back, no task report.
      { ownerKind: "oversightProblemPhoto", ownerId: a.id },
      { ownerKind: "oversightUnitReport", ownerId: a.id },
      { ownerKind: "rectificationEvidence", ownerId: a.id },
    ])
      expect(await attachmentReaders(c.tenant.id, admin, file), JSON.stringify(file)).toBe(false);
  });
});
