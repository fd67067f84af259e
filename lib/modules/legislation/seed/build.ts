// Small builders the legislation demo data is written with: regulations with a stage history and draft
// versions, proposals with screening steps. They insert directly (the seed has historic dates, which the
// live actions rightly refuse) but reuse the module's parser and identity matching.
import { randomUUID } from "node:crypto";
import type { unsafePrisma } from "@/lib/db";
import { dayToDate } from "@/lib/dates";
import type {
  PlanItemCategory,
  ProposalStatus,
  ProposerType,
  RegulationKind,
  RegulationStage,
  ScreeningStepKind,
} from "@/lib/generated/prisma/enums";
import { storeAttachment } from "@/lib/modules/attachments";
import { carryIdentities } from "../draft-compare";
import { parseDraft, type ParsedArticle } from "../draft-parser";
import { DRAFT_SOURCE_ACCESS, DRAFT_SOURCE_MAX_BYTES, DRAFT_SOURCE_TYPES } from "../draft-source";
import { newReceiptCode } from "@/lib/receipt";

export type Tx = Parameters<Parameters<typeof unsafePrisma.$transaction>[0]>[0];
export type Refs = {
  tenantId: string;
  committee: (code: string) => string | null;
  unit: (code: string) => string | null;
  field: (code: string) => string | null;
};

export type StageStep = [stage: RegulationStage, day: string, meeting?: string, draftLabel?: string];
/** `on`: the day the version was written, for one no stage step names; one a reading names is dated by it. */
export type DraftSpec = { label: string; text: string; published: boolean; on?: string };
export type RegulationSpec = {
  title: string;
  kind?: RegulationKind;
  targetId?: string;
  field: string;
  committee: string;
  unit?: string;
  year: number;
  history: StageStep[];
  effectiveOn?: string;
  drafts?: DraftSpec[];
  summary?: string;
};

/** A Shanghai day at a given hour, as an instant (the demo's historic rows keep office hours). */
export const shanghaiAt = (day: string, hour = 10) => new Date(`${day}T${String(hour).padStart(2, "0")}:00:00+08:00`);

/**
 * When a draft version was written and published. One a reading names (the 一审稿 of FIRST_READING): written when
 * the bill was submitted (the SUBMITTED step before that reading, else the reading's day) and published on the
 * reading's day, so no version is dated after the reading it went to. Any other version carries its own day.
 */
export function draftDates(spec: RegulationSpec, draft: DraftSpec): { createdAt: Date; publishedAt: Date | null } {
  const at = spec.history.findIndex(([, , , label]) => label === draft.label);
  let written: string;
  let published: string;
  if (at >= 0) {
    published = spec.history[at]![1];
    const submitted = spec.history.slice(0, at).findLast(([stage]) => stage === "SUBMITTED");
    written = submitted?.[1] ?? published;
  } else if (draft.on) {
    written = published = draft.on;
  } else {
    throw new Error(`Demo draft ${spec.title}（${draft.label}）has neither a reading nor a day`);
  }
  return { createdAt: shanghaiAt(written, 10), publishedAt: draft.published ? shanghaiAt(published, 17) : null };
}

