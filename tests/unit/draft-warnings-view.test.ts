// The parser's warnings about headings, in words under the add-draft form: unnumbered headings numbered as chapters,
// and one set aside in a draft that numbers its chapters. The form's file field takes a PDF.
import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, test, vi } from "vitest";
import { formats } from "@/lib/i18n/formats";
import { loadMessages } from "@/lib/i18n/messages";

vi.mock("server-only", () => ({}));
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh() {}, push() {} }) }));
vi.mock("@/lib/modules/legislation/actions", () => ({ addDraftVersionAction: async () => ({ ok: true, data: {} }) }));

const { DraftWarnings } = await import("@/components/legislation/DraftWarnings");
const { AddDraftForm } = await import("@/components/legislation/AddDraftForm");

async function html(node: ReactNode, locale: "zh-CN" | "en" = "zh-CN") {
  const messages = await loadMessages(locale);
  return renderToStaticMarkup(
    createElement(NextIntlClientProvider, { locale, messages, formats, timeZone: "Asia/Shanghai", children: node }),
  );
}

describe("heading warnings", () => {
  test("zh-CN: the chapters made of unnumbered headings, and a heading set aside", async () => {
    const out = await html(createElement(DraftWarnings, { warnings: ["HEADINGS_NUMBERED:3", "BARE_HEADING:附则"] }));
    expect(out).toContain("3 个未编号的标题（如「总 则」）已按出现顺序作为第一章至第三章，请核对。");
    expect(out).toContain("「附则」像是未编号的章节标题，没有并入条文，已放在条文之前显示。");
    const one = await html(createElement(DraftWarnings, { warnings: ["HEADINGS_NUMBERED:1"] }));
    expect(one).toContain("已按出现顺序作为第一章，请核对。");
  });

  test("en", async () => {
    const out = await html(
      createElement(DraftWarnings, { warnings: ["HEADINGS_NUMBERED:2", "BARE_HEADING:附则"] }),
      "en",
    );
    expect(out).toContain("2 unnumbered headings (such as 总 则) were taken as chapters 1 to 2 in order.");
    expect(out).toContain("“附则” looks like an unnumbered heading");
  });
});

describe("the add-draft form", () => {
  test("accepts a PDF and says so", async () => {
    const out = await html(createElement(AddDraftForm, { tenantSlug: "liaoyuan", regulationId: "r1", base: "/x" }));
    expect(out).toMatch(/accept="[^"]*\.pdf[^"]*application\/pdf/);
    expect(out).toContain("支持 .txt（UTF-8）、.docx 和带文字的 .pdf");
  });
});
