-- Oversight, special inquiries, votes and filing review (lib/modules/oversight, lib/modules/votes,
-- lib/modules/filings): the annual oversight plan and its activities with participants, points, problems, unit
-- reports, rectification tasks and the 回头看; a special inquiry's research, respondents and live-recorded
-- questions; livelihood projects; polls (anonymous ones keep voters and counts apart, never a ballot) and named
-- ballots; normative documents filed for review. RegulationEvent gains the named vote whose tally it records.

CREATE TYPE "OversightKind" AS ENUM ('WORK_REPORT', 'LAW_INSPECTION', 'INSPECTION_VISIT', 'RESEARCH', 'APPRAISAL', 'SPECIAL_INQUIRY');
CREATE TYPE "OversightStatus" AS ENUM ('PLANNED', 'UNDERWAY', 'REPORTED', 'OPINIONS_SENT', 'RECTIFYING', 'REVIEWING', 'DONE', 'CANCELLED');
CREATE TYPE "ParticipantKind" AS ENUM ('MEMBER', 'DEPUTY');
CREATE TYPE "ProblemSeverity" AS ENUM ('MINOR', 'MODERATE', 'SERIOUS');
CREATE TYPE "InquiryStatus" AS ENUM ('RESEARCH', 'SESSION', 'VOTING', 'RECTIFYING', 'REVIEW', 'CLOSED');
CREATE TYPE "RectificationStatus" AS ENUM ('OPEN', 'SUBMITTED', 'ACCEPTED', 'RETURNED', 'REOPENED');
CREATE TYPE "ProjectStatus" AS ENUM ('CANDIDATE', 'CHOSEN', 'NOT_CHOSEN', 'UNDERWAY', 'DONE');

CREATE TABLE "OversightPlan" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL REFERENCES "Tenant" ("id"),
  "year" INTEGER NOT NULL,
  "title" TEXT NOT NULL,
  "note" TEXT NOT NULL DEFAULT '',
  "publishedAt" TIMESTAMPTZ(3),
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "OversightPlan_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "OversightPlan_tenantId_id_key" ON "OversightPlan"("tenantId", "id");
CREATE UNIQUE INDEX "OversightPlan_tenantId_year_key" ON "OversightPlan"("tenantId", "year");

CREATE TABLE "OversightActivity" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL REFERENCES "Tenant" ("id"),
  "planId" UUID,
  "year" INTEGER NOT NULL,
  "kind" "OversightKind" NOT NULL,
  "title" TEXT NOT NULL,
  "summary" TEXT NOT NULL DEFAULT '',
  "committeeId" UUID,
  "lawName" TEXT,
  "regulationId" UUID,
  "plannedQuarter" INTEGER,
  "startOn" DATE,
  "endOn" DATE,
  "status" "OversightStatus" NOT NULL DEFAULT 'PLANNED',
  "statusChangedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "meeting" TEXT NOT NULL DEFAULT '',
  "reportedOn" DATE,
  "reportBody" TEXT NOT NULL DEFAULT '',
  "reportAttachmentId" UUID,
  "opinionsBody" TEXT NOT NULL DEFAULT '',
  "opinionsSentOn" DATE,
  "reportBackWorkingDays" INTEGER,
  "published" BOOLEAN NOT NULL DEFAULT false,
  "createdById" UUID,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "OversightActivity_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "OversightActivity_tenantId_id_key" ON "OversightActivity"("tenantId", "id");
CREATE INDEX "OversightActivity_tenantId_year_kind_idx" ON "OversightActivity"("tenantId", "year", "kind");
CREATE INDEX "OversightActivity_tenantId_planId_idx" ON "OversightActivity"("tenantId", "planId");
CREATE INDEX "OversightActivity_tenantId_regulationId_idx" ON "OversightActivity"("tenantId", "regulationId");

CREATE TABLE "OversightEvent" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL REFERENCES "Tenant" ("id"),
  "activityId" UUID NOT NULL,
  "fromStatus" "OversightStatus",
  "toStatus" "OversightStatus" NOT NULL,
  "note" TEXT NOT NULL DEFAULT '',
  "actorId" UUID,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "OversightEvent_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "OversightEvent_tenantId_id_key" ON "OversightEvent"("tenantId", "id");
