// scripts/server.mjs vouches for each request's TCP peer to Next's route handlers and server actions, which see
// no socket (lib/client-ip.ts reads it): it drops any PEER_HEADER the client sent and sets its own, carrying a
// secret made when this module loads. Only the server's runtime (lib/server-runtime.ts) imports this file; Next's
// bundles must not, or they would make a secret of their own.
import { randomBytes } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { PEER_HEADER, PEER_TOKEN_ENV } from "./client-ip";

// In process.env because Next's bundles hold their own copy of lib/client-ip.ts: the environment is what the
// two share.
const token = randomBytes(24).toString("base64url");
process.env[PEER_TOKEN_ENV] = token;

export function stampPeerAddress(req: IncomingMessage): void {
  delete req.headers[PEER_HEADER];
  req.headers[PEER_HEADER] = `${token} ${req.socket.remoteAddress ?? ""}`;
}
