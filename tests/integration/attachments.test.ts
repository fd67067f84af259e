// Attachments against the real PostgreSQL (and a real S3-compatible server, s3rver, started here): stored and read
// back, refused while streaming when too large, refused by content whatever the name, served as a download with
// the safe headers, invisible from another city, closed to members without the permission, photos with a
// smaller phone variant without EXIF, and the draft upload keeping its original.
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { strToU8, zipSync } from "fflate";
import S3rver from "s3rver";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { executeAction } from "@/lib/action";
import { forTenant, unsafePrisma } from "@/lib/db";
import { getTranslator } from "@/lib/i18n/translate";
import {
  DOCUMENT_TYPES,
  getAttachment,
  IMAGE_TYPES,
  linkAttachment,
  listAttachments,
  openAttachment,
  serveAttachment,
  storeAttachment,
  type StoreAttachmentInput,
} from "@/lib/modules/attachments";
import { addDraftVersion } from "@/lib/modules/legislation";
import { draftInputFromForm } from "@/lib/modules/legislation/draft-source";
import { failure } from "@/lib/result";
import { createCommittee, createTenant, createUser, sessionFor, type TestTenant } from "../factories";
import { createRegulation } from "../factories/legislation";

const signedOut = { identity: null, locale: "zh-CN" as const, requestId: "req-anon-1", ip: "127.0.0.1" };
const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");
const utf8 = (s: string) => Buffer.from(s, "utf8");

async function bytesOf(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(stream).arrayBuffer());
}

/** A PDF-headed file of `size` bytes of noise (PDF readers are not consulted: the header is what is checked). */
function pdf(size: number): Buffer {
  const b = Buffer.alloc(size);
  for (let i = 0; i < size; i++) b[i] = (i * 2654435761) >>> 24;
  b.write("%PDF-1.7\n", 0, "latin1");
  return b;
}

/** A noisy photo with EXIF (camera, GPS position), like a citizen's phone writes. */
async function photo(width: number, height: number, opts: { orientation?: number } = {}): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * 3);
  for (let i = 0; i < raw.length; i++) raw[i] = (i * 7919 + (i >> 9)) % 251;
  let img = sharp(raw, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 95 })
    .withExif({
      IFD0: { Make: "TestPhone", Model: "Citizen 1" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "42/1 53/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "125/1 8/1 0/1" },
    });
  if (opts.orientation) img = img.withMetadata({ orientation: opts.orientation });
  return img.toBuffer();
}
const hasGps = (exif: Buffer | undefined) =>
  !!exif && (exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88])));

async function world() {
  const tenant = await createTenant();
  const staff = await createUser(tenant, { roles: ["legislative"] });
  const deputy = await createUser(tenant, { roles: ["deputy"] });
  return { tenant, staff, deputy };
}

function input_(overrides: Partial<StoreAttachmentInput> = {}): StoreAttachmentInput {
  return {
    body: pdf(2000),
    fileName: "答复函.pdf",
    owner: { module: "test", kind: "letter" },
    allowed: DOCUMENT_TYPES,
    maxBytes: 5 * 1024 * 1024,
    access: "legislation.view",
    ...overrides,
  };
}

const store = (tenant: TestTenant, overrides: Partial<StoreAttachmentInput> = {}, userId: string | null = null) =>
  storeAttachment(forTenant(tenant.id), tenant.id, input_(overrides), { userId, requestId: "req-1" });

async function refusalOf(promise: Promise<unknown>) {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err, "refused").not.toBeNull();
  return failure(err, await getTranslator("zh-CN")).error;
}

