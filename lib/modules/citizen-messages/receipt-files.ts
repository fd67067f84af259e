// A file of a released reply, downloaded by the citizen through the receipt code (GET
// /api/v1/{city}/receipts/{code}/files/{id}). Reply files are stored for members (access message.view), so the
// attachments route would ask the citizen to sign in; here the code is the key instead: only a file of a reply
// the receipt shows (released, not sent back) is served, as a download the browser must not sniff, frame or run.
import { NextResponse } from "next/server";
import type { RequestContext } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { openAttachment } from "@/lib/modules/attachments";
import { findActiveTenant } from "@/lib/tenant";
import { loadMessageReceipt } from "./queries-receipt";

function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%;]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

export async function serveReceiptFile(
  tenantSlug: string,
  code: string,
  id: string,
  _request: RequestContext,
): Promise<NextResponse> {
  const tenant = await findActiveTenant(tenantSlug);
  if (!tenant) throw new AppError("NOT_FOUND");
  const receipt = await loadMessageReceipt(tenant.id, code);
  const file = receipt?.replies.flatMap((r) => r.attachments).find((f) => f.id === id);
  if (!file) throw new AppError("NOT_FOUND");
  const content = await openAttachment(tenant.id, file.id);
  if (!content) throw new AppError("NOT_FOUND");
  return new NextResponse(content.stream, {
    status: 200,
    headers: {
      "Content-Type": content.contentType,
      "Content-Length": String(content.byteSize),
      "Content-Disposition": contentDisposition(file.fileName),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "sandbox; default-src 'none'",
      "Cross-Origin-Resource-Policy": "same-origin",
      // The code in the address is the only key: no shared cache may keep the file.
      "Cache-Control": "private, no-store",
    },
  });
}
