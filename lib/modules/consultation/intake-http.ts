// The opinion intake's fast path in scripts/server.mjs (lib/fast-intake.ts): anonymous POST
// …/consultations/{id}/opinions, answered on node:http (the target is 1,000 accepted opinions a second). Same
// checks and answers as the Next route (opinion-api.ts), including the portal's people-count cookie.
import { fastIntake } from "@/lib/fast-intake";
import { opinionResponse } from "./opinion-response";
import { submitOpinion } from "./submit-opinion";
import { submitterKeyOf } from "./submitter-cookie";

export const handleOpinionIntake = fastIntake({
  route: /^\/api\/v1\/([a-z][a-z0-9-]{1,39})\/consultations\/([^/?#]+)\/opinions\/?(?:\?.*)?$/,
  async submit({ tenant, id, body, header, ip, request }) {
    // The portal's people-count cookie, as the Next route reads and sets it (submitter-cookie.ts).
    const submitter = submitterKeyOf(header("cookie"), header("x-forwarded-proto") === "https");
    const r = opinionResponse(
      await submitOpinion(tenant, id, body, {
        idempotencyKey: header("idempotency-key"),
        submitterKey: submitter.key,
        clientIp: ip,
        request,
      }),
    );
    return submitter.setCookie ? { ...r, headers: { ...r.headers, "set-cookie": submitter.setCookie } } : r;
  },
  refusal: opinionResponse,
});
