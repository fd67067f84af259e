// Platform operators: list tenants, open a new one (the same action as /platform's form).
import type { NextRequest } from "next/server";
import { AppError } from "@/lib/errors";
import { handle, readJson, respond } from "@/lib/http";
import { createTenant, listAllTenants } from "@/lib/modules/tenancy";
import { executePlatformAction, loadOperator } from "@/lib/platform-action";

export async function GET(req: NextRequest) {
  return handle(req, async (ctx) => {
    if (!(await loadOperator(ctx.identity))) throw new AppError(ctx.identity ? "NOT_FOUND" : "UNAUTHENTICATED");
    return respond({ ok: true, data: await listAllTenants() });
  });
}

export async function POST(req: NextRequest) {
  return handle(req, async (ctx) => respond(await executePlatformAction(createTenant, await readJson(req), ctx), 201));
}
