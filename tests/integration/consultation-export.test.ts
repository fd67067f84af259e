// 意见采纳情况汇总表: the rows per article (counts, excerpts, grouped reasons, where adopted opinions went) and
// the .xlsx / .docx files written as streams — unzipped here and read back from their XML.
import { randomBytes } from "node:crypto";
import { PassThrough } from "node:stream";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, test } from "vitest";
import { unsafePrisma } from "@/lib/db";
import {
  docxDisposition,
  excerpt,
  EXCERPT_LENGTH,
  summaryDocxStream,
  summaryTableHead,
  summaryTablePage,
  summaryTableRows,
  summaryXlsxStream,
  writeSummaryXlsx,
  xlsxDisposition,
} from "@/lib/modules/consultation";
import { createCommittee, createTenant, type TestTenant } from "../factories";
import {
  CONSULTATION_DRAFT,
  createCampaign,
  createConsultation,
  createOpinion,
  createOpinions,
} from "../factories/consultation";
import { createDraft, createRegulation } from "../factories/legislation";

async function readAll(file: { stream: ReadableStream<Uint8Array> } | null): Promise<Uint8Array> {
  return new Uint8Array(await new Response(file!.stream).arrayBuffer());
}

function parts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

const LONG = `建议将犬链长度由一点五米改为一点二米，${"理由是城市人行道较窄，犬链过长容易绊倒行人，也难以及时控制犬只。".repeat(8)}`;

/** A closed consultation: opinions on 第一条 and 第四条 and the whole draft, a campaign, dispositions with reasons. */
async function world(tenant?: TestTenant) {
  tenant ??= await createTenant();
  const regulation = await createRegulation(tenant, { title: "测试市养犬管理条例", stage: "DRAFTING" });
  const v1 = await createDraft(tenant, regulation, CONSULTATION_DRAFT, { published: true, label: "征求意见稿" });
  const v2 = await createDraft(tenant, regulation, CONSULTATION_DRAFT.replace("不得超过一点五米", "不得超过一点二米"), {
    label: "一审稿",
  });
  const c = await createConsultation(tenant, {
    draft: v1,
    window: "closed",
    title: "关于《测试市养犬管理条例（草案征求意见稿）》公开征求意见的公告",
  });
  const a1 = c.articles[0]!;
  const a4 = c.articles[3]!;
  const changed = await unsafePrisma.draftArticle.findFirstOrThrow({
    where: { tenantId: tenant.id, draftVersionId: v2.id, ordinal: 4 },
  });
  await createOpinion(tenant, c.consultation, {
    article: a4,
    content: LONG,
    disposition: "ADOPTED",
    adoptedArticleId: changed.id,
  });
  await createOpinion(tenant, c.consultation, {
    article: a4,
    content: "犬链长度应当更短一些。",
    disposition: "PARTLY_ADOPTED",
    reason: "已部分吸收",
  });
  await createOpinions(tenant, c.consultation, 3, (i) => ({
    article: a4,
    content: `不同意限制犬链长度 ${i}`,
    disposition: "NOT_ADOPTED",
    reason: i < 2 ? "与养犬安全要求不符" : "上位法已有规定",
  }));
  await createCampaign(tenant, c.consultation, { size: 4, article: a4, content: "强烈要求禁止大型犬进入小区！！！" });
  await createOpinions(tenant, c.consultation, 2, (i) => ({
    article: a1,
    content: `立法目的应增加“促进人与动物和谐相处” <&> ${i}`,
  }));
  await createOpinion(tenant, c.consultation, {
    article: null,
    content: "整体赞成，建议尽快出台。",
    disposition: "REFERRED",
    reason: "转有关部门研究",
  });
  await createOpinion(tenant, c.consultation, {
    article: null,
    content: '第一行\n第二行\t制表\\反斜杠\u0001控制字符"引号"',
  });
  return { tenant, c, a1, a4 };
}

