-- Deputies' suggestions and motions (lib/modules/suggestions): 议案 and 建议, their co-signers, the congress
-- sessions they are made at, their assignment to units (交办) and letters, replies, 三见面 contacts, 约见 meetings
-- and their timeline.

CREATE TYPE "SuggestionKind" AS ENUM ('MOTION', 'SUGGESTION');
CREATE TYPE "SuggestionTiming" AS ENUM ('SESSION', 'RECESS');
CREATE TYPE "SuggestionStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'REVISING', 'REVIEWED', 'ASSIGNED', 'HANDBACK_REQUESTED', 'REPLIED', 'IN_PLAN', 'CLOSED', 'MERGED', 'WITHDRAWN');
CREATE TYPE "SignerRole" AS ENUM ('LEAD', 'COSIGNER');
CREATE TYPE "AssignmentRole" AS ENUM ('LEAD', 'ASSIST');
CREATE TYPE "ReplyCategory" AS ENUM ('A', 'B', 'C');
CREATE TYPE "ReplyKind" AS ENUM ('FIRST', 'REHANDLE', 'FOLLOW_UP');
CREATE TYPE "Satisfaction" AS ENUM ('SATISFIED', 'BASIC', 'UNSATISFIED');
CREATE TYPE "ContactStage" AS ENUM ('BEFORE', 'DURING', 'AFTER');

CREATE TABLE "CongressSession" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL REFERENCES "Tenant" ("id"),
  "term" TEXT NOT NULL,
  "number" INTEGER NOT NULL,
  "name" TEXT NOT NULL,
  "year" INTEGER NOT NULL,
  "opensOn" DATE NOT NULL,
  "closesOn" DATE NOT NULL,
  "deadlineOn" DATE NOT NULL,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "CongressSession_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "CongressSession_dates" CHECK ("opensOn" <= "closesOn" AND "opensOn" <= "deadlineOn")
);
CREATE UNIQUE INDEX "CongressSession_tenantId_id_key" ON "CongressSession"("tenantId", "id");
CREATE UNIQUE INDEX "CongressSession_tenantId_term_number_key" ON "CongressSession"("tenantId", "term", "number");
CREATE INDEX "CongressSession_tenantId_year_idx" ON "CongressSession"("tenantId", "year");

