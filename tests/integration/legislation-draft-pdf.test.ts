// A draft uploaded as PDF, through the form's reader and the add-draft action: the text layer is read, the
// hard-wrapped lines joined into their 款, and the PDF kept as the version's original. A scan and a broken file
// are refused with their own message before anything is stored.
import { describe, expect, test } from "vitest";
import { executeAction } from "@/lib/action";
import { unsafePrisma } from "@/lib/db";
import { getTranslator } from "@/lib/i18n/translate";
import { getAttachment } from "@/lib/modules/attachments";
import { addDraftVersion } from "@/lib/modules/legislation";
import { draftSourceErrorKey, readDraftForm } from "@/lib/modules/legislation/draft-source";
import { createCommittee, createTenant, createUser, sessionFor } from "../factories";
import { createRegulation } from "../factories/legislation";
import { makePdf, page } from "../support/make-pdf";

const LINES = [
  "测试市城市绿化条例",
  "（草案）",
  "【总则】第一章 总则",
  "第一条 为了促进城市绿化事业的发展，改善生态环境和",
  "人居环境，制定本条例。",
  "第二条 本条例适用于本市城市规划区内的城市绿化规划、",
  "建设、保护和管理活动。",
  "第三条 城市绿化工作应当坚持政府主导、社会参与、统筹",
  "规划的原则。",
  "第四条 市人民政府应当将城市绿化纳入国民经济和社会发",
];
const PAGE_2 = ["展规划，所需经费列入本级财政预算。"];

async function world() {
  const tenant = await createTenant();
  const staff = await createUser(tenant, { roles: ["legislative"] });
  const committee = await createCommittee(tenant);
  const regulation = await createRegulation(tenant, { stage: "DRAFTING", committeeId: committee.id });
  return { tenant, staff, regulation };
}

function form(regulationId: string, file: File) {
  const f = new FormData();
  f.set("regulationId", regulationId);
  f.set("label", "征求意见稿");
  f.set("text", "这段粘贴的文字让位于文件");
  f.set("file", file);
  return f;
}

describe("a draft uploaded as PDF", () => {
  test("four one-款 articles, one 款 each; the PDF kept as the original", async () => {
    const { tenant, staff, regulation } = await world();
    const bytes = makePdf([[...page(LINES), { text: "— 1 —", y: 40, x: 290 }], page(PAGE_2)]);
    const read = await readDraftForm(form(regulation.id, new File([bytes], "测试市城市绿化条例（草案）.pdf")));
    if (!("input" in read)) throw new Error(`unread: ${JSON.stringify(read)}`);
    const result = await executeAction(addDraftVersion, tenant.slug, read.input, sessionFor(staff));
    expect(result).toEqual({ ok: true, data: { id: expect.any(String), versionNo: 1, articles: 4, warnings: [] } });
    if (!result.ok) return;

    const version = await unsafePrisma.draftVersion.findFirstOrThrow({
      where: { tenantId: tenant.id, id: result.data.id },
    });
    expect(version.title).toBe("测试市城市绿化条例（草案）");
    expect(version.sourceText).toBe([...LINES, "— 1 —", ...PAGE_2].join("\n")); // as extracted; joined when parsed
    expect(version.chapters).toEqual([{ number: 1, title: "总则", sections: [] }]);
    const articles = await unsafePrisma.draftArticle.findMany({
      where: { tenantId: tenant.id, draftVersionId: version.id },
      orderBy: { ordinal: "asc" },
    });
    expect(articles.map((a) => [a.label, (a.clauses as unknown[]).length])).toEqual([
      ["第一条", 1],
      ["第二条", 1],
      ["第三条", 1],
      ["第四条", 1],
    ]);
    expect(articles[3]?.text).toBe("市人民政府应当将城市绿化纳入国民经济和社会发展规划，所需经费列入本级财政预算。");

    const meta = await getAttachment(tenant.id, version.sourceAttachmentId!);
    expect(meta).toMatchObject({ type: "PDF", fileName: "测试市城市绿化条例（草案）.pdf", ownerKind: "draftSource" });
  });

  test("a scanned PDF and a broken one are refused with their own message; nothing is stored", async () => {
    const { tenant, regulation } = await world();
    const t = await getTranslator("zh-CN");
    const scan = await readDraftForm(form(regulation.id, new File([makePdf([[]])], "扫描件.pdf")));
    expect(scan).toEqual({ error: "pdfNoText" });
    expect(t(draftSourceErrorKey("pdfNoText") as never)).toBe(
      "该PDF没有可提取的文字（可能是扫描件），请粘贴文字或上传Word文件。",
    );
    const broken = new File([new TextEncoder().encode("%PDF-1.7\n这不是PDF")], "草案.pdf");
    expect(await readDraftForm(form(regulation.id, broken))).toEqual({ error: "unreadablePdf" });
    // Told apart by content: a PDF named .docx is still read as a PDF.
    const renamed = await readDraftForm(form(regulation.id, new File([makePdf([page(LINES)])], "草案.docx")));
    expect("input" in renamed && String(renamed.input.text).startsWith("测试市城市绿化条例")).toBe(true);
    const html = new File([new TextEncoder().encode("<html>第一条</html>")], "草案.pdf");
    expect(await readDraftForm(form(regulation.id, html))).toEqual({ error: "unreadableFile" });
    expect(await unsafePrisma.attachment.count({ where: { tenantId: tenant.id } })).toBe(0);
  });
});
