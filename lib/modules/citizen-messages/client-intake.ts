// Client-safe exports of the intake side of citizens' messages (schemas, limits, types); re-exported from ./client.ts.
export {
  MESSAGE_BODY_MAX,
  MESSAGE_EMAIL_MAX,
  MESSAGE_NAME_MAX,
  MESSAGE_PHOTO_MAX_BYTES,
  MESSAGE_PHOTOS_MAX,
  MESSAGE_TITLE_MAX,
  PHONE_PATTERN,
  messageIntakeSchema,
  messageIntakeSchemaFor,
  normalisePhone,
  type MessageIntake,
  type MessageIntakeInput,
} from "./schemas-intake";
export type { IntakeFormData, IntakeFormStation } from "./intake-form-types";