describe("the summary table", () => {
  test("per article: count, longest distinct non-campaign excerpts, dispositions with grouped reasons and where adopted ones went", async () => {
    const { tenant, c } = await world();
    const head = await summaryTableHead(tenant.id, c.consultation.id);
    expect(head?.articles.map((a) => [a.label, a.count])).toEqual([
      [null, 2],
      ["第一条", 2],
      ["第四条", 9],
    ]);
    expect(head).toMatchObject({ total: 13, pending: 7 });
    expect(head?.byDisposition).toEqual([
      { disposition: "ADOPTED", count: 1 },
      { disposition: "PARTLY_ADOPTED", count: 1 },
      { disposition: "NOT_ADOPTED", count: 3 },
      { disposition: "REFERRED", count: 1 },
    ]);
    const rows = await summaryTableRows(tenant.id, c.consultation.id, head!.articles);
    const a4 = rows.find((r) => r.label === "第四条")!;
    expect(a4.text).toContain("犬链长度不得超过一点五米");
    expect(a4.excerpts).toHaveLength(3);
    // The longest first, cut at its last sentence end within EXCERPT_LENGTH characters.
    expect(a4.excerpts[0]).toBe(excerpt(LONG));
    expect(a4.excerpts[0]).toMatch(/^建议将犬链长度由一点五米改为一点二米，理由是.*。…$/);
    expect([...a4.excerpts[0]!].length).toBeLessThanOrEqual(EXCERPT_LENGTH + 1);
    // "不同意限制犬链长度 0/1/2" are near copies: one of them stands for the three.
    expect(a4.excerpts.filter((e) => e.startsWith("不同意限制犬链长度"))).toHaveLength(1);
    expect(a4.excerpts).toContain("犬链长度应当更短一些。");
    expect(a4.excerpts.some((e) => e.includes("强烈要求"))).toBe(false); // campaign copies are not representative
    expect(a4.dispositions).toEqual([
      {
        disposition: "ADOPTED",
        count: 1,
        reasons: [],
        otherReasons: 0,
        adoptedInto: [{ version: "一审稿", label: "第四条" }],
      },
      {
        disposition: "PARTLY_ADOPTED",
        count: 1,
        reasons: [{ reason: "已部分吸收", count: 1 }],
        otherReasons: 0,
        adoptedInto: [],
      },
      {
        disposition: "NOT_ADOPTED",
        count: 3,
        reasons: [
          { reason: "与养犬安全要求不符", count: 2 },
          { reason: "上位法已有规定", count: 1 },
        ],
        otherReasons: 0,
        adoptedInto: [],
      },
      { disposition: null, count: 4, reasons: [], otherReasons: 0, adoptedInto: [] },
    ]);
    const page = await summaryTablePage(tenant.id, c.consultation.id, 1);
    expect(page?.rows.map((r) => r.count)).toEqual([2, 2, 9]);
  });

  test("another tenant's consultation has no table and no files", async () => {
    const { c } = await world();
    const other = await createTenant();
    expect(await summaryTableHead(other.id, c.consultation.id)).toBeNull();
    expect(await summaryXlsxStream(other.id, c.consultation.id)).toBeNull();
    expect(await summaryDocxStream(other.id, c.consultation.id)).toBeNull();
    await expect(writeSummaryXlsx(other.id, c.consultation.id, new PassThrough())).rejects.toThrow(/not found/);
  });
});

