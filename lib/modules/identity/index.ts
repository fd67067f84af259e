import "server-only";
// The identity module's server face: users, roles, sign-in and passwords. Other modules, app/ and components/
// import only this and ./client.ts (everything there is here too).
export * from "./client";
export { default as identityModule } from "./module";
export {
  authenticateUser,
  MAX_FAILED_LOGINS,
  LOCKOUT_MINUTES,
  type AuthResult,
  type AuthFailure,
} from "./authenticate-user";
export { authenticateOperator } from "./authenticate-operator";
export { createUser } from "./create-user";
export { updateUser } from "./update-user";
export { resetPassword } from "./reset-password";
export { changePassword } from "./change-password";
export { revealUserPhone } from "./reveal-user-phone";
export { listUsers, getUser, USERS_PER_PAGE } from "./queries";
export { listScopeChoices, type ScopeChoices } from "./queries-scopes";
export { findRecipients, type Recipient, type RecipientQuery } from "./queries-recipients";
export { listUsersForApi, getUserForApi } from "./api";
