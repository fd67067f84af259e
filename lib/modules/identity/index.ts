// Public face of the identity module: users, roles, sign-in and passwords.
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
export { listUsers, getUser, USERS_PER_PAGE } from "./queries";
export * from "./schemas";
