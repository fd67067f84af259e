import "server-only";
// The notifications module's server face: the notifier other modules call inside their transactions, the bell's
// count and the member's list. Other modules, app/ and components/ import only this and ./client.ts.
export * from "./client";
export { default as notificationsModule } from "./module";
export { notify, EMAIL_JOB, type NotifyInput, type NotifyResult } from "./notify";
export { markNotificationRead } from "./mark-notification-read";
export { markAllNotificationsRead } from "./mark-all-notifications-read";
export { unreadCount, listNotifications, NOTIFICATIONS_PER_PAGE } from "./queries-notifications";
export { layoutEmail, renderEmail, sendEmail, sendNotificationEmail, siteUrl, type RenderedEmail } from "./email";
