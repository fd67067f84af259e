// GET: the tenant's users (admins only; phones masked). POST: create a user — the same action as the console form.
import type { NextRequest } from "next/server";
import { executeAction } from "@/lib/action";
import { handle, readJson, respond } from "@/lib/http";
import { queryObject } from "@/lib/query";
import { createUser } from "@/lib/modules/identity";
import { listUsersForApi } from "@/lib/modules/identity";

type Params = { params: Promise<{ tenant: string }> };

export async function GET(req: NextRequest, { params }: Params) {
  const { tenant } = await params;
  return handle(req, async (ctx) => respond(await listUsersForApi(tenant, queryObject(req.nextUrl.searchParams), ctx)));
}

export async function POST(req: NextRequest, { params }: Params) {
  const { tenant } = await params;
  return handle(req, async (ctx) => respond(await executeAction(createUser, tenant, await readJson(req), ctx), 201));
}
