// Test data for contact points (issue #4): consultations on a parsed draft, points, coordinators and assignments.
// Like ./index.ts, rows are written through `unsafePrisma` with an explicit tenantId, never through the actions
// under test.
import { unsafePrisma } from "@/lib/db";
import { dayToDate } from "@/lib/dates";
import type { ConsultationChannel, ContactPointType } from "@/lib/generated/prisma/enums";
import { createUser, uniqueSuffix, type TestTenant } from "./index";
import { createDraft, createRegulation, daysFromToday } from "./legislation";

type TenantRef = { id: string };
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export const POINT_DRAFT = `测试市文明行为促进条例（草案）

第一章\u3000总\u3000则

第一条\u3000为了培育和践行社会主义核心价值观，制定本条例。

第二条\u3000本市行政区域内的文明行为促进工作，适用本条例。

第三条\u3000公民应当文明养犬，携犬出户时应当束犬链。`;

export type ConsultationWindow = "scheduled" | "open" | "closed" | "published";

/** A consultation on a fresh published draft (three articles), open for ten more days unless told. */
export async function createConsultation(
  tenant: TestTenant,
  opts: { window?: ConsultationWindow; channels?: ConsultationChannel[] } = {},
) {
  const regulation = await createRegulation(tenant, { stage: "DRAFTING" });
  const draft = await createDraft(tenant, regulation, POINT_DRAFT, { published: true });
  const articles = await unsafePrisma.draftArticle.findMany({
    where: { tenantId: tenant.id, draftVersionId: draft.id },
    orderBy: { ordinal: "asc" },
  });
  const now = Date.now();
  const windows: Record<ConsultationWindow, [number, number]> = {
    scheduled: [now + 5 * DAY, now + 35 * DAY],
    open: [now - DAY, now + 10 * DAY],
    closed: [now - 30 * DAY, now - DAY],
    published: [now - 30 * DAY, now - DAY],
  };
  const [startsAt, endsAt] = windows[opts.window ?? "open"];
  const consultation = await unsafePrisma.consultation.create({
    data: {
      tenantId: tenant.id,
      regulationId: regulation.id,
      draftVersionId: draft.id,
      title: `测试市文明行为促进条例（草案）征求意见 ${uniqueSuffix(4)}`,
      startsAt: new Date(startsAt),
      endsAt: new Date(endsAt),
      channels: opts.channels ?? ["PUBLIC", "CONTACT_POINT"],
      dispositionsPublishedAt: opts.window === "published" ? new Date() : null,
    },
  });
  return { consultation, draft, articles };
}

export function createContactPoint(
  tenant: TenantRef,
  opts: {
    name?: string;
    type?: ContactPointType;
    areaId?: string | null;
    coordinatorId?: string | null;
    active?: boolean;
  } = {},
) {
  return unsafePrisma.contactPoint.create({
    data: {
      tenantId: tenant.id,
      name: opts.name ?? `测试基层立法联系点 ${uniqueSuffix(6)}`,
      type: opts.type ?? "COMMUNITY",
      areaId: opts.areaId ?? null,
      coordinatorId: opts.coordinatorId ?? null,
      active: opts.active ?? true,
    },
  });
}

/** A coordinator account: the contactPoint role, scoped to `scopeId` when given. */
export function createCoordinator(tenant: TenantRef, scopeId: string | null = null) {
  return createUser(tenant, { roles: [{ role: "contactPoint", scopeId }] });
}

export function createAssignment(
  tenant: TenantRef,
  consultation: { id: string },
  point: { id: string },
  dueOn = daysFromToday(7),
) {
  return unsafePrisma.consultationAssignment.create({
    data: { tenantId: tenant.id, consultationId: consultation.id, contactPointId: point.id, dueOn: dayToDate(dueOn) },
  });
}
