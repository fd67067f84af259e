import "server-only";
// The consultation module's server face (issue #4): public consultation on published draft versions, citizens'
// opinions and their intake, triage and dispositions, the summary table and its exports. Other modules, app/ and
// components/ import only this and ./client.ts (everything there is here too). The one Pages Router page
// (the draft page) imports ./pages.ts, since Next refuses "server-only" in the Pages Router.
export * from "./client";
export { default as consultationModule } from "./module";
export * from "./triage";
export * from "./portal";
export { postOpinion } from "./opinion-api";
export { handleOpinionIntake } from "./intake-http";
export { listConsultationsForApi, loadOpinionReceipt } from "./public-api";
export { findOpinionReceipt } from "./queries-receipts";
export { consultationsOfRegulation, type RegulationConsultation } from "./queries-regulation";
export { submitDeputyOpinion } from "./submit-deputy-opinion";
export {
  deputyConsultation,
  openDeputyConsultations,
  type DeputyConsultation,
  type DeputyConsultationRow,
} from "./queries-deputy";
export { opinionContentHash } from "./content-hash";
// For the contact-points module, which never reads the consultation tables itself.
export {
  ADOPTED_DISPOSITIONS,
  findConsultation,
  consultationsByIds,
  openConsultationTitles,
  pointOpinionTotals,
  pointOpinionCounts,
  pointOpinionKey,
  pointOpinionsOn,
  type ConsultationRef,
} from "./queries-point-opinions";
export { draftArticleIdentities, recordPointOpinions, type PointOpinionEntry } from "./record-point-opinions";