CREATE TABLE "Suggestion" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL REFERENCES "Tenant" ("id"),
  "kind" "SuggestionKind" NOT NULL,
  "timing" "SuggestionTiming" NOT NULL,
  "sessionId" UUID,
  "year" INTEGER NOT NULL,
  "number" INTEGER,
  "title" TEXT NOT NULL,
  "body" TEXT NOT NULL,
  "category" TEXT NOT NULL,
  "leadDeputyId" UUID NOT NULL,
  "delegation" TEXT NOT NULL DEFAULT '',
  "status" "SuggestionStatus" NOT NULL DEFAULT 'DRAFT',
  "createdById" UUID,
  "onBehalf" BOOLEAN NOT NULL DEFAULT false,
  "submittedAt" TIMESTAMPTZ(3),
  "reason" TEXT,
  "convertedAt" TIMESTAMPTZ(3),
  "mergedIntoId" UUID,
  "acceptedAt" TIMESTAMPTZ(3),
  "isKey" BOOLEAN NOT NULL DEFAULT false,
  "supervisingLeaderId" UUID,
  "pushingCommitteeId" UUID,
  "leadUnitId" UUID,
  "assignedAt" TIMESTAMPTZ(3),
  "dueOn" DATE,
  "replyCategory" "ReplyCategory",
  "firstRepliedAt" TIMESTAMPTZ(3),
  "repliedOnTime" BOOLEAN,
  "promisedOn" DATE,
  "followUpDoneAt" TIMESTAMPTZ(3),
  "satisfaction" "Satisfaction",
  "ratedAt" TIMESTAMPTZ(3),
  "rehandleCount" INTEGER NOT NULL DEFAULT 0,
  "rehandleAllowance" INTEGER NOT NULL DEFAULT 1,
  "closedAt" TIMESTAMPTZ(3),
  "publishedAt" TIMESTAMPTZ(3),
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "Suggestion_pkey" PRIMARY KEY ("id"),
  -- At a session it names the session; an assigned one has its lead unit and deadline; a merged one its target;
  -- a B reply its promised day.
  CONSTRAINT "Suggestion_session" CHECK (("timing" = 'SESSION') = ("sessionId" IS NOT NULL)),
  CONSTRAINT "Suggestion_assigned" CHECK ("status" NOT IN ('ASSIGNED', 'HANDBACK_REQUESTED', 'REPLIED', 'IN_PLAN') OR ("leadUnitId" IS NOT NULL AND "dueOn" IS NOT NULL)),
  CONSTRAINT "Suggestion_merged" CHECK (("status" = 'MERGED') = ("mergedIntoId" IS NOT NULL)),
  CONSTRAINT "Suggestion_inPlan" CHECK ("status" <> 'IN_PLAN' OR "promisedOn" IS NOT NULL),
  CONSTRAINT "Suggestion_rehandle" CHECK ("rehandleCount" >= 0 AND "rehandleAllowance" >= 0)
);
CREATE UNIQUE INDEX "Suggestion_tenantId_id_key" ON "Suggestion"("tenantId", "id");
CREATE UNIQUE INDEX "Suggestion_tenantId_year_kind_number_key" ON "Suggestion"("tenantId", "year", "kind", "number");
CREATE INDEX "Suggestion_tenantId_status_createdAt_idx" ON "Suggestion"("tenantId", "status", "createdAt" DESC);
CREATE INDEX "Suggestion_tenantId_year_status_idx" ON "Suggestion"("tenantId", "year", "status");
CREATE INDEX "Suggestion_tenantId_leadDeputyId_createdAt_idx" ON "Suggestion"("tenantId", "leadDeputyId", "createdAt" DESC);
CREATE INDEX "Suggestion_tenantId_leadUnitId_status_dueOn_idx" ON "Suggestion"("tenantId", "leadUnitId", "status", "dueOn");
CREATE INDEX "Suggestion_tenantId_sessionId_idx" ON "Suggestion"("tenantId", "sessionId");
CREATE INDEX "Suggestion_tenantId_mergedIntoId_idx" ON "Suggestion"("tenantId", "mergedIntoId");
-- The reminder jobs scan only running clocks and open B promises.
CREATE INDEX "Suggestion_open_due_idx" ON "Suggestion"("tenantId", "dueOn") WHERE "status" IN ('ASSIGNED', 'HANDBACK_REQUESTED');
CREATE INDEX "Suggestion_in_plan_idx" ON "Suggestion"("tenantId", "promisedOn") WHERE "status" = 'IN_PLAN';
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_session_fkey"
  FOREIGN KEY ("tenantId", "sessionId") REFERENCES "CongressSession" ("tenantId", "id");
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_leadDeputy_fkey"
  FOREIGN KEY ("tenantId", "leadDeputyId") REFERENCES "Deputy" ("tenantId", "id");
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_createdBy_fkey"
  FOREIGN KEY ("tenantId", "createdById") REFERENCES "User" ("tenantId", "id") ON DELETE SET NULL ("createdById");
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_mergedInto_fkey"
  FOREIGN KEY ("tenantId", "mergedIntoId") REFERENCES "Suggestion" ("tenantId", "id");
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_leader_fkey"
  FOREIGN KEY ("tenantId", "supervisingLeaderId") REFERENCES "User" ("tenantId", "id") ON DELETE SET NULL ("supervisingLeaderId");
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_committee_fkey"
  FOREIGN KEY ("tenantId", "pushingCommitteeId") REFERENCES "Committee" ("tenantId", "id");
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_leadUnit_fkey"
  FOREIGN KEY ("tenantId", "leadUnitId") REFERENCES "Unit" ("tenantId", "id");