CREATE INDEX "OversightEvent_tenantId_activityId_createdAt_idx" ON "OversightEvent"("tenantId", "activityId", "createdAt");

CREATE TABLE "OversightParticipant" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL REFERENCES "Tenant" ("id"),
  "activityId" UUID NOT NULL,
  "kind" "ParticipantKind" NOT NULL,
  "userId" UUID,
  "deputyId" UUID,
  "role" TEXT NOT NULL DEFAULT '',
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "OversightParticipant_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "OversightParticipant_tenantId_id_key" ON "OversightParticipant"("tenantId", "id");
CREATE UNIQUE INDEX "OversightParticipant_tenantId_activityId_userId_key" ON "OversightParticipant"("tenantId", "activityId", "userId");
CREATE UNIQUE INDEX "OversightParticipant_tenantId_activityId_deputyId_key" ON "OversightParticipant"("tenantId", "activityId", "deputyId");
CREATE INDEX "OversightParticipant_tenantId_deputyId_idx" ON "OversightParticipant"("tenantId", "deputyId");

CREATE TABLE "OversightPoint" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL REFERENCES "Tenant" ("id"),
  "activityId" UUID NOT NULL,
  "place" TEXT NOT NULL,
  "visitedOn" DATE NOT NULL,
  "visitors" TEXT NOT NULL DEFAULT '',
  "note" TEXT NOT NULL DEFAULT '',
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "OversightPoint_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "OversightPoint_tenantId_id_key" ON "OversightPoint"("tenantId", "id");
CREATE INDEX "OversightPoint_tenantId_activityId_visitedOn_idx" ON "OversightPoint"("tenantId", "activityId", "visitedOn");

CREATE TABLE "OversightProblem" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL REFERENCES "Tenant" ("id"),
  "activityId" UUID NOT NULL,
  "pointId" UUID,
  "seq" INTEGER NOT NULL,
  "description" TEXT NOT NULL,
  "category" TEXT NOT NULL,
  "severity" "ProblemSeverity" NOT NULL DEFAULT 'MODERATE',
  "photoAttachmentId" UUID,
  "unitId" UUID,
  "createdById" UUID,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "OversightProblem_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "OversightProblem_tenantId_id_key" ON "OversightProblem"("tenantId", "id");
CREATE UNIQUE INDEX "OversightProblem_tenantId_activityId_seq_key" ON "OversightProblem"("tenantId", "activityId", "seq");
CREATE INDEX "OversightProblem_tenantId_pointId_idx" ON "OversightProblem"("tenantId", "pointId");

CREATE TABLE "OversightUnitReport" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL REFERENCES "Tenant" ("id"),
  "activityId" UUID NOT NULL,
  "unitId" UUID NOT NULL,
  "sentOn" DATE NOT NULL,
  "dueOn" DATE NOT NULL,
  "body" TEXT,
  "attachmentId" UUID,
  "reportedAt" TIMESTAMPTZ(3),
  "reportedById" UUID,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "OversightUnitReport_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "OversightUnitReport_tenantId_id_key" ON "OversightUnitReport"("tenantId", "id");
CREATE UNIQUE INDEX "OversightUnitReport_tenantId_activityId_unitId_key" ON "OversightUnitReport"("tenantId", "activityId", "unitId");
CREATE INDEX "OversightUnitReport_tenantId_unitId_reportedAt_dueOn_idx" ON "OversightUnitReport"("tenantId", "unitId", "reportedAt", "dueOn");

CREATE TABLE "OversightReview" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL REFERENCES "Tenant" ("id"),
  "activityId" UUID NOT NULL,
  "reviewedOn" DATE NOT NULL,
  "note" TEXT NOT NULL DEFAULT '',
  "createdById" UUID,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "OversightReview_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "OversightReview_tenantId_id_key" ON "OversightReview"("tenantId", "id");
CREATE INDEX "OversightReview_tenantId_activityId_reviewedOn_idx" ON "OversightReview"("tenantId", "activityId", "reviewedOn");