export async function addRegulation(tx: Tx, r: Refs, spec: RegulationSpec): Promise<string> {
  const last = spec.history[spec.history.length - 1]!;
  const promulgated = spec.history.find(([s]) => s === "PROMULGATED");
  const reg = await tx.regulation.create({
    data: {
      tenantId: r.tenantId,
      title: spec.title,
      kind: spec.kind ?? "NEW",
      targetId: spec.targetId ?? null,
      fieldId: r.field(spec.field),
      committeeId: r.committee(spec.committee),
      draftingUnitId: spec.unit ? r.unit(spec.unit) : null,
      year: spec.year,
      stage: last[0],
      stageChangedOn: dayToDate(last[1]),
      summary: spec.summary ?? "",
      promulgatedOn: promulgated ? dayToDate(promulgated[1]) : null,
      effectiveOn: spec.effectiveOn ? dayToDate(spec.effectiveOn) : null,
      createdAt: shanghaiAt(spec.history[0]![1]),
      updatedAt: shanghaiAt(last[1], 17),
    },
  });
  const draftIds = new Map<string, string>();
  let previous: { identity: string; article: ParsedArticle }[] = [];
  for (const [i, d] of (spec.drafts ?? []).entries()) {
    const parsed = parseDraft(d.text);
    const identities = carryIdentities(previous, parsed.articles, randomUUID);
    const v = await tx.draftVersion.create({
      data: {
        tenantId: r.tenantId,
        regulationId: reg.id,
        versionNo: i + 1,
        label: d.label,
        title: parsed.title ?? spec.title,
        sourceText: d.text,
        preamble: parsed.preamble,
        chapters: parsed.chapters,
        warnings: parsed.warnings,
        ...draftDates(spec, d),
      },
    });
    // Each demo draft keeps its text as the .txt it was "uploaded" as, so the console offers an original.
    const source = await storeAttachment(
      tx,
      r.tenantId,
      {
        body: Buffer.from(d.text, "utf8"),
        fileName: `${spec.title}（${d.label}）.txt`,
        owner: { module: "legislation", kind: "draftSource", id: v.id },
        allowed: DRAFT_SOURCE_TYPES,
        maxBytes: DRAFT_SOURCE_MAX_BYTES,
        access: DRAFT_SOURCE_ACCESS,
      },
      { userId: null, requestId: null },
    );
    await tx.draftVersion.update({
      where: { id: v.id, tenantId: r.tenantId },
      data: { sourceAttachmentId: source.id },
    });
    await tx.draftArticle.createMany({
      data: parsed.articles.map((a, k) => ({
        tenantId: r.tenantId,
        draftVersionId: v.id,
        identity: identities[k]!,
        ordinal: k + 1,
        number: a.number,
        suffix: a.suffix,
        label: a.label,
        chapter: a.chapter,
        section: a.section,
        text: a.text,
        clauses: a.clauses,
      })),
    });
    previous = parsed.articles.map((a, k) => ({ identity: identities[k]!, article: a }));
    draftIds.set(d.label, v.id);
  }
  let from: RegulationStage | null = null;
  for (const [stage, day, meeting, draftLabel] of spec.history) {
    await tx.regulationEvent.create({
      data: {
        tenantId: r.tenantId,
        regulationId: reg.id,
        fromStage: from,
        toStage: stage,
        occurredOn: dayToDate(day),
        meeting: meeting ?? null,
        committeeId: r.committee(spec.committee),
        draftVersionId: draftLabel ? (draftIds.get(draftLabel) ?? null) : null,
        createdAt: shanghaiAt(day, 17),
      },
    });
    from = stage;
  }
  return reg.id;
}

export type StepSpec = [
  kind: ScreeningStepKind,
  day: string,
  summary: string,
  extra?: { organiser?: string; participants?: string; unit?: string },
];
export type ProposalSpec = {
  title: string;
  proposerType: ProposerType;
  proposerName?: string;
  field: string;
  status: ProposalStatus;
  category?: PlanItemCategory;
  mergedInto?: string;
  reason?: string;
  decidedOn?: string;
  steps?: StepSpec[];
  necessity?: string;
  mainContent?: string;
  /** The day it was sent in; by default a day of the call's window picked from the title (the same every run). */
  submittedOn?: string;
};
export type CallWindow = { id: string; opensOn: Date; closesOn: Date };

/** A proposal's day of arrival: inside [opensOn, closesOn] of its call, whatever the spec asks. */
export function submittedDay(call: CallWindow, spec: ProposalSpec): string {
  const days = Math.round((call.closesOn.getTime() - call.opensOn.getTime()) / 86_400_000);
  let pick = 0;
  for (const ch of spec.title) pick = (pick * 31 + ch.codePointAt(0)!) % 100_003;
  const wanted = spec.submittedOn
    ? dayToDate(spec.submittedOn).getTime()
    : call.opensOn.getTime() + (pick % (days + 1)) * 86_400_000;
  const clamped = Math.min(Math.max(wanted, call.opensOn.getTime()), call.closesOn.getTime());
  return new Date(clamped).toISOString().slice(0, 10);
}

