// Serving an attachment (GET /api/v1/{tenant}/attachments/{id}[?variant=phone]). The tenant comes from the URL
// and another city's id answers 404; a file that is not public needs a member of this city holding the
// permission it records. The answer is always a download of the detected type — never HTML, never SVG — that
// the browser must not sniff, frame or run: images still show in <img>, which ignores the disposition.
import { NextResponse } from "next/server";
import { resolveMember, type RequestContext } from "@/lib/action";
import { can } from "@/lib/authz";
import { AppError } from "@/lib/errors";
import { MANIFESTS } from "@/lib/modules/registry";
import { findActiveTenant } from "@/lib/tenant";
import { contentDisposition, servedFileName } from "./file-names";
import { loadAttachment } from "./queries-attachments";
import { VARIANTS, type Variant } from "./types";

export type ServeOptions = { variant?: string | null; ifNoneMatch?: string | null };

/** Public files may sit in shared caches for an hour; the rest only in the reader's browser, checked each time. */
const CACHE = { public: "public, max-age=3600", private: "private, no-cache" } as const;

export async function serveAttachment(
  tenantSlug: string,
  id: string,
  opts: ServeOptions,
  request: RequestContext,
): Promise<NextResponse> {
  const variant = (opts.variant ?? "original") as Variant;
  if (!VARIANTS.includes(variant)) throw new AppError("BAD_REQUEST", "attachments.errors.unknownVariant");
  const tenant = await findActiveTenant(tenantSlug);
  if (!tenant) throw new AppError("NOT_FOUND");
  const found = await loadAttachment(tenant.id, id);
  if (!found || (variant === "phone" && !found.meta.phone)) throw new AppError("NOT_FOUND");
  const { meta } = found;
  if (meta.access !== "public") {
    // Signed out: 401; a member of another city: 404, as if the city had no such file; no permission: 403.
    const { member } = await resolveMember(tenantSlug, request);
    if (!can(member.roles, meta.access)) throw new AppError("FORBIDDEN");
    // The owning module's own rule (a suggestion's files to those who see that suggestion): unseen is not found.
    const readers = MANIFESTS.find((m) => m.name === meta.ownerModule)?.attachmentReaders;
    if (readers && !(await (await readers())(tenant.id, member, meta))) throw new AppError("NOT_FOUND");
  }
  const etag = `"${meta.sha256.slice(0, 32)}${variant === "phone" ? "-phone" : ""}"`;
  const headers = new Headers({
    "Content-Type": variant === "phone" ? "image/jpeg" : meta.contentType,
    "Content-Disposition": contentDisposition(servedFileName(meta.fileName, meta.type, variant)),
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "sandbox; default-src 'none'",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Cache-Control": meta.access === "public" ? CACHE.public : CACHE.private,
    ETag: etag,
  });
  // The same bytes as the reader's copy: nothing is read from storage.
  if (opts.ifNoneMatch?.split(/\s*,\s*/).some((tag) => tag === etag || tag === `W/${etag}`))
    return new NextResponse(null, { status: 304, headers });
  const content = await found.open(variant);
  if (!content) throw new AppError("NOT_FOUND");
  headers.set("Content-Length", String(content.byteSize));
  return new NextResponse(content.stream, { status: 200, headers });
}
