// The console page cache's pure parts: which requests it may answer, and its byte-bounded LRU with expiry.
import { describe, expect, test } from "vitest";
import { ByteLru } from "@/lib/cache/byte-lru";
import { cacheablePath } from "@/lib/cache";

describe("cacheablePath", () => {
  const member = { slug: "liaoyuan", scope: "member" };
  const shared = { slug: "liaoyuan", scope: "public" };
  const id = "0195f3a2-7c1e-7000-8000-00000000abcd";

  test("takes full-document GETs of the listed console pages, and nothing else", () => {
    expect(cacheablePath("GET", "/liaoyuan/console/legislation", {})).toEqual(member);
    expect(cacheablePath("GET", "/liaoyuan/console/legislation?year=2024&committeeId=x", {})).toEqual(member);
    expect(cacheablePath("GET", "/liaoyuan/console/legislation/", {})).toEqual(member);
    expect(cacheablePath("GET", "/liaoyuan/console/legislation/in-force", {})).toEqual(member);
    expect(cacheablePath("GET", "/liaoyuan/console/legislation/stages/FIRST_READING", {})).toEqual(member);
    expect(cacheablePath("HEAD", "/liaoyuan/console/legislation", {})).toBeNull();
    expect(cacheablePath("POST", "/liaoyuan/console/legislation", {})).toBeNull();
    expect(cacheablePath("GET", "/liaoyuan/console/legislation?_rsc=1x2y", { rsc: "1" })).toEqual(member); // a client-side navigation
    expect(cacheablePath("GET", "/liaoyuan/console/legislation", { "next-action": "abc" })).toBeNull();
    expect(cacheablePath("GET", "/liaoyuan/console/users", {})).toBeNull();
    expect(cacheablePath("GET", "/liaoyuan/console/legislation/regulations/1", {})).toBeNull();
    expect(cacheablePath("GET", "/liaoyuan/legislation", {})).toBeNull();
    expect(cacheablePath("GET", "/Liaoyuan/console/legislation", {})).toBeNull();
    expect(cacheablePath("GET", `/liaoyuan/console/legislation?${"q=1&".repeat(200)}`, {})).toBeNull();
  });

  test("takes the public legislation API's GETs, shared by every reader, and no other API", () => {
    expect(cacheablePath("GET", "/api/v1/liaoyuan/regulations?stage=FIRST_READING", {})).toEqual(shared);
    expect(cacheablePath("GET", `/api/v1/liaoyuan/regulations/${id}`, {})).toEqual(shared);
    expect(cacheablePath("GET", "/api/v1/liaoyuan/plans", {})).toEqual(shared);
    expect(cacheablePath("GET", `/api/v1/liaoyuan/plans/${id}`, {})).toEqual(shared);
    expect(cacheablePath("GET", `/api/v1/liaoyuan/drafts/${id}`, {})).toEqual(shared);
    expect(cacheablePath("GET", "/api/v1/liaoyuan/drafts", {})).toBeNull();
    expect(cacheablePath("GET", "/api/v1/liaoyuan/regulations/not-an-id", {})).toBeNull();
    expect(cacheablePath("GET", "/api/v1/liaoyuan/consultations", {})).toBeNull(); // counts change with every opinion
    expect(cacheablePath("GET", "/api/v1/liaoyuan/receipts/ABCDEFGHJK", {})).toBeNull();
    expect(cacheablePath("GET", "/api/v1/liaoyuan/users", {})).toBeNull();
    expect(cacheablePath("POST", "/api/v1/liaoyuan/proposals", {})).toBeNull();
  });
});

test("takes the portal's listed public pages per language, and not the others", () => {
  const portal = { slug: "taiyuan", scope: "portal" };
  const id = "0195f3a2-7c1e-7000-8000-00000000abcd";
  expect(cacheablePath("GET", "/taiyuan/deputies?level=CITY&offset=40", {})).toEqual(portal);
  expect(cacheablePath("GET", "/taiyuan/stations", {})).toEqual(portal);
  expect(cacheablePath("GET", "/taiyuan/stations/calendar", {})).toEqual(portal);
  expect(cacheablePath("GET", `/taiyuan/stations/${id}`, {})).toEqual(portal);
  expect(cacheablePath("GET", "/taiyuan/stations/not-an-id", {})).toBeNull();
  expect(cacheablePath("GET", "/taiyuan/consultations", {})).toBeNull();
  expect(cacheablePath("GET", "/taiyuan/track/ABCDEFGHJK", {})).toBeNull();
  expect(cacheablePath("POST", "/taiyuan/deputies", {})).toBeNull();
});

describe("ByteLru", () => {
  const entry = (bytes: number, storedAt = 0) => ({ bytes, storedAt });

  test("evicts the least recently used entries once over its byte limit", () => {
    const lru = new ByteLru<{ bytes: number; storedAt: number }>(100, 1_000);
    lru.set("a", entry(40));
    lru.set("b", entry(40));
    expect(lru.get("a", 0)).toBeDefined(); // a is now the most recent
    lru.set("c", entry(40));
    expect(lru.get("b", 0)).toBeUndefined();
    expect(lru.get("a", 0)).toBeDefined();
    expect(lru.get("c", 0)).toBeDefined();
    expect(lru.bytes).toBe(80);
  });

  test("drops entries past their time limit, replaces a key's entry, and refuses one larger than the whole", () => {
    const lru = new ByteLru<{ bytes: number; storedAt: number }>(100, 1_000);
    lru.set("a", entry(10, 0));
    expect(lru.get("a", 1_000)).toBeDefined();
    expect(lru.get("a", 1_001)).toBeUndefined();
    expect(lru.bytes).toBe(0);
    lru.set("b", entry(10));
    lru.set("b", entry(30));
    expect(lru.bytes).toBe(30);
    lru.set("huge", entry(101));
    expect(lru.get("huge", 0)).toBeUndefined();
    expect(lru.size).toBe(1);
  });
});