CREATE TABLE "Inquiry" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL REFERENCES "Tenant" ("id"),
  "activityId" UUID NOT NULL,
  "reasons" TEXT NOT NULL DEFAULT '',
  "questionnaires" INTEGER NOT NULL DEFAULT 0,
  "questionnaireResponses" INTEGER NOT NULL DEFAULT 0,
  "forums" INTEGER NOT NULL DEFAULT 0,
  "visits" INTEGER NOT NULL DEFAULT 0,
  "researchNote" TEXT NOT NULL DEFAULT '',
  "sessionOn" DATE,
  "sessionPlace" TEXT NOT NULL DEFAULT '',
  "sessionOpenedAt" TIMESTAMPTZ(3),
  "sessionClosedAt" TIMESTAMPTZ(3),
  "status" "InquiryStatus" NOT NULL DEFAULT 'RESEARCH',
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "Inquiry_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Inquiry_tenantId_id_key" ON "Inquiry"("tenantId", "id");
CREATE UNIQUE INDEX "Inquiry_tenantId_activityId_key" ON "Inquiry"("tenantId", "activityId");

CREATE TABLE "InquiryRespondent" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL REFERENCES "Tenant" ("id"),
  "inquiryId" UUID NOT NULL,
  "unitId" UUID NOT NULL,
  "officials" TEXT NOT NULL DEFAULT '',
  "sortOrder" INTEGER NOT NULL DEFAULT 0,
  CONSTRAINT "InquiryRespondent_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "InquiryRespondent_tenantId_id_key" ON "InquiryRespondent"("tenantId", "id");
CREATE UNIQUE INDEX "InquiryRespondent_tenantId_inquiryId_unitId_key" ON "InquiryRespondent"("tenantId", "inquiryId", "unitId");

CREATE TABLE "InquiryQuestion" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL REFERENCES "Tenant" ("id"),
  "inquiryId" UUID NOT NULL,
  "clientKey" UUID NOT NULL,
  "seq" INTEGER NOT NULL,
  "parentId" UUID,
  "questionerName" TEXT NOT NULL,
  "questionerUserId" UUID,
  "questionerDeputyId" UUID,
  "respondentId" UUID,
  "answererName" TEXT NOT NULL DEFAULT '',
  "question" TEXT NOT NULL,
  "answer" TEXT NOT NULL DEFAULT '',
  "askedAt" TIMESTAMPTZ(3) NOT NULL,
  "createdById" UUID,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "InquiryQuestion_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "InquiryQuestion_tenantId_id_key" ON "InquiryQuestion"("tenantId", "id");
CREATE UNIQUE INDEX "InquiryQuestion_tenantId_inquiryId_clientKey_key" ON "InquiryQuestion"("tenantId", "inquiryId", "clientKey");
CREATE INDEX "InquiryQuestion_tenantId_inquiryId_seq_idx" ON "InquiryQuestion"("tenantId", "inquiryId", "seq");

CREATE TABLE "RectificationTask" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL REFERENCES "Tenant" ("id"),
  "activityId" UUID NOT NULL,
  "problemId" UUID NOT NULL,
  "unitId" UUID NOT NULL,
  "dueOn" DATE NOT NULL,
  "status" "RectificationStatus" NOT NULL DEFAULT 'OPEN',
  "statusChangedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "reason" TEXT NOT NULL DEFAULT '',
  "acceptedAt" TIMESTAMPTZ(3),
  "createdById" UUID,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "RectificationTask_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "RectificationTask_tenantId_id_key" ON "RectificationTask"("tenantId", "id");
CREATE UNIQUE INDEX "RectificationTask_tenantId_problemId_key" ON "RectificationTask"("tenantId", "problemId");
CREATE INDEX "RectificationTask_tenantId_activityId_status_dueOn_idx" ON "RectificationTask"("tenantId", "activityId", "status", "dueOn");
CREATE INDEX "RectificationTask_tenantId_unitId_status_dueOn_idx" ON "RectificationTask"("tenantId", "unitId", "status", "dueOn");

CREATE TABLE "RectificationReport" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL REFERENCES "Tenant" ("id"),
  "taskId" UUID NOT NULL,
  "body" TEXT NOT NULL,
  "final" BOOLEAN NOT NULL DEFAULT false,
  "attachmentId" UUID,
  "authorId" UUID,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "RectificationReport_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "RectificationReport_tenantId_id_key" ON "RectificationReport"("tenantId", "id");