describe("storing and reading back (PostgreSQL)", () => {
  test("a 1.2 MB PDF: metadata without the bytes, the bytes in 512 KiB parts, streamed back identical", async () => {
    const { tenant, staff } = await world();
    const bytes = pdf(1_200_000);
    const meta = await store(tenant, { body: bytes }, staff.id);
    expect(meta).toMatchObject({
      ownerModule: "test",
      ownerKind: "letter",
      ownerId: null,
      fileName: "答复函.pdf",
      contentType: "application/pdf",
      type: "PDF",
      byteSize: 1_200_000,
      sha256: sha(bytes),
      storage: "DATABASE",
      width: null,
      phone: null,
      access: "legislation.view",
      uploadedById: staff.id,
    });
    const row = await unsafePrisma.attachment.findFirstOrThrow({ where: { tenantId: tenant.id, id: meta.id } });
    expect(row).toMatchObject({ objectKey: null, uploadRequestId: null }); // a member's upload: the user is known
    const parts = await unsafePrisma.attachmentContent.findMany({
      where: { tenantId: tenant.id, attachmentId: meta.id },
      orderBy: { part: "asc" },
    });
    expect(parts.map((p) => [p.variant, p.part, p.data.byteLength])).toEqual([
      ["ORIGINAL", 0, 524288],
      ["ORIGINAL", 1, 524288],
      ["ORIGINAL", 2, 1_200_000 - 2 * 524288],
    ]);
    const content = await openAttachment(tenant.id, meta.id);
    expect(content).toMatchObject({ contentType: "application/pdf", byteSize: 1_200_000 });
    expect(sha(await bytesOf(content!.stream))).toBe(sha(bytes));
    expect(await getAttachment(tenant.id, meta.id)).toEqual(meta);
  });

  test("streams and Files are read as they come; an anonymous upload keeps its request id", async () => {
    const { tenant } = await world();
    const text = utf8("第一条　群众反映的问题。\n");
    const stream = new Blob([text]).stream();
    const meta = await storeAttachment(
      forTenant(tenant.id),
      tenant.id,
      input_({ body: stream, fileName: "留言.txt", access: "public" }),
      { userId: null, requestId: "req-citizen-7" },
    );
    expect(meta).toMatchObject({ type: "TEXT", contentType: "text/plain; charset=utf-8", uploadedById: null });
    const row = await unsafePrisma.attachment.findFirstOrThrow({ where: { tenantId: tenant.id, id: meta.id } });
    expect(row.uploadRequestId).toBe("req-citizen-7");
    const fromFile = await store(tenant, { body: new File([text], "x.txt") });
    expect(fromFile.sha256).toBe(meta.sha256);
  });

  test("linking: an unlinked upload joins its row once; another uploader's, another city's or another kind's cannot", async () => {
    const { tenant, staff, deputy } = await world();
    const other = await createTenant();
    const meta = await store(tenant, {}, staff.id);
    const owner = { module: "test", kind: "letter", id: "0190a8c0-0000-7000-8000-000000000001" };
    await expect(
      linkAttachment(forTenant(tenant.id), tenant.id, meta.id, owner, { uploadedById: deputy.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(linkAttachment(forTenant(other.id), other.id, meta.id, owner)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      linkAttachment(forTenant(tenant.id), tenant.id, meta.id, { ...owner, kind: "photo" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await linkAttachment(forTenant(tenant.id), tenant.id, meta.id, owner, { uploadedById: staff.id });
    await linkAttachment(forTenant(tenant.id), tenant.id, meta.id, owner); // a retry is fine
    await expect(
      linkAttachment(forTenant(tenant.id), tenant.id, meta.id, {
        ...owner,
        id: "0190a8c0-0000-7000-8000-000000000002",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" }); // linked elsewhere already
    expect((await listAttachments(tenant.id, owner)).map((a) => a.id)).toEqual([meta.id]);
    expect(await listAttachments(other.id, owner)).toEqual([]);
  });

  test("the table itself refuses HTML and SVG content types, whatever code tries", async () => {
    const { tenant } = await world();
    for (const contentType of ["text/html", "image/svg+xml"]) {
      await expect(
        unsafePrisma.attachment.create({
          data: {
            tenantId: tenant.id,
            ownerModule: "test",
            ownerKind: "x",
            fileName: "x",
            contentType,
            byteSize: 1,
            sha256: "0".repeat(64),
            storage: "DATABASE",
            access: "public",
          },
        }),
      ).rejects.toThrow();
    }
  });
});

describe("refusals", () => {
  test("too large: a 50 MB stream is refused after about the limit, and nothing is written", async () => {
    const { tenant } = await world();
    const chunk = pdf(64 * 1024);
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
    const before = await unsafePrisma.attachment.count({ where: { tenantId: tenant.id } });
    const error = await refusalOf(store(tenant, { body: fifty, maxBytes: 1024 * 1024 }));
    expect(error).toEqual({
      code: "PAYLOAD_TOO_LARGE",
      message: "文件过大：每个文件不能超过 1 MB。请压缩或拆分后再上传。",
    });
    expect(cancelled).toBe(true);
    expect(pulled).toBeLessThan(1.3 * 1024 * 1024);
    expect(await unsafePrisma.attachment.count({ where: { tenantId: tenant.id } })).toBe(before);
  });

  test("the platform's ceiling (ATTACHMENTS_MAX_BYTES) caps what a caller asks for", async () => {
    const { tenant } = await world();
    process.env.ATTACHMENTS_MAX_BYTES = "4096";
    try {
      expect((await refusalOf(store(tenant, { body: pdf(5000), maxBytes: 10_000_000 }))).message).toContain("4 KB");
    } finally {
      delete process.env.ATTACHMENTS_MAX_BYTES;
    }
  });

  test("disguised HTML, SVG, a ZIP that is not a .docx, a PDF where photos are asked for: 415 in Chinese", async () => {
    const { tenant } = await world();
    const html = utf8("<!doctype html><html><script>document.cookie</script></html>");
    const svg = utf8('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
    const zip = zipSync({ "evil.exe": new Uint8Array([0x4d, 0x5a]) });
    for (const [body, fileName, allowed] of [
      [html, "photo.png", IMAGE_TYPES],
      [svg, "logo.svg", IMAGE_TYPES],
      [html, "letter.txt", DOCUMENT_TYPES],
      [zip, "bill.docx", DOCUMENT_TYPES],
      [pdf(100), "photo.jpg", IMAGE_TYPES],
    ] as const) {
      const error = await refusalOf(store(tenant, { body, fileName, allowed }));
      expect(error.code, fileName).toBe("UNSUPPORTED_MEDIA_TYPE");
      expect(error.message).toMatch(/^文件类型不受支持：这里只接受 (JPG\/PNG\/WebP\/GIF|PDF\/DOCX\/XLSX\/TXT) 文件/);
    }
    expect(await refusalOf(store(tenant, { body: new Uint8Array() }))).toMatchObject({ code: "VALIDATION" });
    // A JPEG's signature on noise: a damaged image, refused rather than kept unviewable.
    const fake = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), pdf(500)]);
    expect(await refusalOf(store(tenant, { body: fake, allowed: IMAGE_TYPES }))).toEqual({
      code: "UNSUPPORTED_MEDIA_TYPE",
      message: "图片已损坏或无法读取，请重新拍摄或选择其他图片。",
    });
  });
});

describe("photos", () => {
  test("a phone variant: at most 1280 px, smaller, without EXIF or GPS; the original kept as sent", async () => {
    const { tenant, staff } = await world();
    const original = await photo(3000, 2000);
    const originalMeta = await sharp(original).metadata();
    expect(originalMeta.exif?.toString("latin1")).toContain("TestPhone");
    expect(hasGps(originalMeta.exif)).toBe(true);

    const meta = await store(tenant, { body: original, fileName: "现场照片.jpg", allowed: IMAGE_TYPES }, staff.id);
    expect(meta).toMatchObject({ type: "JPEG", width: 3000, height: 2000 });
    expect(meta.phone).toMatchObject({ width: 1280, height: 853 });
    expect(meta.phone!.byteSize).toBeLessThan(meta.byteSize / 2);

    const phone = await openAttachment(tenant.id, meta.id, "phone");
    const phoneBytes = await bytesOf(phone!.stream);
    expect(phoneBytes.byteLength).toBe(meta.phone!.byteSize);
    const phoneMeta = await sharp(phoneBytes).metadata();
    expect(phoneMeta).toMatchObject({ format: "jpeg", width: 1280, height: 853 });
    expect(phoneMeta.exif).toBeUndefined();
    expect(hasGps(phoneMeta.exif)).toBe(false);
    expect(sha(await bytesOf((await openAttachment(tenant.id, meta.id))!.stream))).toBe(sha(original));
  });

  test("a photo taken sideways is measured and scaled upright; a small PNG is not enlarged", async () => {
    const { tenant } = await world();
    const sideways = await store(tenant, { body: await photo(1600, 1200, { orientation: 6 }), allowed: IMAGE_TYPES });
    expect(sideways).toMatchObject({ width: 1200, height: 1600, phone: { width: 960, height: 1280 } });
    const png = await sharp({ create: { width: 40, height: 30, channels: 4, background: "#0000" } })
      .png()
      .toBuffer();
    expect(await store(tenant, { body: png, fileName: "icon.png", allowed: IMAGE_TYPES })).toMatchObject({
      type: "PNG",
      width: 40,
      height: 30,
      phone: { width: 40, height: 30 },
    });
  });
});

describe("serving", () => {
  test("a download of the detected type with the safe headers and the Chinese name", async () => {
    const { tenant, staff } = await world();
    const bytes = pdf(3000);
    const meta = await store(tenant, { body: bytes, fileName: "关于城市绿化的答复函.pdf" });
    const res = await serveAttachment(tenant.slug, meta.id, {}, sessionFor(staff));
    expect(res.status).toBe(200);
    expect(Object.fromEntries(res.headers)).toMatchObject({
      "content-type": "application/pdf",
      "content-length": "3000",
      "content-disposition": `attachment; filename="__________.pdf"; filename*=UTF-8''${encodeURIComponent("关于城市绿化的答复函")}.pdf`,
      "x-content-type-options": "nosniff",
      "content-security-policy": "sandbox; default-src 'none'",
      "cache-control": "private, no-cache",
      etag: `"${meta.sha256.slice(0, 32)}"`,
    });
    expect(sha(Buffer.from(await res.arrayBuffer()))).toBe(sha(bytes));

    // The browser's copy is still good: 304, nothing read.
    const again = await serveAttachment(
      tenant.slug,
      meta.id,
      { ifNoneMatch: `"${meta.sha256.slice(0, 32)}"` },
      sessionFor(staff),
    );
    expect(again.status).toBe(304);
  });

  test("public files to anyone, cacheable; photos' phone variant as JPEG; text as text/plain", async () => {
    const { tenant } = await world();
    const meta = await store(tenant, {
      body: await photo(900, 600),
      fileName: "联络站.png",
      allowed: IMAGE_TYPES,
      access: "public",
    });
    const original = await serveAttachment(tenant.slug, meta.id, {}, signedOut);
    expect(original.headers.get("content-type")).toBe("image/jpeg");
    expect(original.headers.get("cache-control")).toBe("public, max-age=3600");
    expect(original.headers.get("content-disposition")).toContain(
      `filename*=UTF-8''${encodeURIComponent("联络站.png")}.jpg`,
    );
    const phone = await serveAttachment(tenant.slug, meta.id, { variant: "phone" }, signedOut);
    expect(phone.headers.get("content-type")).toBe("image/jpeg");
    expect(Number(phone.headers.get("content-length"))).toBe(meta.phone!.byteSize);
    expect(phone.headers.get("etag")).toBe(`"${meta.sha256.slice(0, 32)}-phone"`);
    await expect(serveAttachment(tenant.slug, meta.id, { variant: "huge" }, signedOut)).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    const text = await store(tenant, { body: utf8("纯文本"), fileName: "说明", access: "public" });
    const served = await serveAttachment(tenant.slug, text.id, { variant: "phone" }, signedOut).catch((e) => e);
    expect(served).toMatchObject({ code: "NOT_FOUND" }); // only photos have a phone variant
    const plain = await serveAttachment(tenant.slug, text.id, {}, signedOut);
    expect(plain.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(plain.headers.get("content-disposition")).toContain(`filename*=UTF-8''${encodeURIComponent("说明")}.txt`);
    expect(await plain.text()).toBe("纯文本");
  });

  test("another city's id answers 404, to its members and to everyone", async () => {
    const { tenant, staff } = await world();
    const other = await world();
    const privateOne = await store(tenant);
    const publicOne = await store(tenant, { access: "public" });
    for (const id of [privateOne.id, publicOne.id]) {
      await expect(serveAttachment(other.tenant.slug, id, {}, sessionFor(other.staff))).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
      await expect(serveAttachment(other.tenant.slug, id, {}, signedOut)).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect(await getAttachment(other.tenant.id, id)).toBeNull();
      expect(await openAttachment(other.tenant.id, id)).toBeNull();
    }
    // A member of another city asking here for a file that is not public: the same 404 as no file.
    await expect(serveAttachment(tenant.slug, privateOne.id, {}, sessionFor(other.staff))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(serveAttachment(tenant.slug, "not-a-uuid", {}, sessionFor(staff))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  test("a file that is not public: 401 signed out, 403 without the permission, 200 with it", async () => {
    const { tenant, staff, deputy } = await world();
    const meta = await store(tenant);
    await expect(serveAttachment(tenant.slug, meta.id, {}, signedOut)).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
    await expect(serveAttachment(tenant.slug, meta.id, {}, sessionFor(deputy))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await serveAttachment(tenant.slug, meta.id, {}, sessionFor(staff))).status).toBe(200);
  });
});

describe("S3-compatible storage (s3rver)", () => {
  let server: S3rver;
  let dir: string;
  const saved: Record<string, string | undefined> = {};
  const ENV = [
    "S3_ENDPOINT",
    "S3_BUCKET",
    "S3_REGION",
    "S3_ACCESS_KEY_ID",
    "S3_SECRET_ACCESS_KEY",
    "S3_FORCE_PATH_STYLE",
  ];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "lianxin-s3-"));
    server = new S3rver({
      address: "127.0.0.1",
      port: 0,
      silent: true,
      directory: dir,
      configureBuckets: [{ name: "lianxin-test", configs: [] }],
    });
    const { port } = await server.run();
    for (const k of ENV) saved[k] = process.env[k];
    Object.assign(process.env, {
      S3_ENDPOINT: `http://127.0.0.1:${port}`,
      S3_BUCKET: "lianxin-test",
      S3_REGION: "us-east-1",
      S3_ACCESS_KEY_ID: "S3RVER",
      S3_SECRET_ACCESS_KEY: "S3RVER",
      S3_FORCE_PATH_STYLE: "true",
    });
    process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true"; // Node 20 is this project's (STACK.md)
  });

  afterAll(async () => {
    for (const k of ENV) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test("the bytes go to the bucket, the metadata to PostgreSQL, and both variants come back", async () => {
    const { tenant, staff } = await world();
    const original = await photo(2000, 1500);
    const meta = await store(tenant, { body: original, fileName: "证据.jpg", allowed: IMAGE_TYPES }, staff.id);
    expect(meta).toMatchObject({ storage: "S3", phone: { width: 1280, height: 960 } });
    const row = await unsafePrisma.attachment.findFirstOrThrow({ where: { tenantId: tenant.id, id: meta.id } });
    expect(row.objectKey).toBe(`${tenant.id}/${meta.id}`);
    expect(await unsafePrisma.attachmentContent.count({ where: { tenantId: tenant.id, attachmentId: meta.id } })).toBe(
      0,
    );

    const res = await serveAttachment(tenant.slug, meta.id, {}, sessionFor(staff));
    expect(res.headers.get("content-type")).toBe("image/jpeg");
    expect(sha(Buffer.from(await res.arrayBuffer()))).toBe(sha(original));
    const phone = await bytesOf((await openAttachment(tenant.id, meta.id, "phone"))!.stream);
    expect(phone.byteLength).toBe(meta.phone!.byteSize);
    expect((await sharp(phone).metadata()).exif).toBeUndefined();
  });

  test("a refused upload puts nothing in the bucket", async () => {
    const { tenant } = await world();
    const { S3Client, ListObjectsV2Command } = await import("@aws-sdk/client-s3");
    const list = async () => {
      const c = new S3Client({
        endpoint: process.env.S3_ENDPOINT,
        region: "us-east-1",
        forcePathStyle: true,
        credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
      });
      const out = await c.send(new ListObjectsV2Command({ Bucket: "lianxin-test", Prefix: `${tenant.id}/` }));
      return out.KeyCount ?? 0;
    };
    await refusalOf(store(tenant, { body: utf8("<svg/>"), allowed: IMAGE_TYPES }));
    expect(await list()).toBe(0);
    await store(tenant, { body: pdf(100) });
    expect(await list()).toBe(1);
  });
});

describe("the draft upload keeps its original", () => {
  const TEXT = [
    "测试市城市绿化条例（草案）",
    "第一条　为了促进城市绿化事业发展，制定本条例。",
    "第二条　本条例适用于本市。",
  ];
  const docx = () =>
    zipSync({
      "[Content_Types].xml": strToU8(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
      "word/document.xml": strToU8(
        `<w:document><w:body>${TEXT.map((l) => `<w:p><w:r><w:t>${l}</w:t></w:r></w:p>`).join("")}</w:body></w:document>`,
      ),
    });

  async function draftWorld() {
    const w = await world();
    const committee = await createCommittee(w.tenant);
    const regulation = await createRegulation(w.tenant, { stage: "DRAFTING", committeeId: committee.id });
    return { ...w, regulation };
  }

  function form(regulationId: string, file: File) {
    const f = new FormData();
    f.set("regulationId", regulationId);
    f.set("label", "征求意见稿");
    f.set("text", "");
    f.set("file", file);
    return f;
  }

  test("a .docx: parsed as before, stored, linked to the version and served to staff", async () => {
    const { tenant, staff, deputy, regulation } = await draftWorld();
    const bytes = docx();
    const input = await draftInputFromForm(form(regulation.id, new File([bytes], "测试市城市绿化条例（草案）.docx")));
    const result = await executeAction(addDraftVersion, tenant.slug, input, sessionFor(staff));
    expect(result).toEqual({ ok: true, data: { id: expect.any(String), versionNo: 1, articles: 2, warnings: [] } });
    if (!result.ok) return;
    const version = await unsafePrisma.draftVersion.findFirstOrThrow({
      where: { tenantId: tenant.id, id: result.data.id },
    });
    expect(version.sourceText).toBe(TEXT.join("\n"));
    expect(version.sourceAttachmentId).toEqual(expect.any(String));
    const meta = await getAttachment(tenant.id, version.sourceAttachmentId!);
    expect(meta).toMatchObject({
      ownerModule: "legislation",
      ownerKind: "draftSource",
      ownerId: version.id,
      fileName: "测试市城市绿化条例（草案）.docx",
      type: "DOCX",
      sha256: sha(bytes),
      access: "legislation.view",
      uploadedById: staff.id,
    });
    const res = await serveAttachment(tenant.slug, meta!.id, {}, sessionFor(staff));
    expect(res.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    expect(sha(Buffer.from(await res.arrayBuffer()))).toBe(sha(bytes));
    await expect(serveAttachment(tenant.slug, meta!.id, {}, sessionFor(deputy))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const audit = await unsafePrisma.auditEvent.findFirstOrThrow({
      where: { tenantId: tenant.id, action: "draft.add", entityId: version.id },
    });
    expect(audit.after).toMatchObject({ source: { attachmentId: meta!.id, fileName: meta!.fileName } });
  });

  test("pasted text keeps no attachment; an unreadable file is refused before anything is stored", async () => {
    const { tenant, staff, regulation } = await draftWorld();
    const pasted = new FormData();
    pasted.set("regulationId", regulation.id);
    pasted.set("label", "一审稿");
    pasted.set("text", TEXT.join("\n"));
    const result = await executeAction(
      addDraftVersion,
      tenant.slug,
      await draftInputFromForm(pasted),
      sessionFor(staff),
    );
    expect(result.ok).toBe(true);
    if (result.ok) {
      const v = await unsafePrisma.draftVersion.findFirstOrThrow({
        where: { tenantId: tenant.id, id: result.data.id },
      });
      expect(v.sourceAttachmentId).toBeNull();
    }
    const disguised = new File([utf8("<html><body>第一条</body></html>")], "草案.docx");
    expect(await draftInputFromForm(form(regulation.id, disguised))).toBeNull();
    const zip = new File([zipSync({ "a.txt": strToU8("第一条") })], "草案.docx");
    expect(await draftInputFromForm(form(regulation.id, zip))).toBeNull();
  });

  test("a refused draft stores no file: the attachment rolls back with the version", async () => {
    const { tenant, regulation } = await draftWorld();
    const otherCommittee = await createCommittee(tenant);
    const committeeStaff = await createUser(tenant, { roles: [{ role: "committee", scopeId: otherCommittee.id }] });
    const input = await draftInputFromForm(form(regulation.id, new File([docx()], "草案.docx")));
    const result = await executeAction(addDraftVersion, tenant.slug, input, sessionFor(committeeStaff));
    expect(result).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await unsafePrisma.attachment.count({ where: { tenantId: tenant.id } })).toBe(0);
    // Stored on the action's transaction: when anything after it fails, the file goes with it.
    await expect(
      forTenant(tenant.id).$transaction(async (tx) => {
        await storeAttachment(tx, tenant.id, input_({ body: docx() }), { userId: null });
        throw new Error("the draft failed after its file was stored");
      }),
    ).rejects.toThrow("the draft failed");
    expect(await unsafePrisma.attachment.count({ where: { tenantId: tenant.id } })).toBe(0);
    expect(await unsafePrisma.attachmentContent.count({ where: { tenantId: tenant.id } })).toBe(0);
  });
});
