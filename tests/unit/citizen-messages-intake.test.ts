// The message intake's schema (lib/modules/citizen-messages/schemas-intake.ts), as the form and the API parse it:
// required fields, the 5,000-character text, the phone pattern (mainland mobile and landline), a call back needs
// a phone, the city's categories, and field messages in the citizen's language. And the form rendered to HTML:
// every control labelled, the counter tied to the text, the personal-information notice before the phone field.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, test } from "vitest";
import { MessageForm } from "@/components/citizen-messages-intake/MessageForm";
import { loadMessages } from "@/lib/i18n/messages";
import { AppError } from "@/lib/errors";
import { getTranslator } from "@/lib/i18n/translate";
import {
  MESSAGE_BODY_MAX,
  messageIntakeSchema,
  messageIntakeSchemaFor,
  normalisePhone,
} from "@/lib/modules/citizen-messages/client";
import { failure } from "@/lib/result";
import { parseInput } from "@/lib/validation";

const STATION = "01970000-0000-7000-8000-000000000001";
const ok = { stationId: STATION, category: "urban", title: "路灯不亮", body: "小区东门路灯坏了一个月。" };

async function fieldErrors(input: unknown, schema: typeof messageIntakeSchema = messageIntakeSchema) {
  const t = await getTranslator("zh-CN");
  try {
    parseInput(schema, input, "zh-CN", t);
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    const f = failure(err, t);
    return f.error.fieldErrors ?? {};
  }
  throw new Error("expected a refusal");
}

describe("messageIntakeSchema", () => {
  test("the least a message needs, with its defaults", () => {
    expect(messageIntakeSchema.parse(ok)).toEqual({
      ...ok,
      deputyId: null,
      areaId: null,
      name: null,
      phone: null,
      email: null,
      replyByPhone: false,
      publishConsent: false,
    });
  });

  test("empty title and text are refused, field by field, in Chinese", async () => {
    expect(await fieldErrors({ ...ok, title: "  ", body: "" })).toEqual({
      title: ["此项为必填项。"],
      body: ["此项为必填项。"],
    });
  });

  test("5,000 characters are fine, 5,001 are too many; a 101-character title too", async () => {
    expect(messageIntakeSchema.safeParse({ ...ok, body: "字".repeat(MESSAGE_BODY_MAX) }).success).toBe(true);
    expect(await fieldErrors({ ...ok, body: "字".repeat(MESSAGE_BODY_MAX + 1), title: "题".repeat(101) })).toEqual({
      body: ["最多 5000 个字符。"],
      title: ["最多 100 个字符。"],
    });
  });

  test("phones: mainland mobiles and landlines, spaces and dashes taken out; anything else refused", async () => {
    for (const [typed, stored] of [
      ["138 0013 8000", "13800138000"],
      ["+86 13800138000", "+8613800138000"],
      ["0754-88881234", "075488881234"],
      ["010-12345678", "01012345678"],
    ])
      expect(messageIntakeSchema.parse({ ...ok, phone: typed }).phone).toBe(stored);
    expect(normalisePhone("0754 - 8888 1234")).toBe("075488881234");
    for (const bad of ["12345", "23800138000", "1380013800", "abc", "12800138000"])
      expect((await fieldErrors({ ...ok, phone: bad })).phone?.[0]).toMatch(/手机号码/);
  });

  test("an e-mail must look like one; empty optional fields are null", async () => {
    expect((await fieldErrors({ ...ok, email: "not-mail" })).email).toEqual([
      "请输入有效的电子邮箱地址，例如 name@example.cn。",
    ]);
    expect(
      messageIntakeSchema.parse({ ...ok, name: "", phone: "", email: "", areaId: "", deputyId: "" }),
    ).toMatchObject({ name: null, phone: null, email: null, areaId: null, deputyId: null });
  });

  test("a call back needs a phone (citizenMessages.errors.phoneRequiredForCall)", async () => {
    expect(await fieldErrors({ ...ok, replyByPhone: true })).toEqual({ phone: ["需要电话回复时请填写手机号码。"] });
    expect(messageIntakeSchema.safeParse({ ...ok, replyByPhone: true, phone: "13800138000" }).success).toBe(true);
  });

  test("ids must be ids, unknown fields are refused, booleans are booleans", async () => {
    const errors = await fieldErrors({ ...ok, deputyId: "x", extra: 1, publishConsent: "yes" });
    expect(Object.keys(errors).sort()).toEqual(["deputyId", "extra", "publishConsent"]);
    expect(errors.extra).toEqual(["不接受此字段，请删除后重试。"]);
  });

  test("with the city's list, only its categories", async () => {
    const schema = messageIntakeSchemaFor(["城市建设", "民生保障"]);
    expect(schema.safeParse({ ...ok, category: "民生保障" }).success).toBe(true);
    expect(await fieldErrors({ ...ok, category: "urban" }, schema as never)).toEqual({
      category: ["请选择列表中的类别。"],
    });
  });
});

describe("the message form", () => {
  test("labels, the counter tied to the text, the PIPL notice before the phone, the deputy preselected", async () => {
    const messages = await loadMessages("zh-CN");
    const form = createElement(MessageForm, {
      tenantSlug: "shantou",
      station: {
        id: STATION,
        name: "龙湖区网上代表联络站",
        address: "",
        district: "龙湖区",
        street: null,
        deputies: [{ id: "01970000-0000-7000-8000-000000000002", name: "林晓", level: "CITY" }],
      },
      deputyId: "01970000-0000-7000-8000-000000000002",
      categories: [{ value: "urban", label: "城市管理" }],
      areas: [{ id: "01970000-0000-7000-8000-000000000003", name: "龙湖区", depth: 0 }],
    });
    const html = renderToStaticMarkup(
      createElement(NextIntlClientProvider, { locale: "zh-CN", messages, timeZone: "Asia/Shanghai", children: form }),
    );
    for (const name of ["deputyId", "category", "title", "body", "areaId", "name", "phone", "email"]) {
      const id = new RegExp(
        `<(?:input|select|textarea)[^>]*name="${name}"[^>]*id="([^"]+)"|<(?:input|select|textarea)[^>]*id="([^"]+)"[^>]*name="${name}"`,
      ).exec(html);
      expect(id, name).not.toBeNull();
      expect(html).toContain(`for="${id![1] ?? id![2]}"`);
    }
    const counter = /id="([^"]+-counter)"/.exec(html)![1]!;
    expect(html).toMatch(new RegExp(`<textarea[^>]*aria-describedby="[^"]*${counter}`));
    expect(html).toContain("已输入 0 / 5000 字");
    expect(html.indexOf("个人信息保护说明")).toBeGreaterThan(0);
    expect(html.indexOf("个人信息保护说明")).toBeLessThan(html.indexOf('name="phone"'));
    expect(html).toContain("留言办结满两年后");
    expect(html).toMatch(/<option value="01970000-0000-7000-8000-000000000002" selected="">林晓代表<\/option>/);
    expect(html).toContain("请电话回复我");
    expect(html).toContain("同意公开");
  });
});
