// Special inquiries against real PostgreSQL: the research and respondents (refusals under their fields), the
// moves by compare-and-set (opening the session starts a planned activity; closing it opens the anonymous
// satisfaction vote, one item per respondent unit, the participants with an account as voters; rectifying waits
// for the vote's close), live recording idempotent on the laptop's clientKey (a resend updates, ten at once
// store one row, a follow-up under its question), what a member of another committee or city gets (404), and the
// public record (published and its vote over only; the API answers 404 before and for another city).
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, test, vi } from "vitest";
import { GET as inquiryApi } from "@/app/api/v1/[tenant]/inquiries/[id]/route";
import { POST as questionsApi } from "@/app/api/v1/[tenant]/inquiries/[id]/questions/route";
import { executeAction } from "@/lib/action";
import { unsafePrisma } from "@/lib/db";
import type { Result } from "@/lib/errors";
import {
  addRespondent,
  getInquiryView,
  moveInquiry,
  publicInquiry,
  recordQuestion,
  removeRespondent,
  updateInquiry,
} from "@/lib/modules/oversight";
import { castVote, closePoll, getPollResults } from "@/lib/modules/votes";
import { auditRows, createUnit, sessionFor, type TestUser } from "../factories";
import { makeActivity, makeParticipant, oversightCity, type OversightCity } from "../factories/oversight";

const session = vi.hoisted(() => ({ current: null as null | { identity: unknown } }));
vi.mock("next-auth", async (load) => ({
  ...(await load<typeof import("next-auth")>()),
  getServerSession: async () => session.current,
}));

type Def = Parameters<typeof executeAction>[0];
const run = (c: OversightCity, user: TestUser, def: Def, input: unknown) =>
  executeAction(def, c.tenant.slug, input, sessionFor(user)) as Promise<Result<Record<string, unknown>>>;
function refused(r: Result<unknown>, code: string) {
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.error.code).toBe(code);
  return r.ok ? null : r.error;
}
const key = () => crypto.randomUUID();

let c: OversightCity;
let other: OversightCity;

beforeAll(async () => {
  c = await oversightCity();
  other = await oversightCity();
});

async function inquiry(o: { committeeId?: string | null; status?: "PLANNED" | "UNDERWAY" } = {}) {
  const a = await makeActivity(c.tenant, {
    kind: "SPECIAL_INQUIRY",
    status: o.status ?? "PLANNED",
    committeeId: o.committeeId ?? c.committee.id,
    title: `优化营商环境工作专题询问 ${key().slice(0, 6)}`,
    data: { published: true },
  });
  return { activityId: a.id, inquiryId: a.inquiryId! };
}

async function inSession() {
  const q = await inquiry();
  expect(
    (await run(c, c.admin, addRespondent, { inquiryId: q.inquiryId, unitId: c.unit.id, officials: "局长 王某" })).ok,
  ).toBe(true);
  expect((await run(c, c.admin, moveInquiry, { inquiryId: q.inquiryId, from: "RESEARCH", to: "SESSION" })).ok).toBe(
    true,
  );
  return q;
}

