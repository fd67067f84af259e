// The public draft page's two small pure parts: the people-count cookie every intake path shares, and the inline
// script's text (self-contained, so it runs once inlined, and safe inside <script>).
import { describe, expect, test } from "vitest";
import { pageScriptSource, type PageScriptConfig } from "@/components/consultation-public/page-script";
import { submitterKeyOf } from "@/lib/modules/consultation/submitter-cookie";

describe("submitterKeyOf", () => {
  test("keeps a well-formed cookie among others, and sets nothing", () => {
    expect(submitterKeyOf("NEXT_LOCALE=en; lx_sid=abcdefghijklmnop1234; other=1", false)).toEqual({
      key: "abcdefghijklmnop1234",
      setCookie: null,
    });
  });

  test("draws a new id for a missing or malformed cookie, kept a year, HttpOnly, Secure only over HTTPS", () => {
    for (const header of [
      null,
      "",
      "lx_sid=short",
      "lx_sid=has spaces in it........",
      "xlx_sid=abcdefghijklmnop1234",
    ]) {
      const { key, setCookie } = submitterKeyOf(header, false);
      expect(key, String(header)).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(setCookie).toBe(`lx_sid=${key}; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax`);
    }
    expect(submitterKeyOf(null, true).setCookie).toMatch(/; Secure$/);
    expect(submitterKeyOf(null, false).key).not.toBe(submitterKeyOf(null, false).key);
  });
});

describe("pageScriptSource", () => {
  const form: PageScriptConfig["form"] = {
    api: "/api/v1/liaoyuan/consultations/x/opinions",
    max: 5000,
    text: {
      counter: "已输入 {count} / 5000 字",
      required: "r",
      tooLong: "t",
      fixErrors: "f",
      network: "</script><script>alert(1)</script>",
      submitting: "s",
      copied: "c",
    },
  };

  /** Runs the inline script with only the browser globals it may use; answers the events it listens to. */
  function run(config: PageScriptConfig): string[] {
    const events: string[] = [];
    const document = { addEventListener: (type: string) => events.push(type), querySelectorAll: () => [] };
    new Function("document", "navigator", "location", "crypto", pageScriptSource(config))(document, {}, {}, {});
    return events;
  }

  test("is self-contained: it runs with nothing but the browser's globals", () => {
    expect(run({})).toEqual(["click"]);
    expect(run({ form })).toEqual(["click", "input", "submit"]);
  });

  test("cannot be closed early by the texts it carries", () => {
    const source = pageScriptSource({ form });
    expect(source).not.toContain("</script");
    expect(source).toContain("\\u003c/script>");
  });
});
