// The plan export route against real PostgreSQL: a member with legislation.view downloads the plan as .docx and
// .xlsx named after it (RFC 5987), the progress read from the regulation; signed out 401, a member without the
// permission 403, another city's plan or a malformed id 404, an unknown format 400.
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, test, vi } from "vitest";
import { GET } from "@/app/[tenant]/console/legislation/plans/[id]/export/route";
import { createTenant, createUser, type TestTenant, type TestUser } from "../factories";
import { createPlan, createPlanItem, createRegulation } from "../factories/legislation";

const session = vi.hoisted(() => ({ current: null as null | { identity: unknown } }));
vi.mock("next-auth", async (load) => ({
  ...(await load<typeof import("next-auth")>()),
  getServerSession: async () => session.current,
}));

function as(user: TestUser | null) {
  session.current = user
    ? { identity: { kind: "tenant", userId: user.id, tenantId: user.tenantId, authAt: Date.now() } }
    : null;
}
const get = (slug: string, id: string, format = "xlsx") =>
  GET(new NextRequest(`http://localhost/${slug}/console/legislation/plans/${id}/export?format=${format}`), {
    params: Promise.resolve({ tenant: slug, id }),
  });

let city: TestTenant;
let other: TestTenant;
let clerk: TestUser;
let plan: { id: string; title: string };

beforeAll(async () => {
  city = await createTenant();
  other = await createTenant();
  clerk = await createUser(city, { roles: ["legislative"] });
  plan = await createPlan(city, { kind: "ANNUAL", startYear: 2026, published: true, title: "2026年度立法计划" });
  const r = await createRegulation(city, { title: "某某市养犬管理条例", stage: "FIRST_READING" });
  await createPlanItem(city, plan, { title: "某某市养犬管理条例", regulationId: r.id });
});

describe("the plan export", () => {
  test("docx and xlsx, named after the plan, for a member who may view legislation", async () => {
    as(clerk);
    for (const format of ["docx", "xlsx"] as const) {
      const res = await get(city.slug, plan.id, format);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toContain(format === "docx" ? "wordprocessingml" : "spreadsheetml");
      const disposition = res.headers.get("content-disposition") ?? "";
      expect(decodeURIComponent(disposition)).toContain("2026年度立法计划");
      const body = new Uint8Array(await res.arrayBuffer());
      expect([body[0], body[1]]).toEqual([0x50, 0x4b]); // a zip: PK
    }
  });

  test("refused: signed out, without the permission, another city's plan, a bad id or format", async () => {
    as(null);
    expect((await get(city.slug, plan.id)).status).toBe(401);
    as(await createUser(city, { roles: ["unit"] }));
    expect((await get(city.slug, plan.id)).status).toBe(403);
    as(await createUser(other, { roles: ["legislative"] }));
    expect((await get(other.slug, plan.id)).status).toBe(404);
    as(clerk);
    expect((await get(city.slug, "not-a-uuid")).status).toBe(404);
    expect((await get(city.slug, plan.id, "pdf")).status).toBe(400);
  });
});
