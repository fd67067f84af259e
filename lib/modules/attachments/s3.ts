// S3-compatible object storage, used for the bytes when S3_BUCKET is set (metadata stays in PostgreSQL):
//   S3_BUCKET             the bucket (must exist)            S3_REGION            default us-east-1
//   S3_ENDPOINT           e.g. http://minio.intranet:9000    S3_FORCE_PATH_STYLE  "true" for MinIO and most
//   S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY                   self-hosted servers (bucket in the path)
// Without the keys the SDK's usual chain (environment, instance role) applies. Read on each call, so a test can
// point the module at its own server.
import type { S3Client } from "@aws-sdk/client-s3";
import { Readable } from "node:stream";

export type S3Settings = {
  bucket: string;
  region: string;
  endpoint?: string;
  forcePathStyle: boolean;
  credentials?: { accessKeyId: string; secretAccessKey: string };
};

export function s3Settings(env: Record<string, string | undefined> = process.env): S3Settings | null {
  const bucket = env.S3_BUCKET?.trim();
  if (!bucket) return null;
  const accessKeyId = env.S3_ACCESS_KEY_ID?.trim();
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY?.trim();
  return {
    bucket,
    region: env.S3_REGION?.trim() || "us-east-1",
    endpoint: env.S3_ENDPOINT?.trim() || undefined,
    forcePathStyle: /^(1|true|yes)$/i.test(env.S3_FORCE_PATH_STYLE?.trim() ?? ""),
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
  };
}

const clients = new Map<string, Promise<S3Client>>();

function client(s: S3Settings): Promise<S3Client> {
  const key = JSON.stringify(s);
  let c = clients.get(key);
  if (!c) {
    c = import("@aws-sdk/client-s3").then(
      ({ S3Client }) =>
        new S3Client({
          region: s.region,
          endpoint: s.endpoint,
          forcePathStyle: s.forcePathStyle,
          credentials: s.credentials,
          // Checksums only where S3 requires them: many S3-compatible servers reject the SDK's default trailers.
          requestChecksumCalculation: "WHEN_REQUIRED",
          responseChecksumValidation: "WHEN_REQUIRED",
        }),
    );
    clients.set(key, c);
  }
  return c;
}

export async function putObject(s: S3Settings, key: string, body: Buffer, contentType: string): Promise<void> {
  const { PutObjectCommand } = await import("@aws-sdk/client-s3");
  await (
    await client(s)
  ).send(
    new PutObjectCommand({
      Bucket: s.bucket,
      Key: key,
      Body: body,
      ContentType: contentType,
      ContentLength: body.byteLength,
      ContentDisposition: "attachment",
    }),
  );
}

/** The object's bytes as a web stream, read as it is sent on. */
export async function getObjectStream(s: S3Settings, key: string): Promise<ReadableStream<Uint8Array>> {
  const { GetObjectCommand } = await import("@aws-sdk/client-s3");
  const res = await (await client(s)).send(new GetObjectCommand({ Bucket: s.bucket, Key: key }));
  if (!res.Body) throw new Error(`S3 object ${key} has no body`);
  // On Node the body is an http.IncomingMessage (a Readable).
  return Readable.toWeb(res.Body as Readable) as ReadableStream<Uint8Array>;
}

export async function deleteObjects(s: S3Settings, keys: string[]): Promise<void> {
  const { DeleteObjectCommand } = await import("@aws-sdk/client-s3");
  const c = await client(s);
  for (const key of keys) await c.send(new DeleteObjectCommand({ Bucket: s.bucket, Key: key }));
}
