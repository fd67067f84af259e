// A request body read on node:http (the server's fast path and the Pages Router page, where Next's own body
// handling does not apply), up to the platform's 1 MB limit.
import type { IncomingMessage } from "node:http";
import { MAX_BODY_BYTES } from "./http-constants";

/**
 * The whole body, or null when it is over MAX_BODY_BYTES. A declared Content-Length over the limit is refused
 * unread; otherwise the body is read to its end even when too large, so the client gets the answer (413) rather
 * than a reset connection.
 */
export async function readNodeBody(req: IncomingMessage): Promise<Buffer | null> {
  if (Number(req.headers["content-length"] ?? 0) > MAX_BODY_BYTES) {
    req.resume();
    return null;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk);
  }
  return size > MAX_BODY_BYTES ? null : Buffer.concat(chunks);
}
