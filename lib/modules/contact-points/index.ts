import "server-only";
// The contact-points module's server face: the registry of grassroots legislative contact points (基层立法联系点),
// coverage by district, consultations handed to points, and the consolidated opinions coordinators send in.
// Other modules, app/ and components/ import only this and ./client.ts (everything there is here too).
export * from "./client";
export { default as contactPointsModule } from "./module";
export { createContactPoint } from "./create-contact-point";
export { updateContactPoint } from "./update-contact-point";
export { assignConsultation } from "./assign-consultation";
export { withdrawAssignment } from "./withdraw-assignment";
export { submitPointOpinions } from "./submit-point-opinions";
export { coordinatesPoint, scopedPointIds } from "./policy";
export {
  listContactPoints,
  coverageByDistrict,
  getContactPoint,
  listAssignmentsForConsultation,
  listAssignablePoints,
  contactPointChoices,
} from "./queries-points";
export { listMyPoints, getMyAssignment, publishedAnnualPlans } from "./queries-my-point";
