// The forms of rectification: making tasks from problems, a unit's report, the committee's decision, the 回头看.
import { z } from "zod";

const uuid = z.string().uuid();
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const reason = z.string().trim().min(1).max(1000);
const optionalUuid = uuid.optional().or(z.literal("").transform(() => undefined));
const checkbox = z
  .union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false"), z.literal("")])
  .optional()
  .transform((v) => v === true || v === "on" || v === "true");

export const makeTasksSchema = z.object({
  activityId: uuid,
  tasks: z
    .array(
      z.object({ problemId: uuid, unitId: uuid, dueOn: day.optional().or(z.literal("").transform(() => undefined)) }),
    )
    .min(1)
    .max(1000),
});
export type MakeTasksInput = z.infer<typeof makeTasksSchema>;

export const reportTaskSchema = z.object({
  id: uuid,
  body: z.string().trim().min(1).max(5000),
  /** The final report: says the rectification is done and submits the task for acceptance. */
  final: checkbox,
  /** An evidence file uploaded before (attachments, module "oversight", kind "rectificationEvidence"). */
  attachmentId: optionalUuid,
});

export const acceptTaskSchema = z.object({ id: uuid });
export const sendBackTaskSchema = z.object({ id: uuid, reason });

export const recordReviewSchema = z.object({
  activityId: uuid,
  reviewedOn: day,
  note: z.string().trim().max(5000).default(""),
  reopen: z
    .array(z.object({ taskId: uuid, reason }))
    .max(1000)
    .default([]),
});
