// Contacts are masked by default; seeing one whole takes the permission contact.reveal (admins, legislative staff)
// and writes an audit row that names the field, never the number (issue #9, item 7).
import { describe, expect, test } from "vitest";
import { executeAction } from "@/lib/action";
import { can } from "@/lib/authz";
import { unsafePrisma } from "@/lib/db";
import { revealUserPhone } from "@/lib/modules/identity";
import { revealProposalContact, submitProposalForApi } from "@/lib/modules/legislation";
import { anonymousContext, auditRows, createTenant, createUser, sessionFor } from "../factories";
import { createCall } from "../factories/legislation";

describe("contact.reveal", () => {
  test("is held by admins and legislative staff only", () => {
    for (const role of ["admin", "legislative"]) expect(can([role], "contact.reveal"), role).toBe(true);
    for (const role of ["committee", "leader", "deputyAffairs", "station", "contactPoint", "unit", "deputy"])
      expect(can([role], "contact.reveal"), role).toBe(false);
  });

  test("a user's phone: the admin sees it whole once asked, and the log says who looked at what", async () => {
    const tenant = await createTenant();
    const admin = await createUser(tenant, { roles: ["admin"], displayName: "管理员" });
    const staff = await createUser(tenant, { roles: ["leader"], phone: "13812345678" });
    const ctx = sessionFor(admin);
    expect(await executeAction(revealUserPhone, tenant.slug, { userId: staff.id }, ctx)).toEqual({
      ok: true,
      data: { value: "13812345678" },
    });
    const [row] = await auditRows(tenant.id, { action: "contact.reveal" });
    expect(row).toMatchObject({ actorId: admin.id, entityType: "User", entityId: staff.id, after: { field: "phone" } });
    expect(JSON.stringify({ ...row, id: String(row!.id) })).not.toContain("13812345678");

    // Without the permission, or for another city's user: refused, nothing logged.
    const leader = await createUser(tenant, { roles: ["leader"] });
    const refused = await executeAction(revealUserPhone, tenant.slug, { userId: staff.id }, sessionFor(leader));
    expect(refused.ok === false && refused.error.code).toBe("FORBIDDEN");
    // Legislative staff hold contact.reveal for citizens' contacts, not for their colleagues' phones.
    const legislative = await createUser(tenant, { roles: ["legislative"] });
    const colleague = await executeAction(revealUserPhone, tenant.slug, { userId: staff.id }, sessionFor(legislative));
    expect(colleague.ok === false && colleague.error.code).toBe("FORBIDDEN");
    const abroad = await createUser(await createTenant(), { roles: ["deputy"], phone: "13900000000" });
    const missing = await executeAction(revealUserPhone, tenant.slug, { userId: abroad.id }, ctx);
    expect(missing.ok === false && missing.error.code).toBe("NOT_FOUND");
    expect(await auditRows(tenant.id, { action: "contact.reveal" })).toHaveLength(1);
  });

  test("a citizen's contact on a proposal: legislative staff may reveal it; leaders and committee staff may not", async () => {
    const tenant = await createTenant();
    const call = await createCall(tenant);
    const submitted = await submitProposalForApi(
      tenant.slug,
      {
        callId: call.id,
        title: "关于制定某条例的建议",
        necessity: "有必要。",
        mainContent: "主要内容。",
        proposerName: "李女士",
        proposerContact: "13800001234",
      },
      anonymousContext(),
    );
    expect(submitted.ok).toBe(true);
    const proposal = await unsafePrisma.legislativeProposal.findFirstOrThrow({ where: { tenantId: tenant.id } });
    const legislative = await createUser(tenant, { roles: ["legislative"] });
    const shown = await executeAction(
      revealProposalContact,
      tenant.slug,
      { proposalId: proposal.id },
      sessionFor(legislative),
    );
    expect(shown).toEqual({ ok: true, data: { value: "13800001234" } });
    const rows = await auditRows(tenant.id, { action: "contact.reveal" });
    expect(rows).toEqual([
      expect.objectContaining({
        actorId: legislative.id,
        entityType: "LegislativeProposal",
        entityId: proposal.id,
        after: { field: "proposerContact" },
      }),
    ]);
    for (const role of ["leader", "committee"] as const) {
      const user = await createUser(tenant, { roles: [role === "committee" ? { role, scopeId: null } : role] });
      const r = await executeAction(revealProposalContact, tenant.slug, { proposalId: proposal.id }, sessionFor(user));
      expect(r.ok === false && r.error.code, role).toBe("FORBIDDEN");
    }
  });
});
