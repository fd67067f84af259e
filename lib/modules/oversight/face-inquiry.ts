import "server-only";
// The inquiry part of the oversight server face: the live session's idempotent question recording.
export { recordQuestion } from "./record-question";
