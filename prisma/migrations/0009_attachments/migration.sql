-- Attachments (lib/modules/attachments): one storage for every module's files. "Attachment" holds the metadata;
-- the bytes live in "AttachmentContent" (PostgreSQL, the default: every replica sees them, a backup holds them) or
-- in an S3 bucket, so a list of attachments never reads a blob.

CREATE TYPE "AttachmentStorage" AS ENUM ('DATABASE', 'S3');
CREATE TYPE "AttachmentVariant" AS ENUM ('ORIGINAL', 'PHONE');

CREATE TABLE "Attachment" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL,
  "ownerModule" TEXT NOT NULL,
  "ownerKind" TEXT NOT NULL,
  "ownerId" UUID,
  "fileName" TEXT NOT NULL,
  "contentType" TEXT NOT NULL,
  "byteSize" INTEGER NOT NULL,
  "sha256" TEXT NOT NULL,
  "storage" "AttachmentStorage" NOT NULL,
  "objectKey" TEXT,
  "width" INTEGER,
  "height" INTEGER,
  "phoneByteSize" INTEGER,
  "phoneWidth" INTEGER,
  "phoneHeight" INTEGER,
  "access" TEXT NOT NULL,
  "uploadedById" UUID,
  "uploadRequestId" TEXT,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "Attachment_owner" CHECK ("ownerModule" <> '' AND "ownerKind" <> ''),
  -- Only the types the module detects and serves; text/html and image/svg+xml can never be stored, whatever a bug
  -- upstream might try.
  CONSTRAINT "Attachment_contentType" CHECK ("contentType" IN (
    'image/jpeg', 'image/png', 'image/webp', 'image/gif', 'application/pdf',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'text/plain; charset=utf-8')),
  CONSTRAINT "Attachment_byteSize" CHECK ("byteSize" > 0),
  CONSTRAINT "Attachment_sha256" CHECK ("sha256" ~ '^[0-9a-f]{64}$'),
  CONSTRAINT "Attachment_objectKey" CHECK (("storage" = 'S3') = ("objectKey" IS NOT NULL)),
  CONSTRAINT "Attachment_phone" CHECK (("phoneByteSize" IS NULL) = ("phoneWidth" IS NULL)
    AND ("phoneWidth" IS NULL) = ("phoneHeight" IS NULL)),
  CONSTRAINT "Attachment_access" CHECK ("access" <> '')
);
CREATE UNIQUE INDEX "Attachment_tenantId_id_key" ON "Attachment"("tenantId", "id");
CREATE INDEX "Attachment_tenantId_ownerModule_ownerKind_ownerId_idx" ON "Attachment"("tenantId", "ownerModule", "ownerKind", "ownerId");
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Parts of at most 512 KiB, so serving streams a file part by part instead of loading it whole.
CREATE TABLE "AttachmentContent" (
  "tenantId" UUID NOT NULL,
  "attachmentId" UUID NOT NULL,
  "variant" "AttachmentVariant" NOT NULL,
  "part" INTEGER NOT NULL,
  "data" BYTEA NOT NULL,
  CONSTRAINT "AttachmentContent_pkey" PRIMARY KEY ("tenantId", "attachmentId", "variant", "part"),
  CONSTRAINT "AttachmentContent_part" CHECK ("part" >= 0)
);
-- Photos, PDFs and .docx files are compressed already: store them out of line without trying again.
ALTER TABLE "AttachmentContent" ALTER COLUMN "data" SET STORAGE EXTERNAL;
ALTER TABLE "AttachmentContent" ADD CONSTRAINT "AttachmentContent_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "AttachmentContent" ADD CONSTRAINT "AttachmentContent_attachmentId_fkey" FOREIGN KEY ("tenantId", "attachmentId") REFERENCES "Attachment"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A draft version read from an uploaded file keeps that file: the console offers the original for download.
ALTER TABLE "DraftVersion" ADD COLUMN "sourceAttachmentId" UUID;
ALTER TABLE "DraftVersion" ADD CONSTRAINT "DraftVersion_sourceAttachmentId_fkey" FOREIGN KEY ("tenantId", "sourceAttachmentId") REFERENCES "Attachment"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
