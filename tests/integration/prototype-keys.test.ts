// Keys that name Object's own properties (`constructor`, `toString`, `__proto__`) in a JSON body or a query string
// are unknown fields like any other: a 4xx with a field message in the user's language, never a 500 (issue #9,
// item 7). Field errors are gathered without a prototype (lib/validation.ts), query strings too (lib/query.ts).
import { describe, expect, test } from "vitest";
import { executeAction } from "@/lib/action";
import { ERROR_STATUS } from "@/lib/errors";
import { listConsultationsForApi } from "@/lib/modules/consultation";
import { submitOpinion } from "@/lib/modules/consultation/submit-opinion";
import { createUser as createUserAction, listUsersForApi, updateUser } from "@/lib/modules/identity";
import { listRegulationsForApi, submitProposalForApi } from "@/lib/modules/legislation";
import { queryObject } from "@/lib/query";
import { anonymousContext, createTenant, createUser, sessionFor } from "../factories";
import { createConsultation } from "../factories/consultation";
import { createCall } from "../factories/legislation";

const KEYS = ["constructor", "toString", "__proto__", "hasOwnProperty", "valueOf"];
/** A JSON body with one extra key, parsed the way readJson does (so `__proto__` is an own key). */
const withKey = (base: object, key: string) => JSON.parse(JSON.stringify(base).replace(/^\{/, `{"${key}":1,`));

function expectRefused(
  result: { ok: boolean; error?: { code: string; fieldErrors?: Record<string, string[]> } },
  key: string,
  message = "不接受此字段，请删除后重试。",
) {
  expect(result.ok, key).toBe(false);
  const status = ERROR_STATUS[result.error!.code as keyof typeof ERROR_STATUS];
  expect(status, key).toBeGreaterThanOrEqual(400);
  expect(status, key).toBeLessThan(500);
  expect(Object.keys(result.error!.fieldErrors ?? {}), key).toEqual([key]);
  expect(result.error!.fieldErrors![key], key).toEqual([message]);
}

describe("prototype-named keys", () => {
  test("users API and server actions: create and update refuse them by name", async () => {
    const tenant = await createTenant();
    const admin = await createUser(tenant, { roles: ["admin"] });
    const target = await createUser(tenant, { roles: ["deputy"] });
    for (const key of KEYS) {
      const create = {
        username: `p-${key.toLowerCase().replace(/_/g, "")}`,
        displayName: "甲",
        password: "Abcdefgh12",
        roles: [{ role: "deputy" }],
      };
      expectRefused(await executeAction(createUserAction, tenant.slug, withKey(create, key), sessionFor(admin)), key);
      expectRefused(
        await executeAction(
          updateUser,
          tenant.slug,
          withKey({ userId: target.id, displayName: "乙" }, key),
          sessionFor(admin),
        ),
        key,
      );
      // Nested: inside a role grant.
      const nested = await executeAction(
        updateUser,
        tenant.slug,
        { userId: target.id, roles: [withKey({ role: "deputy" }, key)] },
        sessionFor(admin),
      );
      expect(nested.ok === false && nested.error.fieldErrors?.[`roles.0.${key}`] ? key : nested).toBe(key);
    }
    // In English too.
    const en = await executeAction(
      updateUser,
      tenant.slug,
      withKey({ userId: target.id }, "constructor"),
      sessionFor(admin, { locale: "en" }),
    );
    expect(en.ok === false && en.error.fieldErrors?.constructor).toEqual([
      "This field is not accepted; remove it and try again.",
    ]);
  });

  test("users list: such query parameters are ignored (the filter drops anything it does not know)", async () => {
    const tenant = await createTenant();
    const admin = await createUser(tenant, { roles: ["admin"] });
    for (const key of KEYS) {
      const result = await listUsersForApi(
        tenant.slug,
        queryObject(new URLSearchParams(`${key}=1&q=`)),
        sessionFor(admin),
      );
      expect(result.ok, key).toBe(true);
    }
  });

  test("consultations and regulations lists: 422 naming the parameter", async () => {
    const tenant = await createTenant();
    for (const key of KEYS) {
      const query = queryObject(new URLSearchParams(`${key}=1`));
      expectRefused(await listConsultationsForApi(tenant.slug, query, anonymousContext()), key);
      const regulations = await listRegulationsForApi(tenant.slug, query, anonymousContext());
      // The regulations filter is not strict: an unknown parameter is ignored.
      expect(regulations.ok, key).toBe(true);
    }
  });

  test("public proposal and opinion bodies refuse them by name", async () => {
    const tenant = await createTenant();
    const call = await createCall(tenant);
    const { consultation } = await createConsultation(tenant);
    for (const key of KEYS) {
      const proposal = {
        callId: call.id,
        title: "关于制定某条例的建议",
        necessity: "有必要。",
        mainContent: "主要内容。",
      };
      expectRefused(await submitProposalForApi(tenant.slug, withKey(proposal, key), anonymousContext()), key);
      const opinion = await submitOpinion(tenant.slug, consultation.id, withKey({ content: "建议。" }, key), {
        request: anonymousContext(),
      });
      expectRefused(opinion, key);
    }
  });
});
