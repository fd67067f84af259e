-- Legislation: fields of law, calls and proposals with their screening, plans, regulations with their
-- stage events, draft versions parsed into articles. Every foreign key between tenant-owned rows is
-- composite (tenantId, id) so no row can reference another tenant's.

CREATE TYPE "ProposerType" AS ENUM ('PUBLIC', 'DEPUTY', 'UNIT', 'COMMITTEE', 'OTHER');
CREATE TYPE "ProposalStatus" AS ENUM ('SUBMITTED', 'SCREENING', 'IN_PLAN', 'MERGED', 'REJECTED');
CREATE TYPE "PlanItemCategory" AS ENUM ('DELIBERATION', 'RESEARCH', 'RESERVE');
CREATE TYPE "ScreeningStepKind" AS ENUM ('INITIAL_REVIEW', 'SOLICITATION_SENT', 'SOLICITATION_REPLY', 'ARGUMENTATION_MEETING', 'DECISION', 'NOTE');
CREATE TYPE "PlanKind" AS ENUM ('FIVE_YEAR', 'ANNUAL');
CREATE TYPE "RegulationStage" AS ENUM ('PLANNED', 'DRAFTING', 'ARGUMENTATION', 'SUBMITTED', 'FIRST_READING', 'SECOND_READING', 'THIRD_READING', 'PASSED', 'PROVINCIAL_APPROVAL', 'PROMULGATED', 'WITHDRAWN', 'SHELVED');
CREATE TYPE "RegulationKind" AS ENUM ('NEW', 'AMENDMENT', 'REPEAL');

CREATE TABLE "LegalField" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL,
  "code" TEXT NOT NULL,
  "name" TEXT NOT NULL,
  "sortOrder" INTEGER NOT NULL DEFAULT 0,
  CONSTRAINT "LegalField_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "LegalField_tenantId_id_key" ON "LegalField"("tenantId", "id");
CREATE UNIQUE INDEX "LegalField_tenantId_code_key" ON "LegalField"("tenantId", "code");
ALTER TABLE "LegalField" ADD CONSTRAINT "LegalField_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "ProposalCall" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL,
  "title" TEXT NOT NULL,
  "description" TEXT NOT NULL DEFAULT '',
  "opensOn" DATE NOT NULL,
  "closesOn" DATE NOT NULL,
  "channels" TEXT[] NOT NULL,
  "createdById" UUID,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "ProposalCall_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "ProposalCall_tenantId_id_key" ON "ProposalCall"("tenantId", "id");
CREATE INDEX "ProposalCall_tenantId_opensOn_idx" ON "ProposalCall"("tenantId", "opensOn" DESC);
ALTER TABLE "ProposalCall" ADD CONSTRAINT "ProposalCall_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "LegislativeProposal" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL,
  "callId" UUID NOT NULL,
  "receiptCode" TEXT NOT NULL,
  "title" TEXT NOT NULL,
  "necessity" TEXT NOT NULL,
  "mainContent" TEXT NOT NULL,
  "proposerType" "ProposerType" NOT NULL,
  "proposerName" TEXT,
  "proposerContact" TEXT,
  "proposerUnitId" UUID,
  "submittedById" UUID,
  "fieldId" UUID,
  "status" "ProposalStatus" NOT NULL DEFAULT 'SUBMITTED',
  "planCategory" "PlanItemCategory",
  "mergedIntoId" UUID,
  "decisionReason" TEXT,
  "decidedOn" DATE,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "LegislativeProposal_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "LegislativeProposal_tenantId_id_key" ON "LegislativeProposal"("tenantId", "id");
CREATE UNIQUE INDEX "LegislativeProposal_tenantId_receiptCode_key" ON "LegislativeProposal"("tenantId", "receiptCode");
CREATE INDEX "LegislativeProposal_tenantId_callId_status_idx" ON "LegislativeProposal"("tenantId", "callId", "status");
ALTER TABLE "LegislativeProposal" ADD CONSTRAINT "LegislativeProposal_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "ScreeningStep" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL,
  "proposalId" UUID NOT NULL,
  "kind" "ScreeningStepKind" NOT NULL,
  "occurredOn" DATE NOT NULL,
  "organiser" TEXT,
  "participants" TEXT,
  "unitId" UUID,
  "summary" TEXT NOT NULL,
  "actorId" UUID,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "ScreeningStep_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "ScreeningStep_tenantId_id_key" ON "ScreeningStep"("tenantId", "id");
