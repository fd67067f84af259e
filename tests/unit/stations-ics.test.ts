// The stations' iCalendar writer (RFC 5545): TEXT escaping, folding at 75 octets without splitting a UTF-8
// character, CRLF line ends, UTC times, and the calendar's required properties.
import { describe, expect, test } from "vitest";
import { escapeText, foldLine, shanghaiInstant, utcStamp, writeCalendar } from "@/lib/modules/stations/ics";

const octets = (s: string) => Buffer.byteLength(s, "utf8");

describe("escapeText", () => {
  test("escapes backslash, semicolon and comma, and writes newlines as \\n", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
  });
});

describe("foldLine", () => {
  test("leaves a line of 75 octets alone", () => {
    const line = "X".repeat(75);
    expect(foldLine(line)).toBe(line);
  });

  test("folds an ASCII line into 75-octet pieces, continuations starting with one space", () => {
    const folded = foldLine("D".repeat(200)).split("\r\n");
    expect(folded.map(octets)).toEqual([75, 75, 52]);
    expect(folded.slice(1).every((l) => l.startsWith(" "))).toBe(true);
    expect(folded.map((l, i) => (i ? l.slice(1) : l)).join("")).toBe("D".repeat(200));
  });

  test("folds Chinese text by octets, never inside a character", () => {
    const text = "DESCRIPTION:" + "值班代表张三李四王五赵六".repeat(10); // 12 + 360 octets
    const folded = foldLine(text).split("\r\n");
    expect(folded.length).toBeGreaterThan(4);
    for (const l of folded) expect(octets(l)).toBeLessThanOrEqual(75);
    // No replacement characters: each piece is whole UTF-8.
    for (const l of folded) expect(Buffer.from(l, "utf8").toString("utf8")).toBe(l);
    expect(folded.map((l, i) => (i ? l.slice(1) : l)).join("")).toBe(text);
    // The first piece takes as many whole characters as fit: 12 + 21×3 = 75.
    expect(octets(folded[0]!)).toBe(75);
  });
});

describe("times", () => {
  test("a Shanghai wall-clock time is written in UTC", () => {
    expect(utcStamp(shanghaiInstant("2026-12-15", "9:00"))).toBe("20261215T010000Z");
    expect(utcStamp(shanghaiInstant("2027-01-01", "07:30"))).toBe("20261231T233000Z");
  });
});

describe("writeCalendar", () => {
  const ics = writeCalendar({
    name: "光华街道中心站, 汕头",
    now: new Date("2026-12-01T00:00:00Z"),
    events: [
      {
        uid: "0193-day@lianxin",
        start: shanghaiInstant("2026-12-15", "09:00"),
        end: shanghaiInstant("2026-12-15", "11:30"),
        summary: "代表接待日：老旧小区改造; 加装电梯",
        location: "金平区光华街道, 海滨路 1 号",
        description: "主题：老旧小区改造\n值班代表：" + "张三、".repeat(30),
      },
    ],
  });
  const lines = ics.split("\r\n");

  test("every line ends with CRLF and none is longer than 75 octets", () => {
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const l of lines) expect(octets(l)).toBeLessThanOrEqual(75);
  });

  test("has the calendar's properties and one event with its UID, stamps and escaped text", () => {
    expect(lines.slice(0, 4)).toEqual([
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//Lianxin//Liaison stations//ZH",
      "CALSCALE:GREGORIAN",
    ]);
    expect(lines).toContain("X-WR-CALNAME:光华街道中心站\\, 汕头");
    expect(lines.at(-2)).toBe("END:VCALENDAR");
    const unfolded = ics.replace(/\r\n /g, "");
    expect(unfolded).toContain("\r\nBEGIN:VEVENT\r\nUID:0193-day@lianxin\r\nDTSTAMP:20261201T000000Z\r\n");
    expect(unfolded).toContain("DTSTART:20261215T010000Z\r\nDTEND:20261215T033000Z\r\n");
    expect(unfolded).toContain("SUMMARY:代表接待日：老旧小区改造\\; 加装电梯\r\n");
    expect(unfolded).toContain("LOCATION:金平区光华街道\\, 海滨路 1 号\r\n");
    expect(unfolded).toContain("DESCRIPTION:主题：老旧小区改造\\n值班代表：张三、");
    expect(unfolded.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  });
});
