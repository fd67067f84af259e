import { describe, expect, test } from "vitest";
import { redact } from "@/lib/audit";

const HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA";

describe("redact", () => {
  test("password hashes and passwords never reach the audit log", () => {
    const out = redact({
      username: "zhang",
      passwordHash: HASH,
      password: "Secret-123",
      newPassword: "N3w-secret",
      currentPassword: "Old-s3cret",
    });
    expect(out).toEqual({
      username: "zhang",
      passwordHash: "[redacted]",
      password: "[redacted]",
      newPassword: "[redacted]",
      currentPassword: "[redacted]",
    });
    expect(JSON.stringify(out)).not.toContain("argon2");
    expect(JSON.stringify(out)).not.toContain("secret");
  });

  test("secrets nested in objects and arrays are redacted too", () => {
    const out = redact({ user: { id: "u1", passwordHash: HASH }, list: [{ passwordHash: HASH, n: 1 }] });
    expect(out).toEqual({
      user: { id: "u1", passwordHash: "[redacted]" },
      list: [{ passwordHash: "[redacted]", n: 1 }],
    });
  });

  test("dates become ISO strings, bigints strings", () => {
    expect(redact({ at: new Date("2026-01-02T03:04:05.000Z"), id: 12345678901234567890n })).toEqual({
      at: "2026-01-02T03:04:05.000Z",
      id: "12345678901234567890",
    });
  });

  test("nothing in, nothing stored", () => {
    expect(redact(undefined)).toBeUndefined();
    expect(redact(null)).toBeUndefined();
  });

  test("other values pass through unchanged", () => {
    expect(redact({ a: 1, b: "两", c: [true, null], d: { e: "f" } })).toEqual({
      a: 1,
      b: "两",
      c: [true, null],
      d: { e: "f" },
    });
    expect(redact("text")).toBe("text");
  });
});
