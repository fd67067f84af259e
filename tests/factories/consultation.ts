// Test data for public consultations and opinions (issue #4). Like ./index.ts, rows are fresh and written through
// `unsafePrisma` with an explicit tenantId, never through the actions under test — so triage, the summary table
// and the portal can all be tested against the same kind of data. Campaign rows are written as the intake keeps
// them (`size` counts every copy).
import { createHash, randomBytes } from "node:crypto";
import { unsafePrisma } from "@/lib/db";
import type { ConsultationChannel, OpinionDisposition } from "@/lib/generated/prisma/enums";
import { uniqueSuffix } from "./index";
import { createDraft, createRegulation } from "./legislation";

type TenantRef = { id: string; slug: string };
const DAY = 86_400_000;

/** The full-width space drafts put after an article's number (and between the characters of a chapter heading). */
const SP = "\u3000";
/** A short draft with a chapter and five articles; add versions with `createDraft` (identities carry over). */
export const CONSULTATION_DRAFT = `测试市养犬管理条例（草案征求意见稿）

第一章${SP}总${SP}则

第一条${SP}为了规范养犬行为，保障公民健康和人身安全，维护市容环境和社会公共秩序，制定本条例。

第二条${SP}本市行政区域内养犬及其相关管理活动，适用本条例。

第三条${SP}养犬管理坚持政府监管、养犬人自律、基层组织参与、公众监督的原则。

第四条${SP}携犬出户时，应当为犬只束犬链，犬链长度不得超过一点五米。

第五条${SP}本条例自${SP}年${SP}月${SP}日起施行。
`;

export type ConsultationWindow = "scheduled" | "open" | "closed" | "published";

export type CreateConsultationOptions = {
  /** A draft version to consult on; otherwise a new regulation with a published CONSULTATION_DRAFT. */
  draft?: { id: string; regulationId: string };
  /** Where the window lies relative to now (default "open"); `startsAt`/`endsAt` override it. */
  window?: ConsultationWindow;
  startsAt?: Date;
  endsAt?: Date;
  channels?: ConsultationChannel[];
  title?: string;
  dispositionsPublishedAt?: Date | null;
};

const WINDOWS: Record<ConsultationWindow, [number, number]> = {
  scheduled: [5, 35],
  open: [-1, 29],
  closed: [-31, -1],
  published: [-31, -1],
};

/** A consultation (open unless told) with its draft version and that draft's articles in order. */
export async function createConsultation(tenant: TenantRef, opts: CreateConsultationOptions = {}) {
  let draft = opts.draft;
  if (!draft) {
    const regulation = await createRegulation(tenant, {
      title: `测试市养犬管理条例 ${uniqueSuffix(6)}`,
      stage: "DRAFTING",
    });
    draft = await createDraft(tenant, regulation, CONSULTATION_DRAFT, { published: true, label: "征求意见稿" });
  }
  const window = opts.window ?? "open";
  const [from, to] = WINDOWS[window];
  const now = Date.now();
  const consultation = await unsafePrisma.consultation.create({
    data: {
      tenantId: tenant.id,
      regulationId: draft.regulationId,
      draftVersionId: draft.id,
      title: opts.title ?? `关于测试条例公开征求意见的公告 ${uniqueSuffix(4)}`,
      startsAt: opts.startsAt ?? new Date(now + from * DAY),
      endsAt: opts.endsAt ?? new Date(now + to * DAY),
      channels: opts.channels ?? ["PUBLIC", "CONTACT_POINT", "EXPERT"],
      dispositionsPublishedAt:
        opts.dispositionsPublishedAt !== undefined
          ? opts.dispositionsPublishedAt
          : window === "published"
            ? new Date()
            : null,
    },
  });
  const articles = await unsafePrisma.draftArticle.findMany({
    where: { tenantId: tenant.id, draftVersionId: draft.id },
    orderBy: { ordinal: "asc" },
  });
  return { consultation, draft, articles };
}

/** The intake's campaign key: sha256 of the text with whitespace collapsed. */
export function contentHashOf(content: string): string {
  return createHash("sha256")
    .update(content.replace(/[\s\u3000]+/g, " ").trim())
    .digest("hex");
}

export function receiptCode(): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  return Array.from(randomBytes(12), (b) => alphabet[b % alphabet.length]).join("");
}

export type CreateOpinionOptions = {
  /** The article commented on (an article of the consultation's draft); none: the whole draft. */
  article?: { id: string; identity: string } | null;
  channel?: ConsultationChannel;
  content?: string;
  name?: string | null;
  areaId?: string | null;
  contactPointId?: string | null;
  peopleConsulted?: number | null;
  createdAt?: Date;
  disposition?: OpinionDisposition | null;
  reason?: string | null;
  adoptedArticleId?: string | null;
};

function opinionData(tenantId: string, consultationId: string, o: CreateOpinionOptions) {
  const content = o.content ?? `测试意见 ${uniqueSuffix(8)}：建议进一步明确相关规定。`;
  const disposed = !!o.disposition;
  return {
    tenantId,
    consultationId,
    articleId: o.article?.id ?? null,
    articleIdentity: o.article?.identity ?? null,
    channel: o.channel ?? "PUBLIC",
    content,
    contentHash: contentHashOf(content),
    name: o.name ?? null,
    areaId: o.areaId ?? null,
    receiptCode: receiptCode(),
    contactPointId: o.contactPointId ?? null,
    peopleConsulted: o.peopleConsulted ?? null,
    ...(o.createdAt ? { createdAt: o.createdAt } : {}),
    status: disposed ? ("DISPOSED" as const) : ("RECEIVED" as const),
    disposition: o.disposition ?? null,
    reason: o.reason ?? null,
    adoptedArticleId: o.adoptedArticleId ?? null,
    disposedAt: disposed ? new Date() : null,
  };
}

export function createOpinion(tenant: { id: string }, consultation: { id: string }, opts: CreateOpinionOptions = {}) {
  return unsafePrisma.opinion.create({ data: opinionData(tenant.id, consultation.id, opts) });
}

/** Many opinions in one INSERT; `each(i)` gives the options of the i-th. Returns their ids in order. */
export async function createOpinions(
  tenant: { id: string },
  consultation: { id: string },
  count: number,
  each: (i: number) => CreateOpinionOptions = () => ({}),
) {
  const rows = Array.from({ length: count }, (_, i) => opinionData(tenant.id, consultation.id, each(i)));
  const created = await unsafePrisma.opinion.createManyAndReturn({
    data: rows,
    select: { id: true, receiptCode: true },
  });
  const byReceipt = new Map(created.map((c) => [c.receiptCode, c.id]));
  return rows.map((r) => byReceipt.get(r.receiptCode)!);
}

/** `size` copies of one text (a campaign), with the campaign row the intake would have kept. */
export async function createCampaign(
  tenant: { id: string },
  consultation: { id: string },
  opts: { content?: string; size?: number; article?: CreateOpinionOptions["article"] } = {},
) {
  const content = opts.content ?? `坚决支持本条规定！${uniqueSuffix(6)}`;
  const size = opts.size ?? 5;
  const ids = await createOpinions(tenant, consultation, size, () => ({ content, article: opts.article ?? null }));
  const contentHash = contentHashOf(content);
  if (size >= 2)
    await unsafePrisma.opinionCampaign.create({
      data: { tenantId: tenant.id, consultationId: consultation.id, contentHash, size },
    });
  return { ids, contentHash, content };
}
