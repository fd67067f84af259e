import { expect, inject, test } from "vitest";
import { unsafePrisma } from "@/lib/db";
test("smoke", async () => {
  console.log("inject", inject("databaseUrl"), "env", process.env.DATABASE_URL);
  expect(await unsafePrisma.tenant.count()).toBeGreaterThanOrEqual(0);
});