describe(".xlsx", () => {
  test("a valid workbook: the summary sheet per article and the sheet of every opinion, XML-escaped", async () => {
    const { tenant, c } = await world();
    const files = parts(await readAll(await summaryXlsxStream(tenant.id, c.consultation.id)));
    expect(Object.keys(files).sort()).toEqual([
      "[Content_Types].xml",
      "_rels/.rels",
      "xl/_rels/workbook.xml.rels",
      "xl/styles.xml",
      "xl/workbook.xml",
      "xl/worksheets/sheet1.xml",
      "xl/worksheets/sheet2.xml",
    ]);
    expect(files["xl/workbook.xml"]).toContain('<sheet name="汇总表"');
    const summary = files["xl/worksheets/sheet1.xml"]!;
    expect(summary).toContain("意见采纳情况汇总表");
    expect(summary).toMatch(/征求意见时间：\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2} 至 \d{4}年/);
    expect(summary).toContain("犬链长度不得超过一点五米");
    expect(summary).toContain("<v>9</v>");
    expect(summary).toContain("1. 建议将犬链长度由一点五米改为一点二米");
    expect(summary).toContain("未采纳 3 条");
    expect(summary).toContain("与养犬安全要求不符（2 条）");
    expect(summary).toContain("采纳 1 条，已体现在一审稿第四条");
    expect(summary).toContain("总体意见");
    expect(summary).toContain("<v>13</v>"); // the total row
    expect(summary).toContain("&lt;&amp;&gt;");
    expect(summary).not.toContain("<&>");
    const details = files["xl/worksheets/sheet2.xml"]!;
    for (const text of [
      "整体赞成，建议尽快出台。",
      "不同意限制犬链长度 2",
      "强烈要求禁止大型犬进入小区！！！",
      "转为监督建议",
      "一审稿第四条",
      "转有关部门研究",
    ])
      expect(details).toContain(text);
    expect(details).toMatch(/<c r="G\d+" s="9"><v>4<\/v><\/c>/); // a campaign of four copies
    expect(details).toContain('<autoFilter ref="A1:J14"/>');
    expect(files["xl/workbook.xml"]).toContain("'意见明细'!$A$1:$J$14");
    // Unpublished, with pending opinions: the draft's note and the pending count.
    expect(summary).toContain("处理中，未定稿");
    expect(summary).toContain("待处理 7 条");
    expect(summary).toContain("测试市人大常委会");
    expect(details).toContain("&lt;&amp;&gt;");
    expect(details.match(/<row /g)).toHaveLength(14); // the header and 13 opinions
    // Line breaks, tabs and backslashes as character references; a control character XML cannot carry, dropped.
    expect(details).toContain("第一行&#10;第二行&#9;制表&#92;反斜杠控制字符&quot;引号&quot;");
  });

  test("writeSummaryXlsx streams the same file into a Node writable", async () => {
    const { tenant, c } = await world();
    const sink = new PassThrough();
    const chunks: Buffer[] = [];
    sink.on("data", (b: Buffer) => chunks.push(b));
    await writeSummaryXlsx(tenant.id, c.consultation.id, sink, { details: false });
    const files = parts(new Uint8Array(Buffer.concat(chunks)));
    expect(files["xl/worksheets/sheet2.xml"]).toBeUndefined();
    expect(files["xl/worksheets/sheet1.xml"]).toContain("与养犬安全要求不符（2 条）");
  });

  test("a larger consultation is streamed whole: every opinion once, rows numbered in order", async () => {
    const tenant = await createTenant();
    const c = await createConsultation(tenant, { window: "closed" });
    await createOpinions(tenant, c.consultation, 2500, (i) => ({
      article: i % 5 ? c.articles[i % 3] : null,
      content: `批量意见 #${i}#`,
      disposition: i % 4 ? null : "DUPLICATE",
      reason: "重复",
    }));
    const details = parts(await readAll(await summaryXlsxStream(tenant.id, c.consultation.id)))[
      "xl/worksheets/sheet2.xml"
    ]!;
    const seen = new Set(details.match(/批量意见 #\d+#/g));
    expect(seen.size).toBe(2500);
    expect(details.match(/批量意见 #/g)).toHaveLength(2500);
    const rows = [...details.matchAll(/<row r="(\d+)">/g)].map((m) => Number(m[1]));
    expect(rows).toEqual(Array.from({ length: 2501 }, (_, i) => i + 1));
  });

  test("a reader that goes away mid-file stops the export and releases its connection", async () => {
    const tenant = await createTenant();
    const c = await createConsultation(tenant, { window: "closed" });
    // Hex noise compresses poorly, so the file is well over what is read before cancelling.
    await createOpinions(tenant, c.consultation, 3000, (i) => ({
      article: c.articles[i % 2],
      content: `${i} ${randomBytes(300).toString("hex")}`,
    }));
    const connections = async () =>
      (
        await unsafePrisma.$queryRaw<
          { n: number }[]
        >`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'lianxin-export'`
      )[0]!.n;
    const reader = (await summaryXlsxStream(tenant.id, c.consultation.id))!.stream.getReader();
    let read = 0;
    let finished = false;
    while (read < 300_000) {
      const { value, done } = await reader.read();
      if ((finished = done)) break;
      read += value.byteLength;
      await new Promise((resolve) => setTimeout(resolve, 5)); // a slow reader: the COPY is paused meanwhile
      if (read > 100_000) expect(await connections()).toBeGreaterThan(0); // the detail sheet's COPY is running
    }
    expect(finished).toBe(false);
    await reader.cancel();
    await expect.poll(connections, { timeout: 5000 }).toBe(0);
  });

  test("the download is named <regulation>_意见采纳情况汇总表_<YYYYMMDD> in UTF-8, with an ASCII fallback", async () => {
    const { tenant, c } = await world();
    const file = await summaryXlsxStream(tenant.id, c.consultation.id, { details: false });
    await file!.stream.cancel();
    expect(file!.fileName).toMatch(/^测试市养犬管理条例_意见采纳情况汇总表_\d{8}$/);
    const date = file!.fileName.slice(-8);
    expect(xlsxDisposition(file!.fileName)).toBe(
      `attachment; filename="summary_${date}.xlsx"; filename*=UTF-8''${encodeURIComponent(`${file!.fileName}.xlsx`)}`,
    );
    expect(docxDisposition("《条例》(草案)_意见采纳情况汇总表_20261203")).toBe(
      `attachment; filename="summary_20261203.docx"; filename*=UTF-8''${encodeURIComponent("《条例》")}%28${encodeURIComponent("草案")}%29${encodeURIComponent("_意见采纳情况汇总表_20261203.docx")}`,
    );
  });
});

describe(".docx", () => {
  test("a landscape document with one table row per article", async () => {
    const { tenant, c } = await world();
    const files = parts(await readAll(await summaryDocxStream(tenant.id, c.consultation.id, { locale: "en" })));
    expect(Object.keys(files).sort()).toEqual([
      "[Content_Types].xml",
      "_rels/.rels",
      "word/_rels/document.xml.rels",
      "word/document.xml",
      "word/fontTable.xml",
      "word/footer1.xml",
      "word/footer2.xml",
      "word/header1.xml",
      "word/header2.xml",
      "word/settings.xml",
      "word/styles.xml",
    ]);
    const doc = files["word/document.xml"]!;
    expect(doc).toContain('w:orient="landscape"');
    expect(doc.match(/<w:tr>/g)).toHaveLength(5); // header, whole draft, 第一条, 第四条, total
    expect(doc).not.toContain("\u0001");
    for (const text of [
      "disposition summary table",
      "犬链长度不得超过一点五米",
      "与养犬安全要求不符 (2)",
      "Not adopted: 3",
      "reflected in 一审稿第四条",
      "Whole draft",
      "转有关部门研究",
      "&lt;&amp;&gt;",
    ]) {
      expect(doc).toContain(text);
    }
  });
});

describe("published and fully disposed", () => {
  test("no draft note and no pending line; issued by the city's 法制工作委员会", async () => {
    const tenant = await createTenant();
    await createCommittee(tenant, { code: "legislative-affairs", name: "法制工作委员会", shortName: "法工委" });
    const c = await createConsultation(tenant, { window: "closed" });
    await createOpinions(tenant, c.consultation, 3, (i) => ({
      article: c.articles[0],
      content: `意见 ${i}`,
      disposition: "NOT_ADOPTED",
      reason: "上位法已有规定",
    }));
    await unsafePrisma.consultation.update({
      where: { id: c.consultation.id, tenantId: tenant.id },
      data: { dispositionsPublishedAt: new Date() },
    });
    const docx = parts(await readAll(await summaryDocxStream(tenant.id, c.consultation.id)));
    expect(docx["word/header1.xml"]).toBeUndefined();
    const doc = docx["word/document.xml"]!;
    expect(doc).not.toContain("未定稿");
    expect(doc).not.toContain("待处理");
    expect(doc).toContain("已全部处理");
    expect(doc).toContain("测试市人大常委会法制工作委员会");
    expect(doc).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
    const xlsx = parts(await readAll(await summaryXlsxStream(tenant.id, c.consultation.id)));
    for (const sheet of ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"]) {
      expect(xlsx[sheet]).not.toContain("未定稿");
      expect(xlsx[sheet]).not.toContain("待处理");
    }
  });
});
