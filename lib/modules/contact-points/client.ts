// The contact-points module's client-safe face: point types, schemas, the shapes its pages use, and the server
// actions client components call. Nothing here reaches the database; ./index.ts is the server face.
export * from "./workflow";
export * from "./schemas";
export type { ContactPointListRow, ConsultationAssignmentRow, AssignablePoint, PointStats } from "./queries-points";
export type { MyAssignment } from "./queries-my-point";
export * from "./actions";
