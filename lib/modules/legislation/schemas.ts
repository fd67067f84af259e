// One schema per input, shared by the console forms, the server actions and the JSON API.
import { z } from "zod";
import { STAGES } from "./workflow";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "validation.dateFormat" });
const text = (max: number) =>
  z.string().trim().min(1, { error: "validation.required" }).max(max, { error: "validation.tooLong" });
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "validation.tooLong" })
    .optional()
    .transform((v) => (v ? v : null));
const optionalId = z
  .union([z.uuid(), z.literal("")])
  .optional()
  .transform((v) => (v ? v : null));
const year = z.coerce.number().int().min(1980).max(2100);
/** A required reference: empty means "not chosen" (validation.required), anything else must be a UUID. */
const requiredId = z.string().min(1, { error: "validation.required" }).pipe(z.uuid());

export const CHANNELS = ["PUBLIC_NOTICE", "UNIT_LETTER", "FORUM", "ONLINE"] as const;

export const createCallSchema = z
  .strictObject({
    title: text(120),
    description: z.string().trim().max(5000).default(""),
    opensOn: day,
    closesOn: day,
    channels: z.array(z.enum(CHANNELS)).min(1, { error: "validation.required" }),
  })
  .refine((v) => v.closesOn >= v.opensOn, { error: "validation.dateOrder", path: ["closesOn"] });

const proposalBody = {
  title: text(100),
  necessity: text(5000),
  mainContent: text(10000),
  fieldId: optionalId,
};

/** From the public portal: no account; name and contact optional. */
export const publicProposalSchema = z.strictObject({
  ...proposalBody,
  callId: requiredId,
  proposerName: optionalText(50),
  proposerContact: optionalText(100),
});
export type PublicProposalInput = z.input<typeof publicProposalSchema>;

/** From the console: deputies, units and committees (the proposer type follows from the role). */
export const consoleProposalSchema = z.strictObject({
  ...proposalBody,
  callId: requiredId,
  proposerType: z.enum(["DEPUTY", "UNIT", "COMMITTEE", "OTHER"]),
  proposerName: optionalText(100),
});

export const screeningStepSchema = z.strictObject({
  proposalId: requiredId,
  kind: z.enum(["INITIAL_REVIEW", "SOLICITATION_SENT", "SOLICITATION_REPLY", "ARGUMENTATION_MEETING", "NOTE"]),
  occurredOn: day,
  organiser: optionalText(100),
  participants: optionalText(1000),
  unitId: optionalId,
  summary: text(5000),
});

export const decideProposalSchema = z.discriminatedUnion("decision", [
  z.strictObject({
    proposalId: requiredId,
    decision: z.literal("IN_PLAN"),
    category: z.enum(["DELIBERATION", "RESEARCH", "RESERVE"]),
    decidedOn: day,
    reason: optionalText(2000),
    planId: optionalId,
  }),
  z.strictObject({
    proposalId: requiredId,
    decision: z.literal("MERGED"),
    mergedIntoId: requiredId,
    decidedOn: day,
    reason: optionalText(2000),
  }),
  z.strictObject({ proposalId: requiredId, decision: z.literal("REJECTED"), decidedOn: day, reason: text(2000) }),
]);

export const createPlanSchema = z
  .strictObject({
    kind: z.enum(["FIVE_YEAR", "ANNUAL"]),
    title: text(120),
    term: z.string().trim().max(60).default(""),
    startYear: year,
    endYear: year,
    description: z.string().trim().max(5000).default(""),
  })
  .refine((v) => v.endYear >= v.startYear && v.endYear - v.startYear <= 5, {
    error: "validation.yearRange",
    path: ["endYear"],
  })
  .refine((v) => v.kind === "FIVE_YEAR" || v.startYear === v.endYear, {
    error: "validation.annualOneYear",
    path: ["endYear"],
  });

export const addPlanItemSchema = z.strictObject({
  planId: requiredId,
  title: text(100),
  category: z.enum(["DELIBERATION", "RESEARCH", "RESERVE"]),
  fieldId: optionalId,
  draftingUnitId: optionalId,
  leadCommitteeId: optionalId,
  plannedYear: year.optional(),
  targetStage: z.enum(STAGES).optional(),
  targetMonth: z.coerce.number().int().min(1).max(12).optional(),
  sourceItemId: optionalId,
  proposalId: optionalId,
  /** Link an existing regulation project; otherwise a deliberation item gets a new one (PLANNED). */
  regulationId: optionalId,
  notes: z.string().trim().max(2000).default(""),
});

export const publishPlanSchema = z.strictObject({ planId: requiredId });

export const createRegulationSchema = z
  .strictObject({
    title: text(100),
    kind: z.enum(["NEW", "AMENDMENT", "REPEAL"]).default("NEW"),
    targetId: optionalId,
    fieldId: optionalId,
    committeeId: optionalId,
    draftingUnitId: optionalId,
    year,
    summary: z.string().trim().max(5000).default(""),
  })
  .refine((v) => v.kind === "NEW" || !!v.targetId, { error: "validation.targetRequired", path: ["targetId"] });

export const transitionSchema = z.strictObject({
  regulationId: requiredId,
  to: z.enum(STAGES),
  occurredOn: day,
  meeting: optionalText(100),
  draftVersionId: optionalId,
  note: optionalText(2000),
  effectiveOn: day.optional().or(z.literal("").transform(() => undefined)),
  documents: z
    .array(z.strictObject({ title: text(200), url: z.url().max(500).optional() }))
    .max(20)
    .default([]),
});

export const addDraftVersionSchema = z.strictObject({
  regulationId: requiredId,
  label: text(40),
  text: z.string().min(1, { error: "validation.required" }).max(500_000, { error: "validation.tooLong" }),
});

export const publishDraftSchema = z.strictObject({ draftVersionId: requiredId });

export const boardFilterSchema = z.object({
  year: z.coerce.number().int().min(1980).max(2100).optional().catch(undefined),
  committeeId: z.uuid().optional().catch(undefined),
  fieldId: z.uuid().optional().catch(undefined),
});
export type BoardFilter = z.infer<typeof boardFilterSchema>;

export const createLegalFieldSchema = z.strictObject({ name: text(30) });
export const renameLegalFieldSchema = z.strictObject({ fieldId: requiredId, name: text(30) });

/** Showing a proposal's whole contact (an audited action, permission contact.reveal). */
export const revealProposalContactSchema = z.strictObject({ proposalId: requiredId });
