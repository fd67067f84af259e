// The registry's lookups other modules use (stations, later messages and suggestions).
export { deputiesByIds, searchDeputies, deputyOfUser, deputyIdsInOffice, type DeputyBrief } from "./queries-lookup";
