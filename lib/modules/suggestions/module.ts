// Deputies' suggestions and motions (代表建议、议案): a deputy drafts one on a phone (or the office enters it on
// their behalf) with co-signers who confirm from their own area; the deputy-affairs office reviews it (returns,
// converts a motion that does not qualify, merges duplicates, accepts and numbers it) and assigns it to a lead
// unit and assisting units on a working-day clock with a 交办函 (.docx); key ones get a supervising leader and a
// pushing committee; the units send views, record 三见面 contacts and reply A/B/C; the lead deputy rates the reply,
// 不满意 reopens it once, B replies owe a follow-up; jobs remind the units; the rates every city reports, per
// unit, category, delegation, session and year, with a public page and API.
import { defineModule } from "../define";

export default defineModule({
  name: "suggestions",
  folder: "suggestions",
  models: [
    "CongressSession",
    "Suggestion",
    "SuggestionSigner",
    "SuggestionAssignment",
    "SuggestionReply",
    "SuggestionContact",
    "SuggestionMeeting",
    "SuggestionLetter",
    "SuggestionEvent",
  ],
  // Who may work with suggestions at all; policy.ts says which suggestions and which moves (the lead deputy and
  // co-signers, the office, the units assigned, the supervising leader, the pushing committee).
  permissions: {
    "suggestion.view": ["admin", "deputyAffairs", "leader", "committee", "deputy", "unit"],
    "suggestion.submit": ["deputyAffairs", "deputy"],
    "suggestion.manage": ["deputyAffairs"],
    "suggestion.handle": ["unit"],
    "suggestion.rate": ["deputy"],
    "suggestion.supervise": ["deputyAffairs", "leader"],
    "suggestion.stats": ["admin", "deputyAffairs", "leader", "committee"],
  },
  nav: [
    { key: "suggestions", path: "/suggestions", permission: "suggestion.view", label: "console.nav.suggestions" },
    {
      key: "suggestionKey",
      path: "/suggestions/key",
      permission: "suggestion.supervise",
      label: "console.nav.suggestionKey",
    },
    {
      key: "suggestionLetters",
      path: "/suggestions/letters",
      permission: "suggestion.manage",
      label: "console.nav.suggestionLetters",
    },
    {
      key: "suggestionSessions",
      path: "/suggestions/sessions",
      permission: "suggestion.manage",
      label: "console.nav.suggestionSessions",
    },
    {
      key: "suggestionStats",
      path: "/suggestions/stats",
      permission: "suggestion.stats",
      label: "console.nav.suggestionStats",
    },
  ],
  messages: {
    server: [
      "suggestions",
      "suggestionsSubmit",
      "suggestionsReview",
      "suggestionsHandling",
      "suggestionsOps",
      "suggestionStats",
      "suggestionsPublic",
    ],
    client: [
      "suggestions",
      "suggestionsSubmit",
      "suggestionsReview",
      "suggestionsHandling",
      "suggestionsOps",
      "suggestionStats",
    ],
  },
  auditLabels: async () => (await import("./audit-labels")).auditLabels,
  auditLinks: { Suggestion: "/console/suggestions/{id}" },
  // Its files (drafts' attachments, bills, reply letters, views) only to members who see the suggestion.
  attachmentReaders: async () => (await import("./attachment-readers")).attachmentReaders,
  openapi: async () => (await import("./openapi")).suggestionsSection,
  // Demo suggestions of every city on its deputies, units, calendar and accounts: Liaoyuan's 135 of its session
  // with 14 key ones, Shenyang's 823 with 796 replied on time (96.7%), and some in every state along the way.
  seeders: [
    {
      name: "suggestions",
      after: ["deputies", "calendar", "citizenMessages"],
      load: async () => (await import("./seed")).seedSuggestionsDemo,
    },
  ],
  // Pages that show nothing but what the action path changes (their deadlines and "overdue now" move with the
  // day, within the page cache's five minutes): the lists, the leaders' board and the rates, per member; the
  // public page per language; the public API.
  cacheable: [
    { scope: "member", path: "/console/suggestions(?:/stats|/key)?" },
    { scope: "portal", path: "/suggestions" },
    { scope: "public", path: "/suggestions(?:/stats)?" },
  ],
  workbench: async () => (await import("./workbench")).workbench,
  // The units' clocks: reminders at 30, 7 and 1 working days before each deadline (the lead unit's reply, an
  // assisting unit's view, a B reply's promised day) and on the day it passes; daily, idempotent on its keys.
  jobs: [
    {
      name: "suggestions.deadlineReminders",
      cron: "15 8 * * *",
      load: async () => (await import("./remind-suggestion-deadlines")).remindSuggestionDeadlines,
    },
  ],
  // A closed suggestion and a 交办函: the suggestion's page and the letter's .docx answer 404 in any other city.
  sweep: {
    as: "deputy-affairs",
    sample: `SELECT
      (SELECT "id"::text FROM "Suggestion" WHERE "tenantId" = $1 AND "status" = 'CLOSED'
        ORDER BY "createdAt" LIMIT 1) AS suggestion,
      (SELECT "id"::text FROM "SuggestionLetter" WHERE "tenantId" = $1 ORDER BY "issuedAt" LIMIT 1) AS letter`,
    pages: ["/{tenant}/console/suggestions/{suggestion}", "/{tenant}/console/suggestions/letters/{letter}"],
    lookups: async () => (await import("./sweep")).lookups,
  },
});
