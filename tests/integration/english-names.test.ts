// English names (issue #14, item 8): the demo seeds every city's English short and full name, its committees'
// and its fields of law's; a city read for an English page names itself, its committees and fields in English,
// and a city that gives no English name keeps its Chinese one. Migration 0020 adds the columns.
import { describe, expect, test } from "vitest";
import { unsafePrisma } from "@/lib/db";
import { cityFullName, cityShortName, localNames } from "@/lib/i18n/local-name";
import { getPlan, listLegalFields, loadPublicRegulation, pipelineBoard } from "@/lib/modules/legislation";
import { createTenant as createTenantAction, listActiveTenants, listCommittees } from "@/lib/modules/tenancy";
import { executePlatformAction } from "@/lib/platform-action";
import { demoTenants } from "@/lib/seed/demo-tenants";
import { seedDemo } from "@/lib/seed/seed-demo";
import { findActiveTenant } from "@/lib/tenant";
import { createOperator, createTenant, operatorContext, uniqueSuffix } from "../factories";

const slugs = demoTenants.map((t) => t.slug);

describe.sequential("English names", () => {
  test("the demo data gives every city, and every committee, an English name", () => {
    for (const t of demoTenants) {
      expect(t.nameEn, t.slug).toMatch(/^[A-Z][a-z]+$/);
      expect(t.fullNameEn, t.slug).toBe(`${t.nameEn} Municipal People's Congress Standing Committee`);
      for (const c of t.committees) expect(c.nameEn, `${t.slug} ${c.name}`).toMatch(/^[A-Z][A-Za-z ,']+$/);
    }
  });

  test("the seed stores them, and a city read for an English page is named in English", async () => {
    await seedDemo();
    const rows = await unsafePrisma.tenant.findMany({
      where: { slug: { in: slugs } },
      select: { id: true, slug: true, nameEn: true, fullNameEn: true },
    });
    expect(rows.map((r) => r.slug).sort()).toEqual([...slugs].sort());
    for (const row of rows) {
      const demo = demoTenants.find((t) => t.slug === row.slug)!;
      expect(row, row.slug).toMatchObject({ nameEn: demo.nameEn, fullNameEn: demo.fullNameEn });
      expect(await unsafePrisma.committee.count({ where: { tenantId: row.id, nameEn: "" } }), row.slug).toBe(0);
      expect(await unsafePrisma.legalField.count({ where: { tenantId: row.id, nameEn: "" } }), row.slug).toBe(0);
    }

    const liaoyuan = (await findActiveTenant("liaoyuan"))!;
    expect(cityFullName(liaoyuan, "en")).toBe("Liaoyuan Municipal People's Congress Standing Committee");
    expect(cityShortName(liaoyuan, "en")).toBe("Liaoyuan");
    expect(cityFullName(liaoyuan, "zh-CN")).toBe("辽源市人大常委会");
    const landing = await listActiveTenants();
    expect(landing.find((t) => t.slug === "chengdu")).toMatchObject({ nameEn: "Chengdu" });

    // The legislation board's filters (app/[tenant]/console/legislation/page.tsx) read these two lists.
    const committees = await listCommittees(liaoyuan.id);
    expect(localNames(committees, "en").find((c) => c.code === "legal-affairs")?.name).toBe(
      "Legislative Affairs Committee",
    );
    expect(localNames(committees, "zh-CN").find((c) => c.code === "legal-affairs")?.name).toBe("法制委员会");
    const fields = await listLegalFields(liaoyuan.id);
    expect(localNames(fields, "en").find((f) => f.code === "environment")?.name).toBe("Environmental Protection");

    // The public regulation (its page and API) carries the lead committee's English name beside the Chinese one,
    // and so does each step of its timeline that names a committee.
    const withCommittee = await unsafePrisma.regulation.findFirstOrThrow({
      where: { tenantId: liaoyuan.id, committeeId: { not: null }, stage: "PROMULGATED" },
    });
    const committee = await unsafePrisma.committee.findFirstOrThrow({
      where: { tenantId: liaoyuan.id, id: withCommittee.committeeId! },
    });
    const shown = (await loadPublicRegulation(liaoyuan.id, withCommittee.id))!;
    expect(shown).toMatchObject({ committee: committee.name, committeeEn: committee.nameEn });
    expect(shown.committeeEn).toMatch(/^[A-Z]/);
    // The console's board cards and a plan's items carry it too.
    const board = await pipelineBoard(liaoyuan.id, {});
    const card = board.columns.flatMap((c) => c.cards).find((c) => c.committee !== null)!;
    expect(card.committeeEn).toMatch(/^[A-Z]/);
    const plan = await unsafePrisma.legislativePlan.findFirstOrThrow({ where: { tenantId: liaoyuan.id } });
    const item = (await getPlan(liaoyuan.id, plan.id))!.items.find((i) => i.committee !== null)!;
    expect(item.committeeEn).toMatch(/^[A-Z]/);
    const step = shown.timeline.find((e) => e.committee !== null);
    if (step) expect(step.committeeEn).toMatch(/^[A-Z]/);
  }, 180_000);

  test("a city without English names keeps its Chinese ones on English pages", async () => {
    const tenant = await createTenant();
    const found = (await findActiveTenant(tenant.slug))!;
    expect(found.nameEn).toBe("");
    expect(cityFullName(found, "en")).toBe(found.fullName);
  });

  test("the platform operator may give a new city its English names, or leave them out", async () => {
    const ctx = await operatorContext(await createOperator());
    const input = (slug: string, extra: Record<string, string> = {}) => ({
      slug,
      shortName: "新城",
      fullName: "新城市人大常委会",
      province: "测试省",
      adminUsername: "admin",
      adminDisplayName: "首任管理员",
      adminPassword: "First-admin-passw0rd",
      ...extra,
    });
    const named = `en-${uniqueSuffix()}`;
    await executePlatformAction(
      createTenantAction,
      input(named, { nameEn: " Xincheng ", fullNameEn: "Xincheng Municipal People's Congress Standing Committee" }),
      ctx,
    );
    const withEn = (await findActiveTenant(named))!;
    expect(withEn).toMatchObject({
      nameEn: "Xincheng",
      fullNameEn: "Xincheng Municipal People's Congress Standing Committee",
    });
    const plain = `en-${uniqueSuffix()}`;
    await executePlatformAction(createTenantAction, input(plain), ctx);
    expect(await findActiveTenant(plain)).toMatchObject({ nameEn: "", fullNameEn: "" });
  });
});