describe("research and respondents", () => {
  test("the research figures are saved; more returned than sent is refused under its field", async () => {
    const q = await inquiry();
    const bad = refused(
      await run(c, c.committeeUser, updateInquiry, {
        inquiryId: q.inquiryId,
        questionnaires: 40,
        questionnaireResponses: 41,
      }),
      "VALIDATION",
    );
    expect(bad?.fieldErrors?.questionnaireResponses?.[0]).toContain("回收问卷数");
    const ok = await run(c, c.committeeUser, updateInquiry, {
      inquiryId: q.inquiryId,
      reasons: "营商环境是发展的生命线。",
      questionnaires: 40,
      questionnaireResponses: 38,
      forums: 5,
      visits: 98,
      sessionOn: "2026-06-25",
      sessionPlace: "市人大常委会会议室",
    });
    expect(ok.ok).toBe(true);
    const v = await getInquiryView(c.tenant.id, { inquiryId: q.inquiryId });
    expect(v).toMatchObject({
      questionnaires: 40,
      questionnaireResponses: 38,
      forums: 5,
      visits: 98,
      sessionOn: "2026-06-25",
    });
    expect(await auditRows(c.tenant.id, { action: "inquiry.update", entityId: q.activityId })).toHaveLength(1);
  });

  test("respondents: added once, another city's unit refused, removed while the vote has not begun", async () => {
    const q = await inquiry();
    expect(
      (await run(c, c.admin, addRespondent, { inquiryId: q.inquiryId, unitId: c.unit.id, officials: "局长 王某" })).ok,
    ).toBe(true);
    const dup = refused(
      await run(c, c.admin, addRespondent, { inquiryId: q.inquiryId, unitId: c.unit.id, officials: "副局长" }),
      "VALIDATION",
    );
    expect(dup?.fieldErrors?.unitId?.[0]).toContain("已是应询部门");
    const foreign = refused(
      await run(c, c.admin, addRespondent, { inquiryId: q.inquiryId, unitId: other.unit.id, officials: "某某" }),
      "VALIDATION",
    );
    expect(foreign?.fieldErrors?.unitId).toBeTruthy();
    const v = await getInquiryView(c.tenant.id, { inquiryId: q.inquiryId });
    expect(v?.respondents.map((r) => r.unitId)).toEqual([c.unit.id]);
    expect(
      (await run(c, c.admin, removeRespondent, { inquiryId: q.inquiryId, respondentId: v!.respondents[0]!.id })).ok,
    ).toBe(true);
    expect((await getInquiryView(c.tenant.id, { inquiryId: q.inquiryId }))?.respondents).toEqual([]);
  });

  test("a member of another committee, or another city, gets 404", async () => {
    const q = await inquiry();
    refused(await run(c, c.otherCommitteeUser, updateInquiry, { inquiryId: q.inquiryId, forums: 3 }), "NOT_FOUND");
    refused(await run(other, other.admin, updateInquiry, { inquiryId: q.inquiryId, forums: 3 }), "NOT_FOUND");
    refused(
      await run(other, other.admin, recordQuestion, {
        inquiryId: q.inquiryId,
        clientKey: key(),
        questionerName: "甲",
        question: "问",
      }),
      "NOT_FOUND",
    );
  });
});

