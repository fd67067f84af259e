// Contact points (基层立法联系点): registry, coverage, assignments and their consolidated opinions.
export { createContactPoint } from "./create-contact-point";
export { updateContactPoint } from "./update-contact-point";
export { assignConsultation } from "./assign-consultation";
export { withdrawAssignment } from "./withdraw-assignment";
export { submitPointOpinions } from "./submit-point-opinions";
export { coordinatesPoint, scopedPointIds } from "./policy-contact-points";
export {
  ADOPTED_DISPOSITIONS,
  listContactPoints,
  coverageByDistrict,
  getContactPoint,
  listAssignmentsForConsultation,
  listAssignablePoints,
  contactPointChoices,
  type ContactPointListRow,
  type ConsultationAssignmentRow,
  type AssignablePoint,
  type PointStats,
} from "./queries-contact-points";
export { listMyPoints, getMyAssignment, publishedAnnualPlans, type MyAssignment } from "./queries-my-point";
