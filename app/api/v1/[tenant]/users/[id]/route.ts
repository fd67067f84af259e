// GET one user; PATCH display name, phone, active flag or roles — the same action as the console form.
import type { NextRequest } from "next/server";
import { executeAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { handle, readJson, respond } from "@/lib/http";
import { updateUser } from "@/lib/modules/identity";
import { getUserForApi } from "@/lib/modules/identity";

type Params = { params: Promise<{ tenant: string; id: string }> };

export async function GET(req: NextRequest, { params }: Params) {
  const { tenant, id } = await params;
  return handle(req, async (ctx) => respond(await getUserForApi(tenant, id, ctx)));
}

export async function PATCH(req: NextRequest, { params }: Params) {
  const { tenant, id } = await params;
  return handle(req, async (ctx) => {
    const body = await readJson(req);
    if (!body || typeof body !== "object" || Array.isArray(body)) throw new AppError("BAD_REQUEST", "bodyNotObject");
    return respond(await executeAction(updateUser, tenant, { ...body, userId: id }, ctx));
  });
}