CREATE INDEX "ScreeningStep_tenantId_proposalId_occurredOn_idx" ON "ScreeningStep"("tenantId", "proposalId", "occurredOn");
ALTER TABLE "ScreeningStep" ADD CONSTRAINT "ScreeningStep_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "LegislativePlan" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL,
  "kind" "PlanKind" NOT NULL,
  "title" TEXT NOT NULL,
  "term" TEXT NOT NULL DEFAULT '',
  "startYear" INTEGER NOT NULL,
  "endYear" INTEGER NOT NULL,
  "description" TEXT NOT NULL DEFAULT '',
  "publishedAt" TIMESTAMPTZ(3),
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "LegislativePlan_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "LegislativePlan_tenantId_id_key" ON "LegislativePlan"("tenantId", "id");
CREATE INDEX "LegislativePlan_tenantId_kind_startYear_idx" ON "LegislativePlan"("tenantId", "kind", "startYear");
ALTER TABLE "LegislativePlan" ADD CONSTRAINT "LegislativePlan_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "PlanItem" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL,
  "planId" UUID NOT NULL,
  "title" TEXT NOT NULL,
  "category" "PlanItemCategory" NOT NULL,
  "fieldId" UUID,
  "draftingUnitId" UUID,
  "leadCommitteeId" UUID,
  "plannedYear" INTEGER,
  "targetStage" "RegulationStage",
  "targetMonth" INTEGER,
  "sourceItemId" UUID,
  "proposalId" UUID,
  "regulationId" UUID,
  "sortOrder" INTEGER NOT NULL DEFAULT 0,
  "notes" TEXT NOT NULL DEFAULT '',
  CONSTRAINT "PlanItem_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "PlanItem_tenantId_id_key" ON "PlanItem"("tenantId", "id");
CREATE INDEX "PlanItem_tenantId_planId_sortOrder_idx" ON "PlanItem"("tenantId", "planId", "sortOrder");
CREATE INDEX "PlanItem_tenantId_regulationId_idx" ON "PlanItem"("tenantId", "regulationId");
ALTER TABLE "PlanItem" ADD CONSTRAINT "PlanItem_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "Regulation" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL,
  "title" TEXT NOT NULL,
  "kind" "RegulationKind" NOT NULL DEFAULT 'NEW',
  "stage" "RegulationStage" NOT NULL DEFAULT 'PLANNED',
  "targetId" UUID,
  "fieldId" UUID,
  "committeeId" UUID,
  "draftingUnitId" UUID,
  "year" INTEGER NOT NULL,
  "stageChangedOn" DATE NOT NULL,
  "promulgatedOn" DATE,
  "effectiveOn" DATE,
  "repealedOn" DATE,
  "summary" TEXT NOT NULL DEFAULT '',
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "Regulation_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Regulation_tenantId_id_key" ON "Regulation"("tenantId", "id");
CREATE INDEX "Regulation_tenantId_stage_year_idx" ON "Regulation"("tenantId", "stage", "year");
CREATE INDEX "Regulation_tenantId_year_committeeId_idx" ON "Regulation"("tenantId", "year", "committeeId");
CREATE INDEX "Regulation_tenantId_targetId_idx" ON "Regulation"("tenantId", "targetId");
ALTER TABLE "Regulation" ADD CONSTRAINT "Regulation_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "RegulationEvent" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL,
  "regulationId" UUID NOT NULL,
  "fromStage" "RegulationStage",
  "toStage" "RegulationStage" NOT NULL,
  "occurredOn" DATE NOT NULL,
  "meeting" TEXT,
  "committeeId" UUID,
  "draftVersionId" UUID,
  "note" TEXT NOT NULL DEFAULT '',
  "documents" JSONB NOT NULL DEFAULT '[]',
  "actorId" UUID,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "RegulationEvent_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "RegulationEvent_tenantId_id_key" ON "RegulationEvent"("tenantId", "id");
CREATE INDEX "RegulationEvent_tenantId_regulationId_occurredOn_idx" ON "RegulationEvent"("tenantId", "regulationId", "occurredOn");
ALTER TABLE "RegulationEvent" ADD CONSTRAINT "RegulationEvent_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "DraftVersion" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL,
  "regulationId" UUID NOT NULL,
  "versionNo" INTEGER NOT NULL,
  "label" TEXT NOT NULL,
  "title" TEXT NOT NULL,
  "sourceText" TEXT NOT NULL,
  "preamble" TEXT NOT NULL DEFAULT '',
  "chapters" JSONB NOT NULL DEFAULT '[]',
  "warnings" TEXT[] NOT NULL,
  "publishedAt" TIMESTAMPTZ(3),
  "createdById" UUID,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "DraftVersion_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "DraftVersion_tenantId_id_key" ON "DraftVersion"("tenantId", "id");
CREATE UNIQUE INDEX "DraftVersion_tenantId_regulationId_versionNo_key" ON "DraftVersion"("tenantId", "regulationId", "versionNo");
ALTER TABLE "DraftVersion" ADD CONSTRAINT "DraftVersion_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "DraftArticle" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL,
  "draftVersionId" UUID NOT NULL,
  "identity" UUID NOT NULL,
  "ordinal" INTEGER NOT NULL,
  "number" INTEGER NOT NULL,
  "suffix" INTEGER NOT NULL DEFAULT 0,
  "label" TEXT NOT NULL,
  "chapter" INTEGER,
  "section" INTEGER,
  "text" TEXT NOT NULL,
  "clauses" JSONB NOT NULL DEFAULT '[]',
  CONSTRAINT "DraftArticle_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "DraftArticle_tenantId_id_key" ON "DraftArticle"("tenantId", "id");
