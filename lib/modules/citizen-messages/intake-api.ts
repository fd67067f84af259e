// POST /api/v1/{tenant}/stations/{id}/messages inside Next: multipart/form-data with up to four photos (the
// form's), and JSON when the server's fast path (intake-http.ts) does not take it (`next dev`, a signed-in
// browser, LIANXIN_FAST_INTAKE=0). Both end in submitMessage and answer alike (intake-response.ts). Anyone may
// write, signed in or not: the message is the citizen's, never a member's, so no session is read.
import type { NextRequest } from "next/server";
import type { RequestContext } from "@/lib/action";
import { clientIp } from "@/lib/client-ip";
import { AppError } from "@/lib/errors";
import { MAX_BODY_BYTES } from "@/lib/http-constants";
import { readJson } from "@/lib/http";
import { getTranslator, localeFromCookieHeader } from "@/lib/i18n/translate";
import { failure } from "@/lib/result";
import { messageIntakeResponse } from "./intake-response";
import { MESSAGE_PHOTO_MAX_BYTES, MESSAGE_PHOTOS_MAX } from "./schemas-intake";
import { submitMessage, type MessagePhoto } from "./submit-message";

/** The whole multipart body: the photos and the text fields with room to spare. */
const MULTIPART_MAX_BYTES = MESSAGE_PHOTOS_MAX * MESSAGE_PHOTO_MAX_BYTES + MAX_BODY_BYTES;
const BOOLEAN_FIELDS = new Set(["replyByPhone", "publishConsent"]);

export async function postMessage(req: NextRequest, tenantSlug: string, stationId: string): Promise<Response> {
  const cookie = req.headers.get("cookie");
  const ip = clientIp(req.headers);
  const request: RequestContext = {
    identity: null,
    locale: localeFromCookieHeader(cookie),
    requestId: req.headers.get("x-request-id"),
    ip,
  };
  let body: unknown;
  let photos: MessagePhoto[] = [];
  try {
    if (/^multipart\/form-data\b/i.test(req.headers.get("content-type") ?? ""))
      ({ body, photos } = await readForm(req));
    else body = await readJson(req);
  } catch (err) {
    const failed = failure(err, await getTranslator(request.locale), {
      path: req.nextUrl.pathname,
      requestId: request.requestId,
    });
    const r = messageIntakeResponse(failed);
    return new Response(r.body, { status: r.status, headers: r.headers });
  }
  const r = messageIntakeResponse(
    await submitMessage(tenantSlug, stationId, body, {
      idempotencyKey: req.headers.get("idempotency-key"),
      clientIp: ip,
      photos,
      request,
    }),
  );
  return new Response(r.body, { status: r.status, headers: r.headers });
}

/** The form's fields (checkboxes as booleans) and its photos, each read within its limit. */
async function readForm(req: NextRequest): Promise<{ body: Record<string, unknown>; photos: MessagePhoto[] }> {
  if (Number(req.headers.get("content-length") ?? 0) > MULTIPART_MAX_BYTES)
    throw new AppError("PAYLOAD_TOO_LARGE", "tooLarge");
  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    throw new AppError("BAD_REQUEST", "notAForm");
  }
  const body: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  const files: File[] = [];
  for (const [name, value] of form.entries()) {
    if (typeof value !== "string") {
      // A file input left empty still sends a part with no name and no bytes.
      if (name === "photos" && (value.size > 0 || value.name)) files.push(value);
      continue;
    }
    // An empty file input may come as an empty text part under the same name: no photo.
    if (name === "photos") continue;
    body[name] = BOOLEAN_FIELDS.has(name) ? ["true", "on", "1"].includes(value) : value;
  }
  if (files.length > MESSAGE_PHOTOS_MAX)
    throw new AppError(
      "VALIDATION",
      "citizenMessages.errors.tooManyPhotos",
      { max: MESSAGE_PHOTOS_MAX },
      { photos: ["citizenMessagesIntake.errors.tooManyPhotos"] },
    );
  const photos: MessagePhoto[] = [];
  for (const f of files) {
    // Refused unread: storeAttachment would refuse it too, after reading it.
    if (f.size > MESSAGE_PHOTO_MAX_BYTES)
      throw new AppError(
        "PAYLOAD_TOO_LARGE",
        "citizenMessagesIntake.errors.photoTooLargeMax",
        { max: `${MESSAGE_PHOTO_MAX_BYTES / 1024 / 1024} MB` },
        { photos: ["citizenMessagesIntake.errors.photoTooLarge"] },
      );
    photos.push({ fileName: f.name || "photo", bytes: new Uint8Array(await f.arrayBuffer()) });
  }
  return { body, photos };
}