CREATE INDEX "RectificationReport_tenantId_taskId_createdAt_idx" ON "RectificationReport"("tenantId", "taskId", "createdAt");

CREATE TABLE "RectificationEvent" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL REFERENCES "Tenant" ("id"),
  "taskId" UUID NOT NULL,
  "fromStatus" "RectificationStatus",
  "toStatus" "RectificationStatus" NOT NULL,
  "reason" TEXT NOT NULL DEFAULT '',
  "reviewId" UUID,
  "actorId" UUID,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "RectificationEvent_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "RectificationEvent_tenantId_id_key" ON "RectificationEvent"("tenantId", "id");
CREATE INDEX "RectificationEvent_tenantId_taskId_createdAt_idx" ON "RectificationEvent"("tenantId", "taskId", "createdAt");

CREATE TABLE "LivelihoodProject" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL REFERENCES "Tenant" ("id"),
  "year" INTEGER NOT NULL,
  "level" TEXT NOT NULL DEFAULT 'CITY',
  "areaId" UUID,
  "title" TEXT NOT NULL,
  "summary" TEXT NOT NULL DEFAULT '',
  "budget" DECIMAL(12,2) NOT NULL,
  "unitId" UUID,
  "status" "ProjectStatus" NOT NULL DEFAULT 'CANDIDATE',
  "pollId" UUID,
  "votesFor" INTEGER,
  "rank" INTEGER,
  "progressPercent" INTEGER NOT NULL DEFAULT 0,
  "completedOn" DATE,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "LivelihoodProject_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "LivelihoodProject_tenantId_id_key" ON "LivelihoodProject"("tenantId", "id");
CREATE INDEX "LivelihoodProject_tenantId_year_status_idx" ON "LivelihoodProject"("tenantId", "year", "status");

CREATE TABLE "LivelihoodProgress" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL REFERENCES "Tenant" ("id"),
  "projectId" UUID NOT NULL,
  "reportedOn" DATE NOT NULL,
  "percent" INTEGER NOT NULL,
  "body" TEXT NOT NULL,
  "attachmentId" UUID,
  "authorId" UUID,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "LivelihoodProgress_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "LivelihoodProgress_tenantId_id_key" ON "LivelihoodProgress"("tenantId", "id");
CREATE INDEX "LivelihoodProgress_tenantId_projectId_reportedOn_idx" ON "LivelihoodProgress"("tenantId", "projectId", "reportedOn");

CREATE TYPE "PollKind" AS ENUM ('SATISFACTION', 'APPRAISAL', 'NAMED', 'PROJECTS');
CREATE TYPE "PollSecrecy" AS ENUM ('ANONYMOUS', 'NAMED');
CREATE TYPE "PollStatus" AS ENUM ('DRAFT', 'OPEN', 'CLOSED');
CREATE TYPE "PassRule" AS ENUM ('MAJORITY_OF_ALL', 'MAJORITY_OF_PRESENT', 'TWO_THIRDS_OF_ALL');

CREATE TABLE "Poll" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL REFERENCES "Tenant" ("id"),
  "kind" "PollKind" NOT NULL,
  "secrecy" "PollSecrecy" NOT NULL,
  "title" TEXT NOT NULL,
  "description" TEXT NOT NULL DEFAULT '',
  "optionSet" TEXT NOT NULL,
  "status" "PollStatus" NOT NULL DEFAULT 'DRAFT',
  "passRule" "PassRule",
  "memberTotal" INTEGER,
  "maxApprovals" INTEGER,
  "activityId" UUID,
  "regulationId" UUID,
  "meeting" TEXT NOT NULL DEFAULT '',
  "openedAt" TIMESTAMPTZ(3),
  "closedAt" TIMESTAMPTZ(3),
  "createdById" UUID,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "Poll_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Poll_tenantId_id_key" ON "Poll"("tenantId", "id");
CREATE INDEX "Poll_tenantId_status_createdAt_idx" ON "Poll"("tenantId", "status", "createdAt");
CREATE INDEX "Poll_tenantId_activityId_idx" ON "Poll"("tenantId", "activityId");
CREATE INDEX "Poll_tenantId_regulationId_idx" ON "Poll"("tenantId", "regulationId");