CREATE UNIQUE INDEX "DraftArticle_tenantId_draftVersionId_ordinal_key" ON "DraftArticle"("tenantId", "draftVersionId", "ordinal");
CREATE INDEX "DraftArticle_tenantId_identity_idx" ON "DraftArticle"("tenantId", "identity");
ALTER TABLE "DraftArticle" ADD CONSTRAINT "DraftArticle_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "LegislativeProposal" ADD CONSTRAINT "LegislativeProposal_callId_fkey" FOREIGN KEY ("tenantId", "callId") REFERENCES "ProposalCall"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "LegislativeProposal" ADD CONSTRAINT "LegislativeProposal_proposerUnitId_fkey" FOREIGN KEY ("tenantId", "proposerUnitId") REFERENCES "Unit"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "LegislativeProposal" ADD CONSTRAINT "LegislativeProposal_submittedById_fkey" FOREIGN KEY ("tenantId", "submittedById") REFERENCES "User"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "LegislativeProposal" ADD CONSTRAINT "LegislativeProposal_fieldId_fkey" FOREIGN KEY ("tenantId", "fieldId") REFERENCES "LegalField"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "LegislativeProposal" ADD CONSTRAINT "LegislativeProposal_mergedIntoId_fkey" FOREIGN KEY ("tenantId", "mergedIntoId") REFERENCES "LegislativeProposal"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ScreeningStep" ADD CONSTRAINT "ScreeningStep_proposalId_fkey" FOREIGN KEY ("tenantId", "proposalId") REFERENCES "LegislativeProposal"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ScreeningStep" ADD CONSTRAINT "ScreeningStep_unitId_fkey" FOREIGN KEY ("tenantId", "unitId") REFERENCES "Unit"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "PlanItem" ADD CONSTRAINT "PlanItem_planId_fkey" FOREIGN KEY ("tenantId", "planId") REFERENCES "LegislativePlan"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "PlanItem" ADD CONSTRAINT "PlanItem_fieldId_fkey" FOREIGN KEY ("tenantId", "fieldId") REFERENCES "LegalField"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "PlanItem" ADD CONSTRAINT "PlanItem_draftingUnitId_fkey" FOREIGN KEY ("tenantId", "draftingUnitId") REFERENCES "Unit"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "PlanItem" ADD CONSTRAINT "PlanItem_leadCommitteeId_fkey" FOREIGN KEY ("tenantId", "leadCommitteeId") REFERENCES "Committee"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "PlanItem" ADD CONSTRAINT "PlanItem_sourceItemId_fkey" FOREIGN KEY ("tenantId", "sourceItemId") REFERENCES "PlanItem"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "PlanItem" ADD CONSTRAINT "PlanItem_proposalId_fkey" FOREIGN KEY ("tenantId", "proposalId") REFERENCES "LegislativeProposal"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "PlanItem" ADD CONSTRAINT "PlanItem_regulationId_fkey" FOREIGN KEY ("tenantId", "regulationId") REFERENCES "Regulation"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Regulation" ADD CONSTRAINT "Regulation_targetId_fkey" FOREIGN KEY ("tenantId", "targetId") REFERENCES "Regulation"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Regulation" ADD CONSTRAINT "Regulation_fieldId_fkey" FOREIGN KEY ("tenantId", "fieldId") REFERENCES "LegalField"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Regulation" ADD CONSTRAINT "Regulation_committeeId_fkey" FOREIGN KEY ("tenantId", "committeeId") REFERENCES "Committee"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Regulation" ADD CONSTRAINT "Regulation_draftingUnitId_fkey" FOREIGN KEY ("tenantId", "draftingUnitId") REFERENCES "Unit"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "RegulationEvent" ADD CONSTRAINT "RegulationEvent_regulationId_fkey" FOREIGN KEY ("tenantId", "regulationId") REFERENCES "Regulation"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "RegulationEvent" ADD CONSTRAINT "RegulationEvent_committeeId_fkey" FOREIGN KEY ("tenantId", "committeeId") REFERENCES "Committee"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "RegulationEvent" ADD CONSTRAINT "RegulationEvent_draftVersionId_fkey" FOREIGN KEY ("tenantId", "draftVersionId") REFERENCES "DraftVersion"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "DraftVersion" ADD CONSTRAINT "DraftVersion_regulationId_fkey" FOREIGN KEY ("tenantId", "regulationId") REFERENCES "Regulation"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "DraftArticle" ADD CONSTRAINT "DraftArticle_draftVersionId_fkey" FOREIGN KEY ("tenantId", "draftVersionId") REFERENCES "DraftVersion"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Receipt codes are looked up by citizens; keep them unique per tenant and short.
ALTER TABLE "LegislativeProposal" ADD CONSTRAINT "LegislativeProposal_receiptCode_format" CHECK ("receiptCode" ~ '^[A-Z0-9]{6,16}$');
ALTER TABLE "PlanItem" ADD CONSTRAINT "PlanItem_targetMonth_range" CHECK ("targetMonth" IS NULL OR "targetMonth" BETWEEN 1 AND 12);
