// POST multipart (file, mode=check|all|valid, expected): the import's check (nothing stored) or the import itself
// (one action, one transaction). Session and deputy.manage checked in the module; another city's session → 404.
import type { NextRequest } from "next/server";
import { handle, respond } from "@/lib/http";
import { importUpload } from "@/lib/modules/deputies";

type Params = { params: Promise<{ tenant: string }> };

export async function POST(req: NextRequest, { params }: Params) {
  const { tenant } = await params;
  return handle(req, async (ctx) => respond(await importUpload(tenant, req, ctx)));
}
