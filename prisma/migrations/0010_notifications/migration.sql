-- Notifications (lib/modules/notifications): one row per recipient, shown in the console's bell and list and,
-- when SMTP is configured, e-mailed. The text is a message key with its values, so each reader sees it in their
-- own language. "dedupeKey" is the idempotency key of whatever raised it (a reminder's "object:deadline:level"):
-- the same key never reaches the same user twice, however often a job is retried. Users get an optional e-mail
-- address for it.

ALTER TABLE "User" ADD COLUMN "email" TEXT;

CREATE TABLE "Notification" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL,
  "userId" UUID NOT NULL,
  "kind" TEXT NOT NULL,
  "messageKey" TEXT NOT NULL,
  "values" JSONB NOT NULL DEFAULT '{}',
  "href" TEXT NOT NULL,
  "dedupeKey" TEXT NOT NULL,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "readAt" TIMESTAMPTZ(3),
  "emailedAt" TIMESTAMPTZ(3),
  "emailError" TEXT,
  CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Notification_tenantId_id_key" ON "Notification"("tenantId", "id");
CREATE UNIQUE INDEX "Notification_tenantId_dedupeKey_userId_key" ON "Notification"("tenantId", "dedupeKey", "userId");
-- The list (newest first) and the bell's unread count.
CREATE INDEX "Notification_tenantId_userId_createdAt_idx" ON "Notification"("tenantId", "userId", "createdAt" DESC, "id" DESC);
CREATE INDEX "Notification_unread_idx" ON "Notification"("tenantId", "userId") WHERE "readAt" IS NULL;

ALTER TABLE "Notification" ADD CONSTRAINT "Notification_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("tenantId", "userId") REFERENCES "User"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
