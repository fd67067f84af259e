// A citizen's message to a liaison station or one of its deputies, no account needed (issue #11, item 1). The
// path is lib/public-action.ts's — tenant → zod → checks → the change and its audit row committed together — but
// without photos the happy path is ONE prepared statement on the plain pg pool (intake-sql.ts), like the opinion
// intake: a message campaign after a WeChat post must not cost a transaction of five queries each. With photos,
// the same statement runs in the transaction that stores them (content-checked images only, never public), so a
// refused photo stores nothing at all. Only a refusal costs more, to say precisely why (intake-refusal.ts).
import { createHash, randomBytes, randomInt } from "node:crypto";
import type { RequestContext } from "@/lib/action";
import { rateLimitClient } from "@/lib/client-ip";
import { forTenant } from "@/lib/db";
import { positiveInt } from "@/lib/env";
import { AppError, type Result } from "@/lib/errors";
import { getTranslator } from "@/lib/i18n/translate";
import { isUuid } from "@/lib/ids";
import { IMAGE_TYPES, storeAttachment } from "@/lib/modules/attachments";
import { newReceiptCode } from "@/lib/receipt";
import { failure } from "@/lib/result";
import { findActiveTenant } from "@/lib/tenant";
import { parseInput } from "@/lib/validation";
import { explainMessageRefusal, MessageRateLimitedError, type SubmittedMessage } from "./intake-refusal";
import { notifyNewMessage } from "./notify-new-message";
import { runMessageIntake, runMessageIntakeInTx, type MessageIntakeRow } from "./intake-sql";
import { MESSAGE_PHOTO_MAX_BYTES, MESSAGE_PHOTOS_MAX, messageIntakeSchema, type MessageIntake } from "./schemas-intake";

/** A photo as the multipart route read it (already within MESSAGE_PHOTO_MAX_BYTES). */
export type MessagePhoto = { fileName: string; bytes: Uint8Array };

export type SubmitMessageOptions = {
  /** The Idempotency-Key header: the same key and body answer the same receipt, whatever the number of retries. */
  idempotencyKey?: string | null;
  /** From lib/client-ip.ts (trusted proxies only); null means no per-client limit can apply. */
  clientIp?: string | null;
  photos?: MessagePhoto[];
  request: RequestContext;
};
export type SubmitMessageResult = Result<SubmittedMessage & { trackUrl: string }> & { retryAfterSeconds?: number };

/** Where the citizen follows the message by its receipt code. */
export const trackUrl = (tenantSlug: string, code: string) => `/${tenantSlug}/track/${code}`;

export const MESSAGE_OWNER = { module: "citizenMessages", kind: "messagePhoto" } as const;

const KEY_FORMAT = /^[\x21-\x7e]{1,100}$/;
const SLUG_FORMAT = /^[a-z][a-z0-9-]{1,39}$/;
/** Per-station hits are spread over a few rows, so concurrent requests to one station rarely wait on one lock. */
const STATION_SLOTS = 4;

/** The statement found nothing to insert: carried out of the photos' transaction, which it rolls back. */
class NotStored extends Error {
  constructor(readonly row: MessageIntakeRow) {
    super("message not stored");
  }
}

