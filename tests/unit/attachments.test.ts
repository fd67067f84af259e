// Attachments without a database: type detection from real small samples (made here with sharp and fflate), the
// streaming size limit, file names and the download header, the refusals' messages in both languages, S3 settings.
import { strToU8, zipSync } from "fflate";
import sharp from "sharp";
import { describe, expect, test } from "vitest";
import { AppError } from "@/lib/errors";
import { getTranslator } from "@/lib/i18n/translate";
import { detectAttachmentType } from "@/lib/modules/attachments/detect";
import { cleanFileName, contentDisposition, servedFileName } from "@/lib/modules/attachments/file-names";
import { readLimited } from "@/lib/modules/attachments/read-limited";
import { refusal } from "@/lib/modules/attachments/refusals";
import { s3Settings } from "@/lib/modules/attachments/s3";
import { acceptAttribute, attachmentUrl, formatBytes, IMAGE_TYPES } from "@/lib/modules/attachments/types";
import { Upload } from "@/lib/modules/attachments/upload";
import { failure } from "@/lib/result";

const utf8 = (s: string) => new TextEncoder().encode(s);
const picture = (format: "png" | "jpeg" | "webp" | "gif") =>
  sharp({ create: { width: 8, height: 6, channels: 3, background: "#c00" } })
    .toFormat(format)
    .toBuffer();

const CONTENT_TYPES = (main: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  `<Default Extension="xml" ContentType="application/xml"/><Override PartName="/main.xml" ContentType="${main}"/></Types>`;
const DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
const XLSX_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
const DOCM_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml";

const docx = (main = DOCX_MAIN) =>
  zipSync({
    "[Content_Types].xml": strToU8(CONTENT_TYPES(main)),
    "word/document.xml": strToU8("<w:document><w:body><w:p><w:r><w:t>第一条</w:t></w:r></w:p></w:body></w:document>"),
  });

describe("detectAttachmentType", () => {
  test("images made by sharp are what their bytes say", async () => {
    expect(detectAttachmentType(await picture("png"))).toBe("PNG");
    expect(detectAttachmentType(await picture("jpeg"))).toBe("JPEG");
    expect(detectAttachmentType(await picture("webp"))).toBe("WEBP");
    expect(detectAttachmentType(await picture("gif"))).toBe("GIF");
  });

  test("a PDF by its header, a hand-built PNG signature too", () => {
    expect(detectAttachmentType(utf8("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n"))).toBe("PDF");
    expect(detectAttachmentType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toBe(
      "PNG",
    );
  });

  test("Word and Excel files by the parts their ZIP declares and holds", () => {
    expect(detectAttachmentType(docx())).toBe("DOCX");
    const xlsx = zipSync({
      "[Content_Types].xml": strToU8(CONTENT_TYPES(XLSX_MAIN)),
      "xl/workbook.xml": strToU8("<workbook/>"),
    });
    expect(detectAttachmentType(xlsx)).toBe("XLSX");
  });

  test("a ZIP that is not a .docx is refused: plain archive, macro-enabled document, declared part missing", () => {
    expect(detectAttachmentType(zipSync({ "readme.txt": strToU8("hello"), "a/b.bin": new Uint8Array([1, 2]) }))).toBe(
      null,
    );
    expect(detectAttachmentType(docx(DOCM_MAIN))).toBe(null);
    expect(detectAttachmentType(zipSync({ "[Content_Types].xml": strToU8(CONTENT_TYPES(DOCX_MAIN)) }))).toBe(null);
    expect(detectAttachmentType(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9, 9]))).toBe(null); // broken ZIP
  });

  test("HTML renamed .png and SVG are refused, whatever they are called", () => {
    expect(detectAttachmentType(utf8("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"))).toBe(null);
    expect(detectAttachmentType(utf8("\n  <html><img src=x onerror=alert(1)>"))).toBe(null);
    expect(
      detectAttachmentType(utf8('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><circle r="4"/></svg>')),
    ).toBe(null);
    expect(detectAttachmentType(utf8('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe(null);
    // Markup further down a "text" file: a page that starts with a sentence is still a page.
    expect(detectAttachmentType(utf8("请查收附件。\n<script>fetch('/api')</script>"))).toBe(null);
  });

  test("plain UTF-8 text is TEXT (a BOM allowed); other encodings and binary are not", () => {
    expect(detectAttachmentType(utf8("第一条　为了促进城市绿化事业发展，制定本条例。\n第二条\t……\r\n"))).toBe("TEXT");
    expect(detectAttachmentType(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("带 BOM 的文本")]))).toBe("TEXT");
    expect(detectAttachmentType(utf8("a < b and c > d are comparisons"))).toBe("TEXT");
    expect(detectAttachmentType(new Uint8Array([0xd6, 0xd0, 0xce, 0xc4]))).toBe(null); // GBK "中文"
    expect(detectAttachmentType(new Uint8Array([0xff, 0xfe, 0x2d, 0x4e]))).toBe(null); // UTF-16
    expect(detectAttachmentType(utf8("text\u0000with a NUL"))).toBe(null);
    expect(detectAttachmentType(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]))).toBe(null); // an ELF binary
    expect(detectAttachmentType(new Uint8Array())).toBe(null);
  });
});

