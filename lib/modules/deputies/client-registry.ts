// The registry's client-safe part: schemas, column labels of the import, the shapes pages pass to client
// components, and the form's server actions.
export * from "./schemas";
export { IMPORT_COLUMNS, LEVEL_LABELS, GENDER_LABELS, columnLetter, type ImportColumn } from "./import-columns";
export type { ImportError, ImportErrorCode } from "./import-rows";
export type { DeputyListRow, DeputyDetail, DeputyArea } from "./queries-deputies";
export type { PublicDeputy, PublicDeputyPage, StationRef } from "./queries-public";
export type { ReadProblem } from "./xlsx-read";
export type { ImportReport, ImportDone } from "./import-upload";
export * from "./actions";
