// The opinion intake's fast path (lib/modules/consultation/intake-http.ts, which scripts/server.mjs runs beside
// Next) on a real node:http server and a real PostgreSQL: a malformed %-escape in the path is answered 404
// instead of never (issue #9), and the per-client limit counts the socket's address when no proxy is trusted.
import { once } from "node:events";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { handleOpinionIntake } from "@/lib/modules/consultation";
import { createTenant } from "../factories";
import { createConsultation } from "../factories/consultation";

let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (!handleOpinionIntake(req, res)) res.writeHead(599).end("not the fast path");
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
afterEach(() => {
  delete process.env.OPINION_LIMIT_PER_CLIENT;
  delete process.env.TRUST_PROXY;
});

function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(base + path, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(5000), // an unanswered request fails the test instead of hanging it
  });
}

describe("intake fast path", () => {
  test("a malformed %-escape in the consultation id answers 404 in JSON, in the visitor's language", async () => {
    const tenant = await createTenant();
    const res = await post(`/api/v1/${tenant.slug}/consultations/%E0%A4%A/opinions`, { content: "建议" });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: "NOT_FOUND", message: "要找的内容不存在。" } });
    const en = await post(
      `/api/v1/${tenant.slug}/consultations/%E0%A4%A/opinions`,
      { content: "x" },
      { cookie: "NEXT_LOCALE=en" },
    );
    expect(en.status).toBe(404);
    expect((await en.json()).error.message).toBe("Not found.");
    // The server is still answering on the same connection pool.
    const again = await post(`/api/v1/${tenant.slug}/consultations/%ZZ/opinions`, { content: "x" });
    expect(again.status).toBe(404);
  });

  test("a well-formed request is still answered (201)", async () => {
    const tenant = await createTenant();
    const { consultation } = await createConsultation(tenant);
    const res = await post(`/api/v1/${tenant.slug}/consultations/${consultation.id}/opinions`, {
      content: "建议明确犬链长度。",
    });
    expect(res.status).toBe(201);
  });

  test("without TRUST_PROXY the per-client limit counts the socket's address; a forged X-Forwarded-For changes nothing; the 429 says Retry-After", async () => {
    process.env.OPINION_LIMIT_PER_CLIENT = "3";
    const tenant = await createTenant();
    const { consultation } = await createConsultation(tenant);
    const path = `/api/v1/${tenant.slug}/consultations/${consultation.id}/opinions`;
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await post(path, { content: `意见 ${i}` }, { "x-forwarded-for": `198.51.100.${i}` });
      statuses.push(res.status);
      if (res.status === 429) expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    }
    expect(statuses).toEqual([201, 201, 201, 429, 429]);
  });

  test("with TRUST_PROXY=1 the forwarded address is the client's", async () => {
    process.env.OPINION_LIMIT_PER_CLIENT = "1";
    process.env.TRUST_PROXY = "1";
    const tenant = await createTenant();
    const { consultation } = await createConsultation(tenant);
    const path = `/api/v1/${tenant.slug}/consultations/${consultation.id}/opinions`;
    const a = await post(path, { content: "甲" }, { "x-forwarded-for": "198.51.100.1" });
    const b = await post(path, { content: "乙" }, { "x-forwarded-for": "198.51.100.2" });
    const a2 = await post(path, { content: "丙" }, { "x-forwarded-for": "198.51.100.1" });
    expect([a.status, b.status, a2.status]).toEqual([201, 201, 429]);
  });
});