CREATE TABLE "SuggestionSigner" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL REFERENCES "Tenant" ("id"),
  "suggestionId" UUID NOT NULL,
  "deputyId" UUID NOT NULL,
  "role" "SignerRole" NOT NULL,
  "invitedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "confirmedAt" TIMESTAMPTZ(3),
  "declinedAt" TIMESTAMPTZ(3),
  "creditedFromId" UUID,
  CONSTRAINT "SuggestionSigner_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "SuggestionSigner_answer" CHECK ("confirmedAt" IS NULL OR "declinedAt" IS NULL)
);
CREATE UNIQUE INDEX "SuggestionSigner_tenantId_id_key" ON "SuggestionSigner"("tenantId", "id");
CREATE UNIQUE INDEX "SuggestionSigner_tenantId_suggestionId_deputyId_key" ON "SuggestionSigner"("tenantId", "suggestionId", "deputyId");
CREATE INDEX "SuggestionSigner_tenantId_deputyId_idx" ON "SuggestionSigner"("tenantId", "deputyId");
-- One lead deputy per suggestion.
CREATE UNIQUE INDEX "SuggestionSigner_one_lead" ON "SuggestionSigner"("tenantId", "suggestionId") WHERE "role" = 'LEAD';
ALTER TABLE "SuggestionSigner" ADD CONSTRAINT "SuggestionSigner_suggestion_fkey"
  FOREIGN KEY ("tenantId", "suggestionId") REFERENCES "Suggestion" ("tenantId", "id") ON DELETE CASCADE;
ALTER TABLE "SuggestionSigner" ADD CONSTRAINT "SuggestionSigner_deputy_fkey"
  FOREIGN KEY ("tenantId", "deputyId") REFERENCES "Deputy" ("tenantId", "id");
ALTER TABLE "SuggestionSigner" ADD CONSTRAINT "SuggestionSigner_creditedFrom_fkey"
  FOREIGN KEY ("tenantId", "creditedFromId") REFERENCES "Suggestion" ("tenantId", "id");

CREATE TABLE "SuggestionLetter" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL REFERENCES "Tenant" ("id"),
  "year" INTEGER NOT NULL,
  "number" INTEGER NOT NULL,
  "unitId" UUID NOT NULL,
  "suggestionIds" UUID[] NOT NULL,
  "issuedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "issuedById" UUID,
  CONSTRAINT "SuggestionLetter_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "SuggestionLetter_tenantId_id_key" ON "SuggestionLetter"("tenantId", "id");
CREATE UNIQUE INDEX "SuggestionLetter_tenantId_year_number_key" ON "SuggestionLetter"("tenantId", "year", "number");
CREATE INDEX "SuggestionLetter_tenantId_unitId_issuedAt_idx" ON "SuggestionLetter"("tenantId", "unitId", "issuedAt");
ALTER TABLE "SuggestionLetter" ADD CONSTRAINT "SuggestionLetter_unit_fkey"
  FOREIGN KEY ("tenantId", "unitId") REFERENCES "Unit" ("tenantId", "id");
ALTER TABLE "SuggestionLetter" ADD CONSTRAINT "SuggestionLetter_issuedBy_fkey"
  FOREIGN KEY ("tenantId", "issuedById") REFERENCES "User" ("tenantId", "id") ON DELETE SET NULL ("issuedById");

CREATE TABLE "SuggestionAssignment" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL REFERENCES "Tenant" ("id"),
  "suggestionId" UUID NOT NULL,
  "unitId" UUID NOT NULL,
  "role" "AssignmentRole" NOT NULL,
  "round" INTEGER NOT NULL DEFAULT 1,
  "assignedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "dueOn" DATE NOT NULL,
  "active" BOOLEAN NOT NULL DEFAULT true,
  "endedAt" TIMESTAMPTZ(3),
  "handbackRequestedAt" TIMESTAMPTZ(3),
  "handbackReason" TEXT,
  "viewDueOn" DATE,
  "viewBody" TEXT,
  "viewAt" TIMESTAMPTZ(3),
  "viewById" UUID,
  "viewAttachmentId" UUID,
  "letterId" UUID,
  CONSTRAINT "SuggestionAssignment_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "SuggestionAssignment_tenantId_id_key" ON "SuggestionAssignment"("tenantId", "id");