CREATE TABLE "PollItem" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL REFERENCES "Tenant" ("id"),
  "pollId" UUID NOT NULL,
  "label" TEXT NOT NULL,
  "detail" TEXT NOT NULL DEFAULT '',
  "sortOrder" INTEGER NOT NULL,
  "unitId" UUID,
  "projectId" UUID,
  CONSTRAINT "PollItem_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "PollItem_tenantId_id_key" ON "PollItem"("tenantId", "id");
CREATE UNIQUE INDEX "PollItem_tenantId_pollId_sortOrder_key" ON "PollItem"("tenantId", "pollId", "sortOrder");

CREATE TABLE "PollVoter" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL REFERENCES "Tenant" ("id"),
  "pollId" UUID NOT NULL,
  "userId" UUID NOT NULL,
  "present" BOOLEAN NOT NULL DEFAULT true,
  "voted" BOOLEAN NOT NULL DEFAULT false,
  CONSTRAINT "PollVoter_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "PollVoter_tenantId_id_key" ON "PollVoter"("tenantId", "id");
CREATE UNIQUE INDEX "PollVoter_tenantId_pollId_userId_key" ON "PollVoter"("tenantId", "pollId", "userId");
CREATE INDEX "PollVoter_tenantId_userId_voted_idx" ON "PollVoter"("tenantId", "userId", "voted");

CREATE TABLE "PollTally" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL REFERENCES "Tenant" ("id"),
  "pollId" UUID NOT NULL,
  "itemId" UUID NOT NULL,
  "option" TEXT NOT NULL,
  "count" INTEGER NOT NULL DEFAULT 0,
  CONSTRAINT "PollTally_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "PollTally_tenantId_id_key" ON "PollTally"("tenantId", "id");
CREATE UNIQUE INDEX "PollTally_tenantId_pollId_itemId_option_key" ON "PollTally"("tenantId", "pollId", "itemId", "option");

CREATE TABLE "PollBallot" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL REFERENCES "Tenant" ("id"),
  "pollId" UUID NOT NULL,
  "itemId" UUID NOT NULL,
  "userId" UUID NOT NULL,
  "option" TEXT NOT NULL,
  "castAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "PollBallot_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "PollBallot_tenantId_id_key" ON "PollBallot"("tenantId", "id");
CREATE UNIQUE INDEX "PollBallot_tenantId_pollId_itemId_userId_key" ON "PollBallot"("tenantId", "pollId", "itemId", "userId");

CREATE TYPE "FilingStatus" AS ENUM ('RECEIVED', 'REVIEWING', 'AWAITING_RESPONSE', 'CLOSED');
CREATE TYPE "FilingFinding" AS ENUM ('NO_PROBLEM', 'CORRECTION', 'REPEAL');

CREATE TABLE "NormativeFiling" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL REFERENCES "Tenant" ("id"),
  "year" INTEGER NOT NULL,
  "title" TEXT NOT NULL,
  "issuer" TEXT NOT NULL,
  "issuerUnitId" UUID,
  "docNumber" TEXT NOT NULL,
  "issuedOn" DATE NOT NULL,
  "filedOn" DATE NOT NULL,
  "effectiveOn" DATE,
  "text" TEXT NOT NULL DEFAULT '',
  "attachmentId" UUID,
  "committeeId" UUID,
  "dueOn" DATE NOT NULL,
  "status" "FilingStatus" NOT NULL DEFAULT 'RECEIVED',
  "finding" "FilingFinding",
  "findingNote" TEXT NOT NULL DEFAULT '',
  "reviewedOn" DATE,
  "reviewedById" UUID,
  "responseBody" TEXT,
  "respondedOn" DATE,
  "createdById" UUID,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "NormativeFiling_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "NormativeFiling_tenantId_id_key" ON "NormativeFiling"("tenantId", "id");
CREATE UNIQUE INDEX "NormativeFiling_tenantId_docNumber_issuer_key" ON "NormativeFiling"("tenantId", "docNumber", "issuer");
CREATE INDEX "NormativeFiling_tenantId_year_status_idx" ON "NormativeFiling"("tenantId", "year", "status");
CREATE INDEX "NormativeFiling_tenantId_status_dueOn_idx" ON "NormativeFiling"("tenantId", "status", "dueOn");