describe("readLimited", () => {
  test("stops reading a 50 MB stream as soon as it passes the limit, and cancels it", async () => {
    const chunk = new Uint8Array(64 * 1024);
    let pulled = 0;
    let cancelled = false;
    const fifty = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= 50 * 1024 * 1024) return controller.close();
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
      cancel() {
        cancelled = true;
      },
    });
    const err = await readLimited(fifty, 1024 * 1024).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: "PAYLOAD_TOO_LARGE", messageKey: "attachments.errors.tooLarge" });
    expect(cancelled).toBe(true);
    // The limit plus at most the chunk that crossed it, and what the stream queued ahead (its high-water mark).
    expect(pulled).toBeLessThanOrEqual(1024 * 1024 + 3 * chunk.byteLength);
  });

  test("a generator (a Node stream's shape) is finished early too", async () => {
    let produced = 0;
    let finished = false;
    async function* body() {
      try {
        for (let i = 0; i < 800; i++) {
          produced += 65536;
          yield new Uint8Array(65536);
        }
      } finally {
        finished = true;
      }
    }
    await expect(readLimited(body(), 256 * 1024)).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
    expect(finished).toBe(true);
    expect(produced).toBeLessThanOrEqual(256 * 1024 + 65536);
  });

  test("bytes and Files: their size is known, so too large is refused unread", async () => {
    await expect(readLimited(new Uint8Array(11), 10)).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
    expect((await readLimited(new Uint8Array(10), 10)).byteLength).toBe(10);
    const file = new File([new Uint8Array(2048)], "a.bin");
    await expect(readLimited(file, 2047)).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
    expect((await readLimited(file, 2048)).byteLength).toBe(2048);
  });
});

describe("file names", () => {
  test("kept as given, Chinese and all, without a path, control or direction characters", () => {
    expect(cleanFileName("测试市城市绿化条例（草案）.docx")).toBe("测试市城市绿化条例（草案）.docx");
    expect(cleanFileName("C:\\Users\\张三\\Desktop\\照片.jpg")).toBe("照片.jpg");
    expect(cleanFileName("../../etc/passwd")).toBe("passwd");
    expect(cleanFileName("photo\u202egpj.exe")).toBe("photogpj.exe");
    expect(cleanFileName("报告\r\nSet-Cookie: x.pdf")).toBe("报告Set-Cookie: x.pdf"); // no header can be split
    expect(cleanFileName("   ")).toBe("attachment");
    const long = cleanFileName(`${"长".repeat(300)}.pdf`);
    expect([...long].length).toBe(200);
    expect(long.endsWith(".pdf")).toBe(true);
  });

  test("served with the extension of what the content is", () => {
    expect(servedFileName("照片.jpg", "JPEG", "original")).toBe("照片.jpg");
    expect(servedFileName("photo.exe", "JPEG", "original")).toBe("photo.exe.jpg");
    expect(servedFileName("现场.PNG", "PNG", "original")).toBe("现场.PNG");
    expect(servedFileName("现场.png", "PNG", "phone")).toBe("现场.jpg");
    expect(servedFileName("草案", "DOCX", "original")).toBe("草案.docx");
  });

  test("Content-Disposition: attachment, an ASCII fallback and the UTF-8 name (RFC 8187)", () => {
    expect(contentDisposition("测试条例（草案）.docx")).toBe(
      `attachment; filename="________.docx"; filename*=UTF-8''${encodeURIComponent("测试条例（草案）")}.docx`,
    );
    expect(contentDisposition(`it's "a" (b)*.txt`)).toBe(
      `attachment; filename="it's _a_ (b)*.txt"; filename*=UTF-8''it%27s%20%22a%22%20%28b%29%2A.txt`,
    );
  });
});

