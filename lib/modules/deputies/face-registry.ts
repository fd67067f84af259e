// The registry's server face: its actions (for route handlers and tests), reads, the .xlsx template, reader
// and export, and the public directory.
export { createDeputy } from "./create-deputy";
export { updateDeputy } from "./update-deputy";
export { endDeputyTerm } from "./end-deputy-term";
export { revealDeputyPhone } from "./reveal-deputy-phone";
export { importDeputies } from "./import-deputies";
export { setDeputyPhoto, PHOTO_MAX_BYTES } from "./set-deputy-photo";
export { checkImportRows } from "./check-import";
export { validateImportRows, duplicateKey, type RawImportRow, type ImportedDeputy } from "./import-rows";
export {
  DEPUTY_PAGE_SIZE,
  listDeputies,
  getDeputy,
  deputyAreas,
  deputyDistricts,
  deputyFilterChoices,
  deputyFormChoices,
  type DeputyFilter,
} from "./queries-deputies";
export { loadPublicDeputies, listDeputiesForApi, type StationsOf } from "./queries-public";
export { readImportFile, looksLikeXlsx, IMPORT_MAX_BYTES, type ReadResult } from "./xlsx-read";
export { importTemplateXlsx } from "./xlsx-template";
export { deputiesXlsxStream, xlsxContentType, xlsxDisposition } from "./xlsx-export";
export { importUpload } from "./import-upload";
