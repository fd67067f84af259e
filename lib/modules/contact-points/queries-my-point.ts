// Read side of the coordinator's page (/console/my-point): the points they coordinate, the consultations handed
// to them with due dates, one assignment with the draft's articles and what the point already sent, and the
// city's published annual plans (法工委 sends each year's plan to the points as soon as it is out).
import { forTenant } from "@/lib/db";
import { dateToDay } from "@/lib/dates";
import { isUuid } from "@/lib/ids";
import type { Member } from "@/lib/member";
import {
  consultationState,
  consultationsByIds,
  findConsultation,
  pointOpinionCounts,
  pointOpinionKey,
  pointOpinionsOn,
} from "@/lib/modules/consultation";
import { getDraftVersion, getPlan, listPlans } from "@/lib/modules/legislation";
import { coordinatesPoint, scopedPointIds } from "./policy";
import { areaIndex } from "@/lib/modules/tenancy";

type Coordinator = Pick<Member, "id" | "roles" | "scopes">;

/** The member's points, each with its assignments (earliest due first). */
export async function listMyPoints(tenantId: string, member: Coordinator) {
  if (!member.roles.includes("contactPoint")) return [];
  const db = forTenant(tenantId);
  const points = await db.contactPoint.findMany({
    where: { OR: [{ coordinatorId: member.id }, { id: { in: scopedPointIds(member) } }] },
    orderBy: { name: "asc" },
  });
  if (points.length === 0) return [];
  const ids = points.map((p) => p.id);
  const [areas, assignments, count] = await Promise.all([
    areaIndex(tenantId),
    db.consultationAssignment.findMany({
      where: { contactPointId: { in: ids } },
      orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }],
    }),
    pointOpinionCounts(tenantId, { pointIds: ids }),
  ]);
  const c = await consultationsByIds(
    tenantId,
    assignments.map((a) => a.consultationId),
  );
  return points.map((p) => ({
    id: p.id,
    name: p.name,
    type: p.type,
    address: p.address,
    active: p.active,
    areaPath: p.areaId ? (areas.get(p.areaId)?.path ?? null) : null,
    assignments: assignments
      .filter((a) => a.contactPointId === p.id)
      .map((a) => {
        const x = c.get(a.consultationId)!;
        return {
          id: a.id,
          title: x.title,
          state: x.state,
          startsAt: x.startsAt,
          endsAt: x.endsAt,
          dueOn: dateToDay(a.dueOn),
          submittedAt: a.submittedAt,
          opinions: count.get(pointOpinionKey(p.id, x.id)) ?? 0,
        };
      }),
  }));
}

/** One assignment of the member's, with the draft's articles and the opinions the point already submitted; null otherwise. */
export async function getMyAssignment(tenantId: string, member: Coordinator, assignmentId: string) {
  if (!isUuid(assignmentId)) return null;
  const db = forTenant(tenantId);
  const assignment = await db.consultationAssignment.findFirst({ where: { id: assignmentId } });
  if (!assignment) return null;
  const point = await db.contactPoint.findFirst({ where: { id: assignment.contactPointId } });
  if (!point || !coordinatesPoint(member, point)) return null;
  const consultation = await findConsultation(db, assignment.consultationId);
  if (!consultation) return null;
  const [draft, opinions] = await Promise.all([
    getDraftVersion(tenantId, consultation.draftVersionId),
    pointOpinionsOn(tenantId, consultation.id, point.id),
  ]);
  const articles = draft?.articles ?? [];
  const label = new Map(articles.map((a) => [a.id, a.label]));
  // Dispositions reach the point when they reach the public: once published.
  const published = consultation.dispositionsPublishedAt !== null;
  return {
    assignment: { id: assignment.id, dueOn: dateToDay(assignment.dueOn), submittedAt: assignment.submittedAt },
    point: { id: point.id, name: point.name },
    consultation: {
      id: consultation.id,
      title: consultation.title,
      introduction: consultation.introduction,
      startsAt: consultation.startsAt,
      endsAt: consultation.endsAt,
      state: consultationState(consultation),
      acceptsPoints: consultation.channels.includes("CONTACT_POINT"),
    },
    draft: draft ? { title: draft.version.title, label: draft.version.label, chapters: draft.version.chapters } : null,
    articles: articles.map((a) => ({
      id: a.id,
      label: a.label,
      chapter: a.chapter,
      section: a.section,
      text: a.text,
      clauses: a.clauses,
    })),
    opinions: opinions.map((o) => ({
      id: o.id,
      articleLabel: o.articleId ? (label.get(o.articleId) ?? null) : null,
      content: o.content,
      peopleConsulted: o.peopleConsulted,
      methods: o.consultMethods,
      receiptCode: o.receiptCode,
      createdAt: o.createdAt,
      disposition: published ? o.disposition : null,
      reason: published ? o.reason : null,
    })),
  };
}
export type MyAssignment = NonNullable<Awaited<ReturnType<typeof getMyAssignment>>>;

/** The city's published annual plans, newest first, the latest `withItems` with their items. */
export async function publishedAnnualPlans(tenantId: string, withItems = 1) {
  const plans = (await listPlans(tenantId, { publishedOnly: true }))
    .filter((p) => p.kind === "ANNUAL")
    .sort((a, b) => b.startYear - a.startYear);
  const detailed = await Promise.all(
    plans.slice(0, withItems).map((p) => getPlan(tenantId, p.id, { publishedOnly: true })),
  );
  return plans.map((p, i) => ({
    id: p.id,
    title: p.title,
    year: p.startYear,
    publishedAt: p.publishedAt,
    itemCount: p.items,
    items: (detailed[i]?.items ?? []).map((it) => ({
      id: it.id,
      title: it.title,
      category: it.category,
      committee: it.committee,
      draftingUnit: it.draftingUnit,
    })),
  }));
}