ALTER TABLE "RegulationEvent" ADD COLUMN "pollId" UUID;

ALTER TABLE "OversightActivity" ADD CONSTRAINT "OversightActivity_plan_fkey"
  FOREIGN KEY ("tenantId", "planId") REFERENCES "OversightPlan" ("tenantId", "id") ON DELETE SET NULL ("planId");
ALTER TABLE "OversightActivity" ADD CONSTRAINT "OversightActivity_committee_fkey"
  FOREIGN KEY ("tenantId", "committeeId") REFERENCES "Committee" ("tenantId", "id");
ALTER TABLE "OversightActivity" ADD CONSTRAINT "OversightActivity_regulation_fkey"
  FOREIGN KEY ("tenantId", "regulationId") REFERENCES "Regulation" ("tenantId", "id");
ALTER TABLE "OversightActivity" ADD CONSTRAINT "OversightActivity_createdBy_fkey"
  FOREIGN KEY ("tenantId", "createdById") REFERENCES "User" ("tenantId", "id") ON DELETE SET NULL ("createdById");
ALTER TABLE "OversightEvent" ADD CONSTRAINT "OversightEvent_activity_fkey"
  FOREIGN KEY ("tenantId", "activityId") REFERENCES "OversightActivity" ("tenantId", "id") ON DELETE CASCADE;
ALTER TABLE "OversightEvent" ADD CONSTRAINT "OversightEvent_actor_fkey"
  FOREIGN KEY ("tenantId", "actorId") REFERENCES "User" ("tenantId", "id") ON DELETE SET NULL ("actorId");
ALTER TABLE "OversightParticipant" ADD CONSTRAINT "OversightParticipant_activity_fkey"
  FOREIGN KEY ("tenantId", "activityId") REFERENCES "OversightActivity" ("tenantId", "id") ON DELETE CASCADE;
ALTER TABLE "OversightParticipant" ADD CONSTRAINT "OversightParticipant_user_fkey"
  FOREIGN KEY ("tenantId", "userId") REFERENCES "User" ("tenantId", "id") ON DELETE CASCADE;
ALTER TABLE "OversightParticipant" ADD CONSTRAINT "OversightParticipant_deputy_fkey"
  FOREIGN KEY ("tenantId", "deputyId") REFERENCES "Deputy" ("tenantId", "id");
ALTER TABLE "OversightPoint" ADD CONSTRAINT "OversightPoint_activity_fkey"
  FOREIGN KEY ("tenantId", "activityId") REFERENCES "OversightActivity" ("tenantId", "id") ON DELETE CASCADE;
ALTER TABLE "OversightProblem" ADD CONSTRAINT "OversightProblem_activity_fkey"
  FOREIGN KEY ("tenantId", "activityId") REFERENCES "OversightActivity" ("tenantId", "id") ON DELETE CASCADE;
ALTER TABLE "OversightProblem" ADD CONSTRAINT "OversightProblem_point_fkey"
  FOREIGN KEY ("tenantId", "pointId") REFERENCES "OversightPoint" ("tenantId", "id") ON DELETE SET NULL ("pointId");
ALTER TABLE "OversightProblem" ADD CONSTRAINT "OversightProblem_unit_fkey"
  FOREIGN KEY ("tenantId", "unitId") REFERENCES "Unit" ("tenantId", "id");
ALTER TABLE "OversightUnitReport" ADD CONSTRAINT "OversightUnitReport_activity_fkey"
  FOREIGN KEY ("tenantId", "activityId") REFERENCES "OversightActivity" ("tenantId", "id") ON DELETE CASCADE;
ALTER TABLE "OversightUnitReport" ADD CONSTRAINT "OversightUnitReport_unit_fkey"
  FOREIGN KEY ("tenantId", "unitId") REFERENCES "Unit" ("tenantId", "id");
ALTER TABLE "OversightReview" ADD CONSTRAINT "OversightReview_activity_fkey"
  FOREIGN KEY ("tenantId", "activityId") REFERENCES "OversightActivity" ("tenantId", "id") ON DELETE CASCADE;
