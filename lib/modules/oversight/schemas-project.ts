// The livelihood projects' input schemas (client-safe): a candidate, opening the deputies' vote, applying the
// results, a progress report. Field refusals are worded from messages/<locale>/validation.json by their code.
import { z } from "zod";
import { PROJECT_LEVELS } from "./kinds";

const optionalUuid = z.preprocess((v) => (v === "" || v == null ? null : v), z.uuid().nullable());
const year = z.coerce.number().int().min(2000).max(2100);

export const projectSchema = z.object({
  year,
  level: z.enum(PROJECT_LEVELS),
  areaId: optionalUuid.optional(),
  title: z.string().trim().min(2).max(200),
  summary: z.string().trim().max(4000).default(""),
  /** 万元 */
  budget: z.coerce.number().positive().max(9_999_999_999),
  unitId: optionalUuid.optional(),
});
export type ProjectInput = z.infer<typeof projectSchema>;

export const projectVoteSchema = z.object({
  year,
  level: z.enum(PROJECT_LEVELS),
  toChoose: z.coerce.number().int().min(1).max(200),
  voterUserIds: z.array(z.uuid()).min(1).max(2000),
  meeting: z.string().trim().max(200).default(""),
});

export const applyResultsSchema = z.object({ pollId: z.uuid() });

export const progressSchema = z.object({
  projectId: z.uuid(),
  percent: z.coerce.number().int().min(0).max(100),
  body: z.string().trim().min(2).max(4000),
  reportedOn: z.iso.date().optional(),
});
