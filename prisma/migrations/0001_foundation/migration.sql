-- Foundation: tenants, reference data, identity, roles, audit.

CREATE TYPE "AreaLevel" AS ENUM ('DISTRICT', 'STREET', 'COMMUNITY');
CREATE TYPE "UnitKind" AS ENUM ('GOVERNMENT', 'COURT', 'PROCURATORATE', 'SUPERVISORY');
CREATE TYPE "Role" AS ENUM ('admin', 'legislative', 'committee', 'deputyAffairs', 'leader', 'station', 'contactPoint', 'unit', 'deputy');
CREATE TYPE "ActorKind" AS ENUM ('USER', 'PLATFORM', 'SYSTEM', 'ANONYMOUS');

CREATE TABLE "Tenant" (
  "id"        UUID NOT NULL DEFAULT gen_random_uuid(),
  "slug"      TEXT NOT NULL,
  "shortName" TEXT NOT NULL,
  "fullName"  TEXT NOT NULL,
  "province"  TEXT NOT NULL,
  "intro"     TEXT NOT NULL DEFAULT '',
  "settings"  JSONB NOT NULL DEFAULT '{}',
  "active"    BOOLEAN NOT NULL DEFAULT true,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "Tenant_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "Tenant_slug_format" CHECK ("slug" ~ '^[a-z][a-z0-9-]{1,39}$')
);
CREATE UNIQUE INDEX "Tenant_slug_key" ON "Tenant"("slug");

CREATE TABLE "Area" (
  "id"        UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId"  UUID NOT NULL,
  "parentId"  UUID,
  "level"     "AreaLevel" NOT NULL,
  "name"      TEXT NOT NULL,
  "sortOrder" INTEGER NOT NULL DEFAULT 0,
  CONSTRAINT "Area_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Area_tenantId_id_key" ON "Area"("tenantId", "id");
CREATE INDEX "Area_tenantId_parentId_sortOrder_idx" ON "Area"("tenantId", "parentId", "sortOrder");
ALTER TABLE "Area" ADD CONSTRAINT "Area_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Area" ADD CONSTRAINT "Area_tenantId_parentId_fkey" FOREIGN KEY ("tenantId", "parentId") REFERENCES "Area"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "Committee" (
  "id"        UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId"  UUID NOT NULL,
  "code"      TEXT NOT NULL,
  "name"      TEXT NOT NULL,
  "shortName" TEXT NOT NULL,
  "sortOrder" INTEGER NOT NULL DEFAULT 0,
  "active"    BOOLEAN NOT NULL DEFAULT true,
  CONSTRAINT "Committee_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Committee_tenantId_id_key" ON "Committee"("tenantId", "id");
CREATE UNIQUE INDEX "Committee_tenantId_code_key" ON "Committee"("tenantId", "code");
ALTER TABLE "Committee" ADD CONSTRAINT "Committee_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "Unit" (
  "id"        UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId"  UUID NOT NULL,
  "code"      TEXT NOT NULL,
  "name"      TEXT NOT NULL,
  "kind"      "UnitKind" NOT NULL,
  "sortOrder" INTEGER NOT NULL DEFAULT 0,
  "active"    BOOLEAN NOT NULL DEFAULT true,
  CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Unit_tenantId_id_key" ON "Unit"("tenantId", "id");
CREATE UNIQUE INDEX "Unit_tenantId_code_key" ON "Unit"("tenantId", "code");
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "User" (
  "id"                UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId"          UUID NOT NULL,
  "username"          TEXT NOT NULL,
  "passwordHash"      TEXT NOT NULL,
  "displayName"       TEXT NOT NULL,
  "phone"             TEXT,
  "active"            BOOLEAN NOT NULL DEFAULT true,
  "failedLoginCount"  INTEGER NOT NULL DEFAULT 0,
  "lockedUntil"       TIMESTAMPTZ(3),
  "lastLoginAt"       TIMESTAMPTZ(3),
  "passwordChangedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "createdAt"         TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updatedAt"         TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "User_tenantId_id_key" ON "User"("tenantId", "id");
CREATE UNIQUE INDEX "User_tenantId_username_key" ON "User"("tenantId", "username");
ALTER TABLE "User" ADD CONSTRAINT "User_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "RoleAssignment" (
  "id"        UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId"  UUID NOT NULL,
  "userId"    UUID NOT NULL,
  "role"      "Role" NOT NULL,
  "scopeId"   UUID,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "RoleAssignment_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "RoleAssignment_tenantId_id_key" ON "RoleAssignment"("tenantId", "id");
CREATE INDEX "RoleAssignment_tenantId_userId_idx" ON "RoleAssignment"("tenantId", "userId");
CREATE INDEX "RoleAssignment_tenantId_role_scopeId_idx" ON "RoleAssignment"("tenantId", "role", "scopeId");
-- A user holds a role with a given scope once (NULL scopes compare equal here).
CREATE UNIQUE INDEX "RoleAssignment_one_per_scope" ON "RoleAssignment"("tenantId", "userId", "role", COALESCE("scopeId", '00000000-0000-0000-0000-000000000000'::uuid));
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_tenantId_userId_fkey" FOREIGN KEY ("tenantId", "userId") REFERENCES "User"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "PlatformOperator" (
  "id"               UUID NOT NULL DEFAULT gen_random_uuid(),
  "username"         TEXT NOT NULL,
  "passwordHash"     TEXT NOT NULL,
  "displayName"      TEXT NOT NULL,
  "active"           BOOLEAN NOT NULL DEFAULT true,
  "failedLoginCount" INTEGER NOT NULL DEFAULT 0,
  "lockedUntil"      TIMESTAMPTZ(3),
  "lastLoginAt"      TIMESTAMPTZ(3),
  "createdAt"        TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "PlatformOperator_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "PlatformOperator_username_key" ON "PlatformOperator"("username");

CREATE TABLE "AuditEvent" (
  "id"         BIGSERIAL NOT NULL,
  "tenantId"   UUID NOT NULL,
  "actorKind"  "ActorKind" NOT NULL,
  "actorId"    UUID,
  "actorName"  TEXT,
  "action"     TEXT NOT NULL,
  "entityType" TEXT NOT NULL,
  "entityId"   TEXT,
  "before"     JSONB,
  "after"      JSONB,
  "requestId"  TEXT,
  "ip"         TEXT,
  "createdAt"  TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "AuditEvent_tenantId_createdAt_idx" ON "AuditEvent"("tenantId", "createdAt" DESC);
CREATE INDEX "AuditEvent_tenantId_entityType_entityId_idx" ON "AuditEvent"("tenantId", "entityType", "entityId");
CREATE INDEX "AuditEvent_tenantId_action_createdAt_idx" ON "AuditEvent"("tenantId", "action", "createdAt" DESC);
CREATE INDEX "AuditEvent_tenantId_actorId_createdAt_idx" ON "AuditEvent"("tenantId", "actorId", "createdAt" DESC);
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The audit log is append-only: nothing, not even the application's own role, may rewrite history.
CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER "AuditEvent_no_update_delete" BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();
CREATE TRIGGER "AuditEvent_no_truncate" BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();
