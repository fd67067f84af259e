// Reading an upload up to a limit: the bytes are counted as they arrive and the stream is cancelled the moment
// the count passes the limit, so a 5 GB body costs at most the limit in memory and no more reading.
import { refusal } from "./refusals";

/** What an upload may come as: bytes already read, a web stream (a Request or File body), a Node stream. */
export type UploadBody = Uint8Array | Blob | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

/** All of `body`, or a PAYLOAD_TOO_LARGE refusal as soon as more than `limit` bytes have come. */
export async function readLimited(body: UploadBody, limit: number): Promise<Buffer> {
  if (body instanceof Uint8Array) {
    if (body.byteLength > limit) throw refusal.tooLarge(limit);
    return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  }
  if (body instanceof Blob) {
    if (body.size > limit) throw refusal.tooLarge(limit); // its size is known: do not read it at all
    return readLimited(body.stream(), limit);
  }
  if (isWebStream(body)) return readWebStream(body, limit);
  return readIterable(body, limit);
}

function isWebStream(body: unknown): body is ReadableStream<Uint8Array> {
  return typeof (body as ReadableStream | null)?.getReader === "function";
}

async function readWebStream(stream: ReadableStream<Uint8Array>, limit: number): Promise<Buffer> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => {});
        throw refusal.tooLarge(limit);
      }
      chunks.push(value);
    }
  } finally {
    reader.releaseLock();
  }
  return Buffer.concat(chunks, size);
}

async function readIterable(iterable: AsyncIterable<Uint8Array>, limit: number): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  // Leaving the loop early calls the iterator's return(): a Node stream is destroyed, a generator finished.
  for await (const chunk of iterable) {
    size += chunk.byteLength;
    if (size > limit) throw refusal.tooLarge(limit);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}
