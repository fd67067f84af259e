// The message intake's fast path in scripts/server.mjs (lib/fast-intake.ts): an anonymous JSON POST
// …/stations/{id}/messages, answered on node:http. Same checks and answers as the Next route (intake-api.ts),
// which still serves multipart posts with photos, signed-in requests and `next dev`.
import { fastIntake } from "@/lib/fast-intake";
import { messageIntakeResponse } from "./intake-response";
import { submitMessage } from "./submit-message";

export const handleMessageIntake = fastIntake({
  route: /^\/api\/v1\/([a-z][a-z0-9-]{1,39})\/stations\/([^/?#]+)\/messages\/?(?:\?.*)?$/,
  // Multipart posts (with photos), and anything else not JSON, go on to the Next route.
  takes: (req) => /^application\/(.+\+)?json\b/i.test(req.headers["content-type"] ?? ""),
  async submit({ tenant, id, body, header, ip, request }) {
    return messageIntakeResponse(
      await submitMessage(tenant, id, body, { idempotencyKey: header("idempotency-key"), clientIp: ip, request }),
    );
  },
  refusal: messageIntakeResponse,
});