export async function addProposal(
  tx: Tx,
  r: Refs,
  call: CallWindow,
  spec: ProposalSpec,
  mergedIntoId: string | null = null,
): Promise<string> {
  const steps = [...(spec.steps ?? [])];
  if (spec.decidedOn) steps.push(["DECISION", spec.decidedOn, spec.reason ?? ""]);
  const submitted = submittedDay(call, spec);
  const lastDay = steps.reduce((d, [, day]) => (day > d ? day : d), submitted);
  const p = await tx.legislativeProposal.create({
    data: {
      tenantId: r.tenantId,
      callId: call.id,
      receiptCode: newReceiptCode(),
      title: spec.title,
      proposerType: spec.proposerType,
      proposerName: spec.proposerName ?? null,
      necessity:
        spec.necessity ??
        `${spec.title.replace(/^.*?市/, "")}涉及群众切身利益，现行规定不够具体，有必要通过地方立法予以规范。`,
      mainContent: spec.mainContent ?? "明确管理职责、规范相关行为、设定保障措施和法律责任。",
      fieldId: r.field(spec.field),
      status: spec.status,
      planCategory: spec.category ?? null,
      mergedIntoId,
      decisionReason: spec.reason ?? null,
      decidedOn: spec.decidedOn ? dayToDate(spec.decidedOn) : null,
      createdAt: shanghaiAt(submitted, 11),
      updatedAt: shanghaiAt(lastDay, 17),
    },
  });
  for (const [kind, day, summary, extra] of steps) {
    await tx.screeningStep.create({
      data: {
        tenantId: r.tenantId,
        proposalId: p.id,
        kind,
        occurredOn: dayToDate(day),
        summary,
        organiser: extra?.organiser ?? null,
        participants: extra?.participants ?? null,
        unitId: extra?.unit ? r.unit(extra.unit) : null,
        createdAt: shanghaiAt(day, 17),
      },
    });
  }
  return p.id;
}

export type PlanItemSpec = {
  planId: string;
  title: string;
  category: PlanItemCategory;
  sortOrder: number;
  regulationId: string | null;
  targetStage?: RegulationStage;
  targetMonth?: number;
  sourceItemId?: string | null;
  /** Only for an item without a regulation project yet (a research item): who leads it, who drafts, which year. */
  own?: { field: string; committee: string; unit: string; year: number };
};

/**
 * A plan item. Its regulation project is the one source of truth: field, lead committee, drafting unit and year are
 * copied from it, so the plan's table and the project's page never disagree. An item without a project says its own.
 */
export async function addPlanItem(tx: Tx, r: Refs, spec: PlanItemSpec): Promise<string> {
  const reg = spec.regulationId
    ? await tx.regulation.findFirstOrThrow({
        where: { tenantId: r.tenantId, id: spec.regulationId },
        select: { fieldId: true, committeeId: true, draftingUnitId: true, year: true },
      })
    : null;
  if (!reg && !spec.own) throw new Error(`Demo plan item ${spec.title} has neither a regulation nor its own details`);
  const item = await tx.planItem.create({
    data: {
      tenantId: r.tenantId,
      planId: spec.planId,
      title: spec.title,
      category: spec.category,
      fieldId: reg ? reg.fieldId : r.field(spec.own!.field),
      leadCommitteeId: reg ? reg.committeeId : r.committee(spec.own!.committee),
      draftingUnitId: reg ? reg.draftingUnitId : r.unit(spec.own!.unit),
      plannedYear: reg ? reg.year : spec.own!.year,
      targetStage: spec.targetStage ?? null,
      targetMonth: spec.targetMonth ?? null,
      sortOrder: spec.sortOrder,
      regulationId: spec.regulationId,
      sourceItemId: spec.sourceItemId ?? null,
    },
    select: { id: true },
  });
  return item.id;
}