describe("the live session", () => {
  test("nothing is recorded before the session opens; opening it starts the planned activity", async () => {
    const q = await inquiry();
    const early = refused(
      await run(c, c.committeeUser, recordQuestion, {
        inquiryId: q.inquiryId,
        clientKey: key(),
        questionerName: "张委员",
        question: "问",
      }),
      "CONFLICT",
    );
    expect(early?.message).toContain("尚未开始");
    await run(c, c.admin, addRespondent, { inquiryId: q.inquiryId, unitId: c.unit.id, officials: "局长 王某" });
    expect(
      (await run(c, c.committeeUser, moveInquiry, { inquiryId: q.inquiryId, from: "RESEARCH", to: "SESSION" })).ok,
    ).toBe(true);
    const a = await unsafePrisma.oversightActivity.findFirstOrThrow({
      where: { tenantId: c.tenant.id, id: q.activityId },
    });
    expect(a.status).toBe("UNDERWAY");
    const i = await unsafePrisma.inquiry.findFirstOrThrow({ where: { tenantId: c.tenant.id, id: q.inquiryId } });
    expect(i.sessionOpenedAt).not.toBeNull();
    // The same move again (a second laptop, a double click): compare-and-set refuses it.
    refused(
      await run(c, c.committeeUser, moveInquiry, { inquiryId: q.inquiryId, from: "RESEARCH", to: "SESSION" }),
      "CONFLICT",
    );
  });

  test("a question sent twice is stored once and the resend updates it; ten at once store one row", async () => {
    const q = await inSession();
    const v0 = await getInquiryView(c.tenant.id, { inquiryId: q.inquiryId });
    const respondentId = v0!.respondents[0]!.id;
    const k = key();
    const first = await run(c, c.committeeUser, recordQuestion, {
      inquiryId: q.inquiryId,
      clientKey: k,
      questionerName: "张委员",
      respondentId,
      answererName: "王某",
      question: "企业开办时间还能否进一步压缩？",
    });
    expect(first.ok && first.data.created).toBe(true);
    const again = await run(c, c.committeeUser, recordQuestion, {
      inquiryId: q.inquiryId,
      clientKey: k,
      questionerName: "张委员",
      respondentId,
      answererName: "王某",
      question: "企业开办时间还能否进一步压缩？",
      answer: "今年压缩到 1 个工作日以内。",
    });
    expect(again.ok && again.data.created).toBe(false);
    const burstKey = key();
    const burst = await Promise.all(
      Array.from({ length: 10 }, () =>
        run(c, c.committeeUser, recordQuestion, {
          inquiryId: q.inquiryId,
          clientKey: burstKey,
          questionerName: "李代表",
          question: "审批“一网通办”覆盖率是多少？",
        }),
      ),
    );
    expect(burst.every((r) => r.ok)).toBe(true);
    const rows = await unsafePrisma.inquiryQuestion.findMany({
      where: { tenantId: c.tenant.id, inquiryId: q.inquiryId },
      orderBy: { seq: "asc" },
    });
    expect(rows.map((r) => [r.clientKey, r.seq])).toEqual([
      [k, 1],
      [burstKey, 2],
    ]);
    expect(rows[0]!.answer).toBe("今年压缩到 1 个工作日以内。");
  });

  test("a follow-up lands under its question; an unknown parent or respondent is refused", async () => {
    const q = await inSession();
    const parent = key();
    await run(c, c.committeeUser, recordQuestion, {
      inquiryId: q.inquiryId,
      clientKey: parent,
      questionerName: "张委员",
      question: "问一",
    });
    await run(c, c.committeeUser, recordQuestion, {
      inquiryId: q.inquiryId,
      clientKey: key(),
      questionerName: "李代表",
      question: "问二",
    });
    const f = await run(c, c.committeeUser, recordQuestion, {
      inquiryId: q.inquiryId,
      clientKey: key(),
      parentClientKey: parent,
      questionerName: "张委员",
      question: "追问一",
    });
    expect(f.ok).toBe(true);
    refused(
      await run(c, c.committeeUser, recordQuestion, {
        inquiryId: q.inquiryId,
        clientKey: key(),
        parentClientKey: key(),
        questionerName: "张委员",
        question: "追问？",
      }),
      "CONFLICT",
    );
    refused(
      await run(c, c.committeeUser, recordQuestion, {
        inquiryId: q.inquiryId,
        clientKey: key(),
        respondentId: key(),
        questionerName: "张委员",
        question: "问",
      }),
      "VALIDATION",
    );
    const v = await getInquiryView(c.tenant.id, { inquiryId: q.inquiryId });
    expect(v?.questions.map((x) => x.question)).toEqual(["问一", "追问一", "问二"]);
  });

  test("the HTTP route: signed in it stores (201/200), signed out 401, bad body 422 in Chinese", async () => {
    const q = await inSession();
    const post = (body: unknown) =>
      questionsApi(
        new NextRequest(`http://localhost/api/v1/${c.tenant.slug}/inquiries/${q.inquiryId}/questions`, {
          method: "POST",
          headers: { "content-type": "application/json", origin: "http://localhost" },
          body: JSON.stringify(body),
        }),
        { params: Promise.resolve({ tenant: c.tenant.slug, id: q.inquiryId }) },
      );
    session.current = null;
    expect((await post({ clientKey: key(), questionerName: "甲", question: "问" })).status).toBe(401);
    const u = c.committeeUser;
    session.current = { identity: { kind: "tenant", userId: u.id, tenantId: u.tenantId, authAt: Date.now() } };
    const k = key();
    const ok = await post({ clientKey: k, questionerName: "张委员", question: "问" });
    expect(ok.status).toBeLessThan(300);
    const bad = await post({ clientKey: "not-a-uuid", questionerName: "", question: "" });
    expect(bad.status).toBe(422);
    const body = (await bad.json()) as { error: { message: string } };
    expect(body.error.message).not.toMatch(/invalid|expected/i);
    session.current = null;
    expect(
      await unsafePrisma.inquiryQuestion.count({
        where: { tenantId: c.tenant.id, inquiryId: q.inquiryId, clientKey: k },
      }),
    ).toBe(1);
  });
});

