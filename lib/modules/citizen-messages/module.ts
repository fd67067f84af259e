// Citizens' messages (群众留言) through the online liaison station: a citizen writes to a station or one of its
// deputies without an account (intake-*.ts, submit-message.ts), the deputy or station accepts it, the
// deputy-affairs office classifies it and transfers it to a handling unit on a working-day clock, the unit replies,
// the reply is checked and released (one verb-noun file per move, all through move-message.ts), and the citizen
// follows it and rates it by receipt code (queries-receipt.ts, rate-message.ts). Jobs remind the units and ask
// for ratings; statistics per station, deputy, unit, category and district; a public board where a city wants one.
import { defineModule } from "../define";

export default defineModule({
  name: "citizenMessages",
  folder: "citizen-messages",
  models: ["CitizenMessage", "CitizenMessageReply", "CitizenMessageEvent"],
  // Who may handle messages at all; policy.ts says which messages and which moves (the deputy addressed, the
  // station's deputies and staff, the office, the unit a message is transferred to).
  permissions: {
    "message.view": ["admin", "deputyAffairs", "leader", "station", "deputy", "unit"],
    "message.handle": ["deputyAffairs", "station", "deputy", "unit"],
    "message.manage": ["deputyAffairs"],
    "message.revealContact": ["deputyAffairs", "station", "deputy", "unit"],
    "message.stats": ["admin", "deputyAffairs", "leader", "station"],
  },
  nav: [
    { key: "messages", path: "/messages", permission: "message.view", label: "console.nav.messages" },
    { key: "messageStats", path: "/messages/stats", permission: "message.stats", label: "console.nav.messageStats" },
  ],
  messages: {
    server: [
      "citizenMessages",
      "citizenMessagesIntake",
      "citizenMessagesPublic",
      "citizenMessagesConsole",
      "citizenMessageStats",
    ],
    client: [
      "citizenMessages",
      "citizenMessagesIntake",
      "citizenMessagesPublic",
      "citizenMessagesConsole",
      "citizenMessageStats",
    ],
  },
  auditLabels: async () => (await import("./audit-labels")).auditLabels,
  auditLinks: { CitizenMessage: "/console/messages/{id}" },
  openapi: async () => (await import("./openapi")).citizenMessagesSection,
  // Demo messages of Shantou (龙湖's online station: its 102 of two years) and Taiyuan, on the stations, their
  // deputies, the calendar's working days and the cities' units and accounts (seeded with the tenant).
  seeders: [
    {
      name: "citizenMessages",
      after: ["stations", "calendar", "deputies"],
      load: async () => (await import("./seed")).seedCitizenMessagesDemo,
    },
  ],
  workbench: async () => (await import("./workbench")).workbench,
  // The units' clocks (reminders at 3 and 1 working days, overdue to the unit and the office) and the citizens'
  // ratings (asked once, unrated ones closed by themselves); both daily, idempotent on their keys.
  jobs: [
    {
      name: "citizenMessages.deadlineReminders",
      cron: "0 8 * * *",
      load: async () => (await import("./remind-message-deadlines")).remindMessageDeadlines,
    },
    {
      name: "citizenMessages.ratings",
      cron: "30 8 * * *",
      load: async () => (await import("./follow-up-ratings")).followUpRatings,
    },
    // The form's promise: a finished message's contact details are deleted after two years.
    {
      name: "citizenMessages.retention",
      cron: "30 3 * * *",
      load: async () => (await import("./erase-expired-contacts")).eraseExpiredContacts,
    },
  ],
  // A handled message: its console page and its receipt answer 404 in any other city.
  sweep: {
    as: "deputy-affairs",
    sample: `SELECT "id"::text AS message, "receiptCode" AS receipt FROM "CitizenMessage"
      WHERE "tenantId" = $1 AND "status" = 'CLOSED' ORDER BY "createdAt" LIMIT 1`,
    pages: ["/{tenant}/console/messages/{message}"],
    api: ["/api/v1/{tenant}/receipts/{receipt}"],
    lookups: async () => (await import("./sweep")).lookups,
  },
});
