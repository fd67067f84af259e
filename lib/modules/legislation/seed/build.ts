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
export type DraftSpec = { label: string; text: string; published: boolean };
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
        publishedAt: d.published ? new Date() : null,
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
};

export async function addProposal(
  tx: Tx,
  r: Refs,
  callId: string,
  spec: ProposalSpec,
  mergedIntoId: string | null = null,
): Promise<string> {
  const p = await tx.legislativeProposal.create({
    data: {
      tenantId: r.tenantId,
      callId,
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
    },
  });
  const steps = [...(spec.steps ?? [])];
  if (spec.decidedOn) steps.push(["DECISION", spec.decidedOn, spec.reason ?? ""]);
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
      },
    });
  }
  return p.id;
}