ALTER TABLE "Inquiry" ADD CONSTRAINT "Inquiry_activity_fkey"
  FOREIGN KEY ("tenantId", "activityId") REFERENCES "OversightActivity" ("tenantId", "id") ON DELETE CASCADE;
ALTER TABLE "InquiryRespondent" ADD CONSTRAINT "InquiryRespondent_inquiry_fkey"
  FOREIGN KEY ("tenantId", "inquiryId") REFERENCES "Inquiry" ("tenantId", "id") ON DELETE CASCADE;
ALTER TABLE "InquiryRespondent" ADD CONSTRAINT "InquiryRespondent_unit_fkey"
  FOREIGN KEY ("tenantId", "unitId") REFERENCES "Unit" ("tenantId", "id");
ALTER TABLE "InquiryQuestion" ADD CONSTRAINT "InquiryQuestion_inquiry_fkey"
  FOREIGN KEY ("tenantId", "inquiryId") REFERENCES "Inquiry" ("tenantId", "id") ON DELETE CASCADE;
ALTER TABLE "InquiryQuestion" ADD CONSTRAINT "InquiryQuestion_parent_fkey"
  FOREIGN KEY ("tenantId", "parentId") REFERENCES "InquiryQuestion" ("tenantId", "id") ON DELETE SET NULL ("parentId");
ALTER TABLE "InquiryQuestion" ADD CONSTRAINT "InquiryQuestion_respondent_fkey"
  FOREIGN KEY ("tenantId", "respondentId") REFERENCES "InquiryRespondent" ("tenantId", "id") ON DELETE SET NULL ("respondentId");
ALTER TABLE "InquiryQuestion" ADD CONSTRAINT "InquiryQuestion_questionerDeputy_fkey"
  FOREIGN KEY ("tenantId", "questionerDeputyId") REFERENCES "Deputy" ("tenantId", "id");
ALTER TABLE "InquiryQuestion" ADD CONSTRAINT "InquiryQuestion_questionerUser_fkey"
  FOREIGN KEY ("tenantId", "questionerUserId") REFERENCES "User" ("tenantId", "id") ON DELETE SET NULL ("questionerUserId");
ALTER TABLE "RectificationTask" ADD CONSTRAINT "RectificationTask_activity_fkey"
  FOREIGN KEY ("tenantId", "activityId") REFERENCES "OversightActivity" ("tenantId", "id") ON DELETE CASCADE;
ALTER TABLE "RectificationTask" ADD CONSTRAINT "RectificationTask_problem_fkey"
  FOREIGN KEY ("tenantId", "problemId") REFERENCES "OversightProblem" ("tenantId", "id") ON DELETE CASCADE;
ALTER TABLE "RectificationTask" ADD CONSTRAINT "RectificationTask_unit_fkey"
  FOREIGN KEY ("tenantId", "unitId") REFERENCES "Unit" ("tenantId", "id");
ALTER TABLE "RectificationReport" ADD CONSTRAINT "RectificationReport_task_fkey"
  FOREIGN KEY ("tenantId", "taskId") REFERENCES "RectificationTask" ("tenantId", "id") ON DELETE CASCADE;
ALTER TABLE "RectificationEvent" ADD CONSTRAINT "RectificationEvent_task_fkey"
  FOREIGN KEY ("tenantId", "taskId") REFERENCES "RectificationTask" ("tenantId", "id") ON DELETE CASCADE;
ALTER TABLE "RectificationEvent" ADD CONSTRAINT "RectificationEvent_review_fkey"
  FOREIGN KEY ("tenantId", "reviewId") REFERENCES "OversightReview" ("tenantId", "id") ON DELETE SET NULL ("reviewId");
ALTER TABLE "RectificationEvent" ADD CONSTRAINT "RectificationEvent_actor_fkey"
  FOREIGN KEY ("tenantId", "actorId") REFERENCES "User" ("tenantId", "id") ON DELETE SET NULL ("actorId");
ALTER TABLE "LivelihoodProject" ADD CONSTRAINT "LivelihoodProject_unit_fkey"
  FOREIGN KEY ("tenantId", "unitId") REFERENCES "Unit" ("tenantId", "id");
ALTER TABLE "LivelihoodProject" ADD CONSTRAINT "LivelihoodProject_area_fkey"
  FOREIGN KEY ("tenantId", "areaId") REFERENCES "Area" ("tenantId", "id");
