// The client's address (lib/client-ip.ts): forwarded headers only behind a trusted proxy; otherwise the socket,
// or the address scripts/server.mjs vouched for (lib/peer-address.ts) — never a header a client made up.
import type { IncomingMessage } from "node:http";
import { afterEach, describe, expect, test } from "vitest";
import { clientIp, normaliseAddress, PEER_HEADER, PEER_TOKEN_ENV, rateLimitClient } from "@/lib/client-ip";

const headers = (h: Record<string, string>) => new Headers(h);
const saved = process.env[PEER_TOKEN_ENV];
afterEach(() => {
  delete process.env.TRUST_PROXY;
  process.env[PEER_TOKEN_ENV] = saved;
  if (saved === undefined) delete process.env[PEER_TOKEN_ENV];
});

describe("clientIp", () => {
  test("without TRUST_PROXY: the socket's address; X-Forwarded-For is ignored", () => {
    expect(clientIp(headers({ "x-forwarded-for": "198.51.100.1" }), "::ffff:10.0.0.9")).toBe("10.0.0.9");
    expect(clientIp(headers({ "x-forwarded-for": "198.51.100.1" }))).toBeNull();
    expect(clientIp(headers({}), "2001:db8::1")).toBe("2001:db8::1");
  });

  test("with TRUST_PROXY=N: the address the outermost trusted proxy saw (Nth from the right), else X-Real-IP, else the socket", () => {
    process.env.TRUST_PROXY = "1";
    // The proxy appends what it saw; what the client sent stands to its left and is not believed.
    expect(clientIp(headers({ "x-forwarded-for": "6.6.6.6, 198.51.100.1" }), "10.0.0.1")).toBe("198.51.100.1");
    expect(clientIp(headers({ "x-forwarded-for": "198.51.100.1" }), "10.0.0.1")).toBe("198.51.100.1");
    process.env.TRUST_PROXY = "2";
    expect(clientIp(headers({ "x-forwarded-for": "6.6.6.6, 198.51.100.1, 10.9.9.9" }), "10.0.0.1")).toBe(
      "198.51.100.1",
    );
    process.env.TRUST_PROXY = "1";
    expect(clientIp(headers({ "x-real-ip": "198.51.100.2" }), "10.0.0.1")).toBe("198.51.100.2");
    expect(clientIp(headers({}), "10.0.0.1")).toBe("10.0.0.1");
  });

  test("the server's vouched peer header counts only with this process's secret", async () => {
    const { stampPeerAddress } = await import("@/lib/peer-address");
    const token = process.env[PEER_TOKEN_ENV]!;
    expect(token.length).toBeGreaterThan(20);
    // A request arrives with a forged header: the server replaces it.
    const req = {
      headers: { [PEER_HEADER]: `${token.slice(0, -1)}x 203.0.113.66`, host: "x" },
      socket: { remoteAddress: "::ffff:192.0.2.44" },
    } as unknown as IncomingMessage;
    stampPeerAddress(req);
    expect(req.headers[PEER_HEADER]).toBe(`${token} ::ffff:192.0.2.44`);
    expect(clientIp(headers({ [PEER_HEADER]: req.headers[PEER_HEADER] as string }))).toBe("192.0.2.44");
    // Made up from outside: worth nothing.
    expect(clientIp(headers({ [PEER_HEADER]: "guess 203.0.113.66" }))).toBeNull();
    expect(clientIp(headers({ [PEER_HEADER]: "203.0.113.66" }))).toBeNull();
    // A process the server did not start (next start, next dev): no secret, no address.
    delete process.env[PEER_TOKEN_ENV];
    expect(clientIp(headers({ [PEER_HEADER]: `${token} 192.0.2.44` }))).toBeNull();
  });

  test("normaliseAddress", () => {
    expect(normaliseAddress("::FFFF:127.0.0.1")).toBe("127.0.0.1");
    expect(normaliseAddress("::1")).toBe("::1");
    expect(normaliseAddress("  ")).toBeNull();
    expect(normaliseAddress("x".repeat(100))).toHaveLength(64);
  });

  test("ports are dropped, and an IPv6 client counts as its /64", () => {
    expect(normaliseAddress("198.51.100.7:51234")).toBe("198.51.100.7");
    expect(normaliseAddress("[2001:db8::7]:443")).toBe("2001:db8::7");
    expect(rateLimitClient("198.51.100.7")).toBe("198.51.100.7");
    expect(rateLimitClient("2001:db8:1:2:3:4:5:6")).toBe("2001:db8:1:2::/64");
    expect(rateLimitClient("2001:db8:1:2:ffff::9")).toBe(rateLimitClient("2001:db8:1:2:0:0:0:1"));
    expect(rateLimitClient("2001:db8::1")).toBe("2001:db8:0:0::/64");
  });
});
