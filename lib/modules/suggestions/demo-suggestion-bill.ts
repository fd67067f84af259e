// The demo motions' bills (议案文本): a small .docx each — the motion's title, its lead deputy and co-signers, the
// reasons, and the draft law's outline — stored through the attachments module as the submission form stores a
// bill (owner kind suggestionBill), so a qualifying motion shows its bill and motionQualifies holds for it.
import { strToU8, zipSync } from "fflate";
import { storeAttachment } from "@/lib/modules/attachments";
import { DOC_RELS, RELS_NS, XML_HEAD, xmlText } from "@/lib/ooxml";
import type { SeedTx } from "@/lib/seed/seed-tx";
import type { Sug } from "./demo-suggestions";
import { BILL_KIND } from "./submit-files";

const MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

const para = (text: string, o: { bold?: boolean; center?: boolean } = {}) =>
  `<w:p>${o.center ? '<w:pPr><w:jc w:val="center"/></w:pPr>' : ""}<w:r>${o.bold ? "<w:rPr><w:b/></w:rPr>" : ""}<w:t xml:space="preserve">${xmlText(text)}</w:t></w:r></w:p>`;

/** One bill's .docx: the three parts Word needs. */
export function billDocx(title: string, signers: string, body: string): Uint8Array {
  const outline = [
    "第一章 总则",
    "第二章 规划与保护",
    "第三章 利用与管理",
    "第四章 监督检查",
    "第五章 法律责任",
    "第六章 附则",
  ];
  const document = `${XML_HEAD}<w:document xmlns:w="${W}"><w:body>${[
    para(title, { bold: true, center: true }),
    para(`领衔代表及附议代表：${signers}`),
    para("一、案由"),
    para(body),
    para("二、条例草案建议稿（框架）"),
    ...outline.map((line) => para(line)),
  ].join("")}</w:body></w:document>`;
  return zipSync({
    "[Content_Types].xml": strToU8(
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="${MAIN}"/></Types>`,
    ),
    "_rels/.rels": strToU8(
      `${XML_HEAD}<Relationships xmlns="${RELS_NS}"><Relationship Id="rId1" Type="${DOC_RELS}/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    "word/document.xml": strToU8(document),
  });
}

/** Stores the bill of every motion with ten signers or more, and of the draft one still gathering them (the one
 *  short of signers waiting to be converted has none). */
export async function storeBills(tx: SeedTx, tenantId: string, all: Sug[], names: Map<string, string>) {
  for (const s of all) {
    const confirmed = s.signers.filter((x) => x.confirmedAt);
    if (s.row.kind !== "MOTION" || (confirmed.length < 10 && s.row.status !== "DRAFT")) continue;
    const signers = confirmed.map((x) => names.get(x.deputyId as string) ?? "").join("、");
    await storeAttachment(
      tx,
      tenantId,
      {
        body: billDocx(s.row.title as string, signers, s.row.body as string),
        fileName: `${s.row.title as string}.docx`,
        owner: { module: "suggestions", kind: BILL_KIND, id: s.row.id as string },
        allowed: ["DOCX"],
        maxBytes: 1 << 20,
        access: "suggestion.view",
      },
      { userId: s.row.createdById as string | null },
    );
  }
}