export async function submitMessage(
  tenantSlug: string,
  stationId: string,
  rawInput: unknown,
  opts: SubmitMessageOptions,
): Promise<SubmitMessageResult> {
  try {
    if (!SLUG_FORMAT.test(tenantSlug) || !isUuid(stationId)) throw new AppError("NOT_FOUND");
    const key = opts.idempotencyKey ?? null;
    if (key !== null && !KEY_FORMAT.test(key)) throw new AppError("BAD_REQUEST", "idempotencyKeyFormat");
    const photos = opts.photos ?? [];
    if (photos.length > MESSAGE_PHOTOS_MAX)
      throw new AppError(
        "VALIDATION",
        "citizenMessages.errors.tooManyPhotos",
        { max: MESSAGE_PHOTOS_MAX },
        { photos: ["citizenMessagesIntake.errors.tooManyPhotos"] },
      );
    // The station comes from the path; a body naming another one is not heard.
    const raw =
      rawInput && typeof rawInput === "object" && !Array.isArray(rawInput)
        ? { ...(rawInput as Record<string, unknown>), stationId }
        : rawInput;
    // The translator is only needed to word a refusal; a valid message never pays for it.
    const quick = messageIntakeSchema.safeParse(raw);
    const input: MessageIntake =
      quick.success && !hasNul(quick.data)
        ? quick.data
        : parseInput(messageIntakeSchema, raw, opts.request.locale, await getTranslator(opts.request.locale));
    const requestHash = createHash("sha256")
      .update(
        JSON.stringify([
          input.deputyId,
          input.category,
          input.title,
          input.body,
          input.areaId,
          input.name,
          input.phone,
          input.email,
          input.replyByPhone,
          input.publishConsent,
          photos.map((p) => createHash("sha256").update(p.bytes).digest("hex")),
        ]),
      )
      .digest("hex");
    const ip = opts.clientIp ?? null;
    const perStation = positiveInt(process.env.MESSAGE_LIMIT_PER_STATION, 600);
    const perClient = positiveInt(process.env.MESSAGE_LIMIT_PER_CLIENT, 10);
    const values = (receipt: string) => [
      tenantSlug,
      stationId,
      input.deputyId,
      input.category,
      input.title,
      input.body,
      input.areaId,
      input.name,
      input.phone,
      input.email,
      input.replyByPhone,
      input.publishConsent,
      receipt,
      key,
      requestHash,
      `message:s:${tenantSlug}:${stationId}#${randomInt(STATION_SLOTS)}`,
      Math.ceil(perStation / STATION_SLOTS),
      // Without a trusted address there is no per-client limit to apply: every request would share one bucket.
      ip ? `message:ip:${tenantSlug}:${rateLimitClient(ip)}` : null,
      perClient,
      opts.request.requestId,
      opts.request.ip,
      photos.length,
      uuidv7(),
      uuidv7(),
    ];
    for (let attempt = 0; ; attempt++) {
      try {
        const row = photos.length
          ? await storeWithPhotos(tenantSlug, values(newReceiptCode()), photos, opts.request)
          : await runMessageIntake(values(newReceiptCode()));
        if (row.id && row.receipt && row.tenant)
          await notifyNewMessage(row.tenant, {
            id: row.id,
            stationId,
            deputyId: input.deputyId ?? null,
            title: input.title,
          });
        const done =
          row.id && row.receipt
            ? { receiptCode: row.receipt, replayed: false }
            : await explainMessageRefusal(row, {
                stationId,
                key,
                requestHash,
                deputyId: input.deputyId,
                areaId: input.areaId,
              });
        return { ok: true, data: { ...done, trackUrl: trackUrl(tenantSlug, done.receiptCode) } };
      } catch (err) {
        // A receipt code already taken (1 in 10^15 per pair): draw another. Anything else is not ours to retry.
        if (attempt < 2 && isReceiptClash(err)) continue;
        throw err;
      }
    }
  } catch (err) {
    const result = failure(err, await getTranslator(opts.request.locale), {
      action: "message.submit",
      requestId: opts.request.requestId,
    });
    return err instanceof MessageRateLimitedError ? { ...result, retryAfterSeconds: err.retryAfterSeconds } : result;
  }
}

async function storeWithPhotos(
  tenantSlug: string,
  values: unknown[],
  photos: MessagePhoto[],
  request: RequestContext,
): Promise<MessageIntakeRow> {
  const tenant = await findActiveTenant(tenantSlug);
  if (!tenant) throw new AppError("NOT_FOUND");
  try {
    return await forTenant(tenant.id).$transaction(
      async (tx) => {
        const row = await runMessageIntakeInTx(tx, values);
        if (!row.id) throw new NotStored(row);
        for (const photo of photos)
          await storeAttachment(
            tx,
            tenant.id,
            {
              body: photo.bytes,
              fileName: photo.fileName,
              owner: { ...MESSAGE_OWNER, id: row.id },
              allowed: IMAGE_TYPES,
              maxBytes: MESSAGE_PHOTO_MAX_BYTES,
              // Never public: the people handling the message see them, through the attachments route.
              access: "message.view",
            },
            { userId: null, requestId: request.requestId },
          ).catch((err: unknown) => {
            // Say which field it was (the attachments module's own words, with their values, stay on top).
            if (err instanceof AppError && !err.fieldErrors)
              throw new AppError(err.code, err.messageKey, err.values, { photos: [photoFieldError(err)] });
            throw err;
          });
        return row;
      },
      { timeout: 30_000 },
    );
  } catch (err) {
    if (err instanceof NotStored) return err.row;
    throw err;
  }
}

function photoFieldError(err: AppError): string {
  if (err.messageKey === "attachments.errors.unsupportedType") return "citizenMessagesIntake.errors.photoNotImage";
  if (err.code === "PAYLOAD_TOO_LARGE") return "citizenMessagesIntake.errors.photoTooLarge";
  return "citizenMessagesIntake.errors.photoRefused";
}

function isReceiptClash(err: unknown): boolean {
  const e = err as { constraint?: string; message?: string; meta?: unknown } | null;
  if (e?.constraint === "CitizenMessage_tenantId_receiptCode_key") return true;
  return /CitizenMessage_tenantId_receiptCode_key/.test(`${e?.message ?? ""} ${JSON.stringify(e?.meta ?? "")}`);
}

/** A time-ordered UUID (version 7), as Prisma's uuid(7) default makes them: consecutive messages land on the
 *  same right-most pages of the id indexes. */
function uuidv7(): string {
  const b = randomBytes(16);
  const ms = BigInt(Date.now());
  for (let i = 0; i < 6; i++) b[i] = Number((ms >> BigInt(8 * (5 - i))) & 0xffn);
  b[6] = (b[6]! & 0x0f) | 0x70;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** PostgreSQL text cannot hold NUL; such input goes the slow way, where it gets a field message. */
function hasNul(input: MessageIntake): boolean {
  return [input.title, input.body, input.name, input.email, input.category].some((v) => !!v?.includes("\0"));
}
