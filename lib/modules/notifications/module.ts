// Notifications (issue #9 item 6c): one row per recipient, raised by other modules through the notifier
// (`notify`), shown in the console's bell and list and e-mailed when SMTP_URL is set. Everyone reads and marks
// their own; nobody else's.
import { defineModule, EVERYONE } from "../define";

export default defineModule({
  name: "notifications",
  folder: "notifications",
  models: ["Notification"],
  permissions: { "notification.view": EVERYONE },
  messages: { server: ["notifications"], client: ["notifications"] },
  // The e-mail of one notification, enqueued by the notifier in the transaction that raised it.
  jobs: [{ name: "notifications.email", load: async () => (await import("./email")).sendNotificationEmail }],
  // After the modules whose demo rows the notifications point at.
  seeders: [
    {
      name: "notifications",
      after: ["contactPoints.assignments", "consultation", "calendar"],
      load: async () => (await import("./seed")).seedNotificationsDemo,
    },
  ],
  sweep: {
    as: "contact-point",
    sample: `SELECT "id"::text AS notification FROM "Notification" WHERE "tenantId" = $1 ORDER BY "createdAt" LIMIT 1`,
    lookups: async () => (await import("./sweep")).lookups,
  },
});
