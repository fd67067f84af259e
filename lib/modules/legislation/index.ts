import "server-only";
// The legislation module's server face (issue #3): calls for proposals and screening, five-year and annual
// plans, the regulation pipeline, and draft versions parsed into articles. Other modules, app/ and components/
// import only this and ./client.ts (everything there is here too).
export * from "./client";
export { default as legislationModule } from "./module";
export { createProposalCall } from "./create-proposal-call";
export { createLegalField } from "./create-legal-field";
export { renameLegalField } from "./rename-legal-field";
export { submitPublicProposal } from "./submit-public-proposal";
export { submitProposal } from "./submit-proposal";
export { recordScreeningStep } from "./record-screening-step";
export { decideProposal } from "./decide-proposal";
export { revealProposalContact } from "./reveal-proposal-contact";
export { createPlan } from "./create-plan";
export { addPlanItem } from "./add-plan-item";
export { publishPlan } from "./publish-plan";
export { createRegulation } from "./create-regulation";
export { transitionRegulation } from "./transition-regulation";
export { recordRegulationVote, recordRegulationVoteSchema } from "./record-regulation-vote";
export { addDraftVersion, draftArticleRows } from "./add-draft-version";
export { publishDraftVersion } from "./publish-draft-version";
export { docxToText } from "./docx-text";
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
export { planExport, planExportFile } from "./export-plan-data";
export { listMyProposals, proposalsAwaitingScreening, type MyProposal } from "./queries-workbench";
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
export {
  loadPublicPlans,
  loadPublicPlan,
  loadPublicRegulations,
  loadPublicRegulation,
  loadPublicDraft,
  loadReceipt,
  listPlansForApi,
  getPlanForApi,
  listRegulationsForApi,
  getRegulationForApi,
  getDraftForApi,
  submitProposalForApi,
  publicRegulationQuerySchema,
  PUBLIC_REGULATIONS_MAX,
} from "./public-api";
export { publicChapters } from "./public-chapters";
