// GET: the OpenAPI 3.1 description of the whole JSON API (lib/openapi, from every module's manifest).
import { NextResponse } from "next/server";
import { openApiDocument } from "@/lib/openapi";

export async function GET() {
  return NextResponse.json(await openApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } });
}