CREATE UNIQUE INDEX "SuggestionAssignment_tenantId_suggestionId_unitId_round_key" ON "SuggestionAssignment"("tenantId", "suggestionId", "unitId", "round");
CREATE INDEX "SuggestionAssignment_tenantId_unitId_active_dueOn_idx" ON "SuggestionAssignment"("tenantId", "unitId", "active", "dueOn");
CREATE INDEX "SuggestionAssignment_tenantId_suggestionId_active_idx" ON "SuggestionAssignment"("tenantId", "suggestionId", "active");
-- One active lead unit per suggestion.
CREATE UNIQUE INDEX "SuggestionAssignment_one_lead" ON "SuggestionAssignment"("tenantId", "suggestionId") WHERE "role" = 'LEAD' AND "active";
ALTER TABLE "SuggestionAssignment" ADD CONSTRAINT "SuggestionAssignment_suggestion_fkey"
  FOREIGN KEY ("tenantId", "suggestionId") REFERENCES "Suggestion" ("tenantId", "id") ON DELETE CASCADE;
ALTER TABLE "SuggestionAssignment" ADD CONSTRAINT "SuggestionAssignment_unit_fkey"
  FOREIGN KEY ("tenantId", "unitId") REFERENCES "Unit" ("tenantId", "id");
ALTER TABLE "SuggestionAssignment" ADD CONSTRAINT "SuggestionAssignment_letter_fkey"
  FOREIGN KEY ("tenantId", "letterId") REFERENCES "SuggestionLetter" ("tenantId", "id") ON DELETE SET NULL ("letterId");
ALTER TABLE "SuggestionAssignment" ADD CONSTRAINT "SuggestionAssignment_viewBy_fkey"
  FOREIGN KEY ("tenantId", "viewById") REFERENCES "User" ("tenantId", "id") ON DELETE SET NULL ("viewById");

CREATE TABLE "SuggestionReply" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL REFERENCES "Tenant" ("id"),
  "suggestionId" UUID NOT NULL,
  "unitId" UUID NOT NULL,
  "authorId" UUID,
  "kind" "ReplyKind" NOT NULL,
  "category" "ReplyCategory" NOT NULL,
  "body" TEXT NOT NULL,
  "reason" TEXT,
  "promisedOn" DATE,
  "letterAttachmentId" UUID,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "satisfaction" "Satisfaction",
  "satisfactionComment" TEXT,
  "ratedAt" TIMESTAMPTZ(3),
  "ratedById" UUID,
  CONSTRAINT "SuggestionReply_pkey" PRIMARY KEY ("id"),
  -- B promises a day; C gives its reason.
  CONSTRAINT "SuggestionReply_b" CHECK ("category" <> 'B' OR "promisedOn" IS NOT NULL),
  CONSTRAINT "SuggestionReply_c" CHECK ("category" <> 'C' OR "reason" IS NOT NULL)
);
CREATE UNIQUE INDEX "SuggestionReply_tenantId_id_key" ON "SuggestionReply"("tenantId", "id");
CREATE INDEX "SuggestionReply_tenantId_suggestionId_createdAt_idx" ON "SuggestionReply"("tenantId", "suggestionId", "createdAt");
ALTER TABLE "SuggestionReply" ADD CONSTRAINT "SuggestionReply_suggestion_fkey"
  FOREIGN KEY ("tenantId", "suggestionId") REFERENCES "Suggestion" ("tenantId", "id") ON DELETE CASCADE;
ALTER TABLE "SuggestionReply" ADD CONSTRAINT "SuggestionReply_unit_fkey"
  FOREIGN KEY ("tenantId", "unitId") REFERENCES "Unit" ("tenantId", "id");
ALTER TABLE "SuggestionReply" ADD CONSTRAINT "SuggestionReply_author_fkey"
  FOREIGN KEY ("tenantId", "authorId") REFERENCES "User" ("tenantId", "id") ON DELETE SET NULL ("authorId");

