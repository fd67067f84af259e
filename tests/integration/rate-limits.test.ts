// Rate limits (issue #9, item 7): a city-wide limit counts only valid submissions, so junk cannot close the portal
// to everyone; a per-client limit counts every request of that client, junk too; every 429 says Retry-After.
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, test } from "vitest";
import { respond } from "@/lib/http";
import { submitProposalForApi } from "@/lib/modules/legislation";
import { anonymousContext, createTenant } from "../factories";
import { createCall } from "../factories/legislation";

afterEach(() => {
  delete process.env.PROPOSAL_LIMIT_PER_CITY;
  delete process.env.PROPOSAL_LIMIT_PER_CLIENT;
});

const proposal = (callId: string, title = "关于制定《测试市电动自行车管理条例》的建议") => ({
  callId,
  title,
  necessity: "电动自行车停放充电引发火灾隐患。",
  mainContent: "规范登记、停放、充电和通行管理。",
});
const from = (ip: string | null) => ({ ...anonymousContext(), ip });

describe("public proposals", () => {
  test("junk never counts toward the city's limit: after 60 invalid posts from everywhere, a citizen still gets through", async () => {
    process.env.PROPOSAL_LIMIT_PER_CITY = "4"; // 4 slots of 1: any counted hit would fill one
    const tenant = await createTenant();
    const call = await createCall(tenant);
    for (let i = 0; i < 60; i++) {
      const junk = await submitProposalForApi(
        tenant.slug,
        { callId: call.id, title: "" },
        from(i % 2 ? `203.0.113.${i}` : null),
      );
      expect(junk.ok === false && junk.error.code).toBe("VALIDATION");
    }
    const citizen = await submitProposalForApi(tenant.slug, proposal(call.id), from("198.51.100.20"));
    expect(citizen.ok).toBe(true);
  });

  test("well-formed posts the action refuses (an unknown call) do not count toward the city's limit either", async () => {
    process.env.PROPOSAL_LIMIT_PER_CITY = "4";
    const tenant = await createTenant();
    const call = await createCall(tenant);
    for (let i = 0; i < 20; i++) {
      const refused = await submitProposalForApi(tenant.slug, proposal(randomUUID()), from(`203.0.113.${i}`));
      expect(refused.ok).toBe(false);
      expect(refused.ok === false && refused.error.code).not.toBe("RATE_LIMITED");
    }
    const citizen = await submitProposalForApi(tenant.slug, proposal(call.id), from("198.51.100.21"));
    expect(citizen.ok).toBe(true);
  });

  test("the city's limit still holds for valid proposals, and its 429 carries Retry-After", async () => {
    process.env.PROPOSAL_LIMIT_PER_CITY = "4";
    const tenant = await createTenant();
    const call = await createCall(tenant);
    const results = [];
    for (let i = 0; i < 12; i++)
      results.push(await submitProposalForApi(tenant.slug, proposal(call.id, `建议 ${i}`), from(`198.51.100.${i}`)));
    const refused = results.filter((r) => !r.ok);
    expect(results.filter((r) => r.ok).length).toBeLessThanOrEqual(4);
    expect(refused.length).toBeGreaterThanOrEqual(8);
    const last = refused.at(-1)!;
    expect(last.ok === false && last.error.code).toBe("RATE_LIMITED");
    expect(last.ok === false && last.retryAfterSeconds).toBeGreaterThan(0);
    const res = respond(last, 201);
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(res.headers.get("retry-after"))).toBeLessThanOrEqual(3600);
    // The body is the usual error, nothing more.
    expect(Object.keys(await res.json())).toEqual(["error"]);
  });

  test("one client's junk counts against that client (and only that client)", async () => {
    process.env.PROPOSAL_LIMIT_PER_CLIENT = "3";
    const tenant = await createTenant();
    const call = await createCall(tenant);
    for (let i = 0; i < 3; i++)
      expect((await submitProposalForApi(tenant.slug, {}, from("203.0.113.7"))).ok).toBe(false);
    const same = await submitProposalForApi(tenant.slug, proposal(call.id), from("203.0.113.7"));
    expect(same.ok === false && same.error.code).toBe("RATE_LIMITED");
    expect(same.ok === false && same.retryAfterSeconds).toBeGreaterThan(0);
    expect((await submitProposalForApi(tenant.slug, proposal(call.id), from("203.0.113.8"))).ok).toBe(true);
  });
});
