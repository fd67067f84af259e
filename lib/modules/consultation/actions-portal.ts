"use server";
// The portal's opinion form. The browser sends the opinion and its Idempotency-Key (one per form fill, kept across
// retries, so a double click or a resend after a lost answer stores one opinion); the server adds what the
// browser cannot be trusted with: the client address (only from a trusted proxy) and the anonymous people-count
// cookie, created here on the first opinion.
import { randomBytes } from "node:crypto";
import { cookies, headers } from "next/headers";
import { clientIp } from "@/lib/client-ip";
import type { Result } from "@/lib/errors";
import { getRequestContext } from "@/lib/request-context";
import { submitOpinion } from "./submit-opinion";

/** First-party cookie: a random id that lets the public list count people, not opinions. Not personal data. */
const SUBMITTER_COOKIE = "lx_sid";
const SUBMITTER_KEY = /^[A-Za-z0-9_-]{16,64}$/;
const ONE_YEAR = 365 * 24 * 3600;

export async function submitOpinionAction(tenantSlug: string, consultationId: string, input: unknown, idempotencyKey: string): Promise<Result<{ receiptCode: string }>> {
  const [h, jar, request] = await Promise.all([headers(), cookies(), getRequestContext()]);
  let submitterKey = jar.get(SUBMITTER_COOKIE)?.value;
  if (!submitterKey || !SUBMITTER_KEY.test(submitterKey)) {
    submitterKey = randomBytes(16).toString("base64url");
    // Set before submitting, so a retry after a failure counts as the same person.
    jar.set(SUBMITTER_COOKIE, submitterKey, {
      // Secure whenever the page came over HTTPS (a proxy says so); a forged header only breaks the forger's cookie.
      maxAge: ONE_YEAR, sameSite: "lax", httpOnly: true, path: "/", secure: h.get("x-forwarded-proto") === "https",
    });
  }
  const result = await submitOpinion(tenantSlug, consultationId, input, {
    idempotencyKey: typeof idempotencyKey === "string" ? idempotencyKey : null,
    submitterKey,
    clientIp: clientIp(h),
    request,
  });
  // The browser gets the receipt code only (not whether it was a replay: it answers as the first time did).
  return result.ok ? { ok: true, data: { receiptCode: result.data.receiptCode } } : { ok: false, error: result.error };
}
