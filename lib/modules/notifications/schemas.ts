// Inputs of the notification actions, and the list's page parameter.
import { z } from "zod";

export const markNotificationReadSchema = z.strictObject({ notificationId: z.uuid() });
export type MarkNotificationReadInput = z.input<typeof markNotificationReadSchema>;

export const markAllNotificationsReadSchema = z.strictObject({});

export const notificationPageSchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