CREATE TABLE "SuggestionContact" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL REFERENCES "Tenant" ("id"),
  "suggestionId" UUID NOT NULL,
  "unitId" UUID NOT NULL,
  "stage" "ContactStage" NOT NULL,
  "on" DATE NOT NULL,
  "way" TEXT NOT NULL,
  "content" TEXT NOT NULL,
  "authorId" UUID,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "SuggestionContact_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "SuggestionContact_tenantId_id_key" ON "SuggestionContact"("tenantId", "id");
CREATE INDEX "SuggestionContact_tenantId_suggestionId_on_idx" ON "SuggestionContact"("tenantId", "suggestionId", "on");
ALTER TABLE "SuggestionContact" ADD CONSTRAINT "SuggestionContact_suggestion_fkey"
  FOREIGN KEY ("tenantId", "suggestionId") REFERENCES "Suggestion" ("tenantId", "id") ON DELETE CASCADE;
ALTER TABLE "SuggestionContact" ADD CONSTRAINT "SuggestionContact_unit_fkey"
  FOREIGN KEY ("tenantId", "unitId") REFERENCES "Unit" ("tenantId", "id");
ALTER TABLE "SuggestionContact" ADD CONSTRAINT "SuggestionContact_author_fkey"
  FOREIGN KEY ("tenantId", "authorId") REFERENCES "User" ("tenantId", "id") ON DELETE SET NULL ("authorId");

CREATE TABLE "SuggestionMeeting" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL REFERENCES "Tenant" ("id"),
  "suggestionId" UUID NOT NULL,
  "leaderId" UUID NOT NULL,
  "on" DATE NOT NULL,
  "place" TEXT NOT NULL DEFAULT '',
  "participants" TEXT NOT NULL DEFAULT '',
  "content" TEXT NOT NULL,
  "authorId" UUID,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "SuggestionMeeting_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "SuggestionMeeting_tenantId_id_key" ON "SuggestionMeeting"("tenantId", "id");
CREATE INDEX "SuggestionMeeting_tenantId_suggestionId_on_idx" ON "SuggestionMeeting"("tenantId", "suggestionId", "on");
ALTER TABLE "SuggestionMeeting" ADD CONSTRAINT "SuggestionMeeting_suggestion_fkey"
  FOREIGN KEY ("tenantId", "suggestionId") REFERENCES "Suggestion" ("tenantId", "id") ON DELETE CASCADE;
ALTER TABLE "SuggestionMeeting" ADD CONSTRAINT "SuggestionMeeting_leader_fkey"
  FOREIGN KEY ("tenantId", "leaderId") REFERENCES "User" ("tenantId", "id");

CREATE TABLE "SuggestionEvent" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL REFERENCES "Tenant" ("id"),
  "suggestionId" UUID NOT NULL,
  "kind" TEXT NOT NULL,
  "fromStatus" "SuggestionStatus",
  "toStatus" "SuggestionStatus" NOT NULL,
  "actorId" UUID,
  "unitId" UUID,
  "note" TEXT NOT NULL DEFAULT '',
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "SuggestionEvent_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "SuggestionEvent_tenantId_id_key" ON "SuggestionEvent"("tenantId", "id");
CREATE INDEX "SuggestionEvent_tenantId_suggestionId_createdAt_idx" ON "SuggestionEvent"("tenantId", "suggestionId", "createdAt");
ALTER TABLE "SuggestionEvent" ADD CONSTRAINT "SuggestionEvent_suggestion_fkey"
  FOREIGN KEY ("tenantId", "suggestionId") REFERENCES "Suggestion" ("tenantId", "id") ON DELETE CASCADE;
ALTER TABLE "SuggestionEvent" ADD CONSTRAINT "SuggestionEvent_actor_fkey"
  FOREIGN KEY ("tenantId", "actorId") REFERENCES "User" ("tenantId", "id") ON DELETE SET NULL ("actorId");
ALTER TABLE "SuggestionEvent" ADD CONSTRAINT "SuggestionEvent_unit_fkey"
  FOREIGN KEY ("tenantId", "unitId") REFERENCES "Unit" ("tenantId", "id");