ALTER TABLE "LivelihoodProgress" ADD CONSTRAINT "LivelihoodProgress_project_fkey"
  FOREIGN KEY ("tenantId", "projectId") REFERENCES "LivelihoodProject" ("tenantId", "id") ON DELETE CASCADE;
ALTER TABLE "Poll" ADD CONSTRAINT "Poll_activity_fkey"
  FOREIGN KEY ("tenantId", "activityId") REFERENCES "OversightActivity" ("tenantId", "id") ON DELETE SET NULL ("activityId");
ALTER TABLE "Poll" ADD CONSTRAINT "Poll_regulation_fkey"
  FOREIGN KEY ("tenantId", "regulationId") REFERENCES "Regulation" ("tenantId", "id") ON DELETE SET NULL ("regulationId");
ALTER TABLE "PollItem" ADD CONSTRAINT "PollItem_poll_fkey"
  FOREIGN KEY ("tenantId", "pollId") REFERENCES "Poll" ("tenantId", "id") ON DELETE CASCADE;
ALTER TABLE "PollItem" ADD CONSTRAINT "PollItem_unit_fkey"
  FOREIGN KEY ("tenantId", "unitId") REFERENCES "Unit" ("tenantId", "id");
ALTER TABLE "PollItem" ADD CONSTRAINT "PollItem_project_fkey"
  FOREIGN KEY ("tenantId", "projectId") REFERENCES "LivelihoodProject" ("tenantId", "id") ON DELETE SET NULL ("projectId");
ALTER TABLE "PollVoter" ADD CONSTRAINT "PollVoter_poll_fkey"
  FOREIGN KEY ("tenantId", "pollId") REFERENCES "Poll" ("tenantId", "id") ON DELETE CASCADE;
ALTER TABLE "PollVoter" ADD CONSTRAINT "PollVoter_user_fkey"
  FOREIGN KEY ("tenantId", "userId") REFERENCES "User" ("tenantId", "id") ON DELETE CASCADE;
ALTER TABLE "PollTally" ADD CONSTRAINT "PollTally_poll_fkey"
  FOREIGN KEY ("tenantId", "pollId") REFERENCES "Poll" ("tenantId", "id") ON DELETE CASCADE;
ALTER TABLE "PollTally" ADD CONSTRAINT "PollTally_item_fkey"
  FOREIGN KEY ("tenantId", "itemId") REFERENCES "PollItem" ("tenantId", "id") ON DELETE CASCADE;
ALTER TABLE "PollBallot" ADD CONSTRAINT "PollBallot_poll_fkey"
  FOREIGN KEY ("tenantId", "pollId") REFERENCES "Poll" ("tenantId", "id") ON DELETE CASCADE;
ALTER TABLE "PollBallot" ADD CONSTRAINT "PollBallot_item_fkey"
  FOREIGN KEY ("tenantId", "itemId") REFERENCES "PollItem" ("tenantId", "id") ON DELETE CASCADE;
ALTER TABLE "PollBallot" ADD CONSTRAINT "PollBallot_user_fkey"
  FOREIGN KEY ("tenantId", "userId") REFERENCES "User" ("tenantId", "id");
ALTER TABLE "LivelihoodProject" ADD CONSTRAINT "LivelihoodProject_poll_fkey"
  FOREIGN KEY ("tenantId", "pollId") REFERENCES "Poll" ("tenantId", "id") ON DELETE SET NULL ("pollId");
ALTER TABLE "NormativeFiling" ADD CONSTRAINT "NormativeFiling_issuerUnit_fkey"
  FOREIGN KEY ("tenantId", "issuerUnitId") REFERENCES "Unit" ("tenantId", "id");
ALTER TABLE "NormativeFiling" ADD CONSTRAINT "NormativeFiling_committee_fkey"
  FOREIGN KEY ("tenantId", "committeeId") REFERENCES "Committee" ("tenantId", "id");
ALTER TABLE "RegulationEvent" ADD CONSTRAINT "RegulationEvent_poll_fkey"
  FOREIGN KEY ("tenantId", "pollId") REFERENCES "Poll" ("tenantId", "id") ON DELETE SET NULL ("pollId");