describe("the satisfaction vote and the public record", () => {
  test("closing the session opens the vote, one item per respondent, the participants with an account voting", async () => {
    const q = await inSession();
    const unit2 = await createUnit(c.tenant);
    await run(c, c.admin, addRespondent, { inquiryId: q.inquiryId, unitId: unit2.id, officials: "主任 刘某" });
    // No participant with an account yet: refused, the inquiry stays in session.
    const none = refused(
      await run(c, c.admin, moveInquiry, { inquiryId: q.inquiryId, from: "SESSION", to: "VOTING" }),
      "CONFLICT",
    );
    expect(none?.message).toContain("参加人员");
    await makeParticipant(c.tenant, q.activityId, { userId: c.leader.id });
    await makeParticipant(c.tenant, q.activityId, { deputyId: c.deputy.deputy.id });
    const moved = await run(c, c.admin, moveInquiry, { inquiryId: q.inquiryId, from: "SESSION", to: "VOTING" });
    expect(moved.ok).toBe(true);
    const pollId = moved.ok ? (moved.data.pollId as string) : "";
    const poll = await unsafePrisma.poll.findFirstOrThrow({ where: { tenantId: c.tenant.id, id: pollId } });
    expect(poll).toMatchObject({
      kind: "SATISFACTION",
      secrecy: "ANONYMOUS",
      status: "OPEN",
      activityId: q.activityId,
    });
    const items = await unsafePrisma.pollItem.findMany({
      where: { tenantId: c.tenant.id, pollId },
      orderBy: { sortOrder: "asc" },
    });
    expect(items.map((i) => i.unitId)).toEqual([c.unit.id, unit2.id]);
    const voters = await unsafePrisma.pollVoter.findMany({ where: { tenantId: c.tenant.id, pollId } });
    expect(voters.map((v) => v.userId).sort()).toEqual([c.leader.id, c.deputy.user.id].sort());
    // The respondents are fixed now.
    refused(
      await run(c, c.admin, addRespondent, { inquiryId: q.inquiryId, unitId: c.otherUnit.id, officials: "某" }),
      "CONFLICT",
    );

    // Not public while voting; rectifying waits for the close.
    expect(await publicInquiry(c.tenant.id, q.inquiryId)).toBeNull();
    const wait = refused(
      await run(c, c.admin, moveInquiry, { inquiryId: q.inquiryId, from: "VOTING", to: "RECTIFYING" }),
      "CONFLICT",
    );
    expect(wait?.message).toContain("尚未结束");

    const choices = Object.fromEntries(items.map((i) => [i.id, "SATISFIED"]));
    expect((await run(c, c.leader, castVote, { pollId, choices })).ok).toBe(true);
    expect(
      (await run(c, c.deputy.user, castVote, { pollId, choices: { ...choices, [items[1]!.id]: "BASIC" } })).ok,
    ).toBe(true);
    expect((await run(c, c.admin, closePoll, { pollId })).ok).toBe(true);
    expect((await run(c, c.admin, moveInquiry, { inquiryId: q.inquiryId, from: "VOTING", to: "RECTIFYING" })).ok).toBe(
      true,
    );

    const pub = await publicInquiry(c.tenant.id, q.inquiryId);
    expect(pub?.votes).toHaveLength(1);
    expect(pub?.votes[0]?.items.map((i) => i.counts)).toEqual([
      { SATISFIED: 2, BASIC: 0, UNSATISFIED: 0 },
      { SATISFIED: 1, BASIC: 1, UNSATISFIED: 0 },
    ]);
    expect((await getPollResults(c.tenant.id, pollId))?.voted).toBe(2);

    const get = (slug: string, id: string) =>
      inquiryApi(new NextRequest(`http://localhost/api/v1/${slug}/inquiries/${id}`), {
        params: Promise.resolve({ tenant: slug, id }),
      });
    const res = await get(c.tenant.slug, q.inquiryId);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data: { topic: string; respondents: unknown[]; votes: unknown[] } };
    expect(body.data.respondents).toHaveLength(2);
    expect(body.data.votes).toHaveLength(1);
    expect((await get(other.tenant.slug, q.inquiryId)).status).toBe(404);
  });

  test("an unpublished or unfinished inquiry has no public record (404)", async () => {
    const q = await inquiry();
    const get = () =>
      inquiryApi(new NextRequest(`http://localhost/api/v1/${c.tenant.slug}/inquiries/${q.inquiryId}`), {
        params: Promise.resolve({ tenant: c.tenant.slug, id: q.inquiryId }),
      });
    expect((await get()).status).toBe(404);
    await unsafePrisma.inquiry.updateMany({
      where: { tenantId: c.tenant.id, id: q.inquiryId },
      data: { status: "CLOSED" },
    });
    expect((await get()).status).toBe(200);
    await unsafePrisma.oversightActivity.updateMany({
      where: { tenantId: c.tenant.id, id: q.activityId },
      data: { published: false },
    });
    expect((await get()).status).toBe(404);
    // Closed: nothing more is recorded.
    refused(
      await run(c, c.admin, recordQuestion, {
        inquiryId: q.inquiryId,
        clientKey: key(),
        questionerName: "甲",
        question: "问",
      }),
      "CONFLICT",
    );
  });
});
