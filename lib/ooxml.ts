// The OOXML writer every export shares (.xlsx, .docx): a zip written as a stream with backpressure, and XML
// escaping. An OOXML file is a zip of XML parts; each part's writer pushes its XML into the zip as it reads the
// database, and waits (`ready()`) whenever the reader of the stream is behind — so memory holds one batch of rows
// and a small queue of compressed bytes, never the file. A part may also be stored as it is (`store`: a finished
// .docx inside a batch .zip, already compressed).
import { Readable, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { Zip, ZipDeflate, ZipPassThrough } from "fflate";
import { log } from "@/lib/log";

/** Where a part writes its XML, as text or as UTF-8 bytes (both synchronous). Between batches, await `ready()`;
 *  a source that pushes (a COPY) checks `full()` and pauses itself until `ready()` resolves. */
export type ZipSink = {
  write: (text: string) => void;
  bytes: (utf8: Uint8Array) => void;
  full: () => boolean;
  ready: () => Promise<void>;
};
export type ZipPart = { name: string; body: string | ((out: ZipSink) => Promise<void>); store?: boolean };

/** Text is deflated in pieces of at least this many UTF-16 units (a batch of rows is one piece). */
const FLUSH_AT = 64 * 1024;
/** Compressed bytes queued for a slow reader before the writers wait. */
const QUEUE_BYTES = 256 * 1024;

class ExportCancelled extends Error {}

/**
 * A web stream of the zip of `parts`, written only as fast as it is read: the writers run ahead of the reader by
 * at most QUEUE_BYTES of compressed output, then wait in `ready()` (or, for the detail sheet's COPY, pause the
 * socket: queries-export.ts). If the reader cancels (a closed download), `ready()` throws, so the writers'
 * `finally` blocks release what they hold (the database connection).
 */
export function zipStream(parts: ZipPart[]): ReadableStream<Uint8Array> {
  let waiting: (() => void)[] = []; // writers in ready(): a part's writer and a COPY's paused socket may both wait
  let cancelled = false;
  const wake = () => {
    const woken = waiting;
    waiting = [];
    for (const resolve of woken) resolve();
  };
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        const zip = new Zip((err, data) => (err ? controller.error(err) : controller.enqueue(data)));
        const full = () => cancelled || (controller.desiredSize ?? 0) <= 0;
        const ready = async () => {
          if (!cancelled && (controller.desiredSize ?? 0) <= 0)
            await new Promise<void>((resolve) => waiting.push(resolve));
          if (cancelled) throw new ExportCancelled();
        };
        const produce = async () => {
          for (const part of parts) {
            const file = part.store ? new ZipPassThrough(part.name) : new ZipDeflate(part.name, { level: 6 });
            zip.add(file);
            let pending = "";
            const write = (text: string) => {
              pending += text;
              if (pending.length < FLUSH_AT) return;
              file.push(encoder.encode(pending));
              pending = "";
            };
            const bytes = (utf8: Uint8Array) => {
              if (pending) file.push(encoder.encode(pending));
              pending = "";
              file.push(utf8);
            };
            if (typeof part.body === "string") write(part.body);
            else await part.body({ write, bytes, full, ready });
            file.push(encoder.encode(pending), true);
            await ready();
          }
          zip.end();
          controller.close();
        };
        // Not awaited: start() must return for the stream to begin flowing.
        produce().catch((err: unknown) => {
          if (cancelled) return; // the reader went away; what failed after that is the teardown
          log.error("export.failed", { err });
          controller.error(err);
        });
      },
      pull() {
        wake();
      },
      cancel() {
        cancelled = true;
        wake();
      },
    },
    new ByteLengthQueuingStrategy({ highWaterMark: QUEUE_BYTES }),
  );
}

/** Pipe a web stream into a Node writable (a file, a response), resolving when all is written. */
export async function pipeToWritable(stream: ReadableStream<Uint8Array>, writable: Writable): Promise<void> {
  await pipeline(Readable.fromWeb(stream as NodeReadableStream<Uint8Array>), writable);
}

// Characters XML 1.0 cannot carry at all (control characters, lone surrogates) are dropped.
const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/** Text for an XML element or attribute. One pass each, and none for the usual text that needs nothing. */
export function xmlText(value: string): string {
  const valid = value.replace(INVALID_XML, "");
  return /[&<>"]/.test(valid) ? valid.replace(/[&<>"]/g, (c) => ESCAPES[c]!) : valid;
}

export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
export const DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A filename-safe rendering of `name`: both the ASCII fallback and the UTF-8 form of Content-Disposition. */
export function contentDisposition(name: string, extension: string, fallback = "download"): string {
  return `attachment; filename="${fallback}.${extension}"; filename*=UTF-8''${encodeURIComponent(`${name}.${extension}`)}`;
}