describe("refusals are told in the uploader's language", () => {
  test("size, type, emptiness, damaged images", async () => {
    const zh = await getTranslator("zh-CN");
    const en = await getTranslator("en");
    expect(failure(refusal.tooLarge(10 * 1024 * 1024), zh).error).toEqual({
      code: "PAYLOAD_TOO_LARGE",
      message: "文件过大：每个文件不能超过 10 MB。请压缩或拆分后再上传。",
    });
    expect(failure(refusal.unsupportedType(IMAGE_TYPES), zh).error.message).toBe(
      "文件类型不受支持：这里只接受 JPG/PNG/WebP/GIF 文件（按文件内容判断，与文件名无关）。",
    );
    expect(failure(refusal.unsupportedType(["PDF"]), en).error).toMatchObject({
      code: "UNSUPPORTED_MEDIA_TYPE",
      message: expect.stringContaining("only PDF files are accepted"),
    });
    for (const t of [zh, en]) {
      for (const r of [refusal.empty(), refusal.damagedImage(), refusal.tooManyPixels(100)]) {
        expect(failure(r, t).error.message).not.toMatch(/attachments\.|\{/);
      }
    }
  });

  test("the core's bare keys still mean errors.*", async () => {
    const zh = await getTranslator("zh-CN");
    expect(failure(new AppError("NOT_FOUND"), zh).error.message).toBe("要找的内容不存在。");
  });
});

describe("small helpers", () => {
  test("formatBytes, URLs, accept lists", () => {
    expect([
      formatBytes(300),
      formatBytes(512 * 1024),
      formatBytes(1024 * 1024),
      formatBytes(2.5 * 1024 * 1024),
    ]).toEqual(["1 KB", "512 KB", "1 MB", "2.5 MB"]);
    expect(attachmentUrl("liaoyuan", "0190-x")).toBe("/api/v1/liaoyuan/attachments/0190-x");
    expect(attachmentUrl("liaoyuan", "0190-x", "phone")).toBe("/api/v1/liaoyuan/attachments/0190-x?variant=phone");
    expect(acceptAttribute(["JPEG", "TEXT"])).toBe("image/jpeg,.jpg,.jpeg,text/plain,.txt");
  });

  test("an Upload hides its bytes from validation's walk", () => {
    const upload = new Upload("a.txt", new Uint8Array(1024));
    expect(Object.entries(upload)).toEqual([]);
    expect(upload.fileName).toBe("a.txt");
    expect((upload.body as Uint8Array).byteLength).toBe(1024);
  });

  test("S3 settings: only with a bucket; path style and keys when given", () => {
    expect(s3Settings({})).toBeNull();
    expect(
      s3Settings({
        S3_BUCKET: "lianxin",
        S3_ENDPOINT: "http://127.0.0.1:9000",
        S3_FORCE_PATH_STYLE: "true",
        S3_ACCESS_KEY_ID: "k",
        S3_SECRET_ACCESS_KEY: "s",
      }),
    ).toEqual({
      bucket: "lianxin",
      region: "us-east-1",
      endpoint: "http://127.0.0.1:9000",
      forcePathStyle: true,
      credentials: { accessKeyId: "k", secretAccessKey: "s" },
    });
    expect(s3Settings({ S3_BUCKET: "b", S3_REGION: "cn-north-1" })).toMatchObject({
      region: "cn-north-1",
      forcePathStyle: false,
      credentials: undefined,
    });
  });
});
