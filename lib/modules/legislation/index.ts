// Public face of the legislation module (issue #3): calls for proposals and screening, five-year and annual
// plans, the regulation pipeline, and draft versions parsed into articles. Other modules import only this.
export { createProposalCall } from "./create-proposal-call";
export { createLegalField } from "./create-legal-field";
export { renameLegalField } from "./rename-legal-field";
export { submitPublicProposal } from "./submit-public-proposal";
export { submitProposal } from "./submit-proposal";
export { recordScreeningStep } from "./record-screening-step";
export { decideProposal } from "./decide-proposal";
export { createPlan } from "./create-plan";
export { addPlanItem } from "./add-plan-item";
export { publishPlan } from "./publish-plan";
export { createRegulation } from "./create-regulation";
export { transitionRegulation } from "./transition-regulation";
export { addDraftVersion } from "./add-draft-version";
export { publishDraftVersion } from "./publish-draft-version";
export { docxToText } from "./docx-text";
export { parseDraft, type ParsedDraft, type ParsedArticle, type ParsedChapter } from "./draft-parser";
export { compareDrafts, carryIdentities, type ArticleChange, type TextDiffPart } from "./draft-compare";
export {
  STAGES,
  PIPELINE,
  TRANSITIONS,
  allowedTransitions,
  checkTransition,
  requiresMeeting,
  requiresDraft,
  requiresReason,
  requiresEffectiveDate,
  isActive,
  type RegulationStage,
} from "./workflow";
export { canActOnCommitteeRow, proposerTypesFor } from "./policy";
export * from "./schemas";
export {
  listCalls,
  listOpenCalls,
  getCallSummary,
  listProposals,
  getProposal,
  findProposalReceipt,
  listLegalFields,
} from "./queries-proposals";
export { listPlans, getPlan } from "./queries-plans";
export {
  pipelineBoard,
  listRegulationsByStage,
  BOARD_CARDS_PER_STAGE,
  listPublicRegulations,
  isPublicRegulation,
  listRegulationsInForce,
  getRegulation,
} from "./queries-regulations";
export { getDraftVersion, compareDraftVersions } from "./queries-drafts";
export { publicChapters, type PublicChapter } from "./public-api";
