// The console page cache's pure parts: which requests it may answer, and its byte-bounded LRU with expiry.
import { describe, expect, test } from "vitest";
import { ByteLru } from "@/lib/page-cache/byte-lru";
import { cacheablePath } from "@/lib/page-cache";

describe("cacheablePath", () => {
  test("takes full-document GETs of the listed console pages, and nothing else", () => {
    expect(cacheablePath("GET", "/liaoyuan/console/legislation", {})).toBe("liaoyuan");
    expect(cacheablePath("GET", "/liaoyuan/console/legislation?year=2024&committeeId=x", {})).toBe("liaoyuan");
    expect(cacheablePath("GET", "/liaoyuan/console/legislation/", {})).toBe("liaoyuan");
    expect(cacheablePath("GET", "/liaoyuan/console/legislation/in-force", {})).toBe("liaoyuan");
    expect(cacheablePath("GET", "/liaoyuan/console/legislation/stages/FIRST_READING", {})).toBe("liaoyuan");
    expect(cacheablePath("HEAD", "/liaoyuan/console/legislation", {})).toBeNull();
    expect(cacheablePath("POST", "/liaoyuan/console/legislation", {})).toBeNull();
    expect(cacheablePath("GET", "/liaoyuan/console/legislation", { rsc: "1" })).toBeNull();
    expect(cacheablePath("GET", "/liaoyuan/console/legislation", { "next-action": "abc" })).toBeNull();
    expect(cacheablePath("GET", "/liaoyuan/console/users", {})).toBeNull();
    expect(cacheablePath("GET", "/liaoyuan/console/legislation/regulations/1", {})).toBeNull();
    expect(cacheablePath("GET", "/liaoyuan/legislation", {})).toBeNull();
    expect(cacheablePath("GET", "/Liaoyuan/console/legislation", {})).toBeNull();
    expect(cacheablePath("GET", `/liaoyuan/console/legislation?${"q=1&".repeat(200)}`, {})).toBeNull();
  });
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
